/**
 * Code lines: the heading's own content holds labelled code lines, bold or plain, in any
 * language ("**Código de erro**: A / B", "Error code: X", "Fehlercode: Y"), with an optional
 * message line ("**Mensagem de erro**: …"). One entry for the heading, with every code listed.
 */
import { ownContent, sectionAt } from "../anchors";
import { codeSlots } from "../codes";
import { codeLineValue, messageLineValue } from "../labels";
import { layoutEntry } from "../steps";
import { expandSlot, headingParts, linesOf, paragraphsIn } from "./shared";
import type { HeadingLayout, Point } from "./types";

export const codeLines: HeadingLayout = {
  name: "code lines",
  underTitle: false,
  detect({ tree, index, heading, title, line, anchors, sink }) {
    const printed: Array<{ text: string; at: Point }> = [];
    let message: string | null = null;
    for (const paragraph of paragraphsIn(ownContent(tree, index))) {
      for (const { text, at, locate } of linesOf(paragraph)) {
        const value = codeLineValue(text);
        if (value !== null) {
          if (codeSlots(value).length === 0) sink.warning(`the code line "${text}" holds no error code`, at);
          for (const slot of codeSlots(value).flatMap(expandSlot)) printed.push({ text: slot, at: locate(slot) });
        }
        message ??= messageLineValue(text);
      }
    }
    if (printed.length === 0) return [];
    const { codePart, messagePart } = headingParts(title);
    const headingSlots = codeSlots(codePart);
    const paired = headingSlots.length === printed.length;
    const layout = layoutEntry(tree, sectionAt(tree, { index, depth: heading.depth }), anchors, sink, line);
    return [
      {
        anchored: true,
        printed: printed.map((code, i) => ({ ...code, heading: paired ? (headingSlots[i] ?? null) : null, certain: false })),
        message: message || messagePart || title,
        line,
        ...layout,
      },
    ];
  },
};
