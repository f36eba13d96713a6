/**
 * Bold list items: a list whose items open with a bold code and its explanation
 * ("* **500001 ServerError**: …", "+ **`Client.VolumeLimitExceeded: Volume limit exceeded`** — …",
 * "* **ServiceUnavailable (no error code)**: …"). An entry per item. An item of the same form
 * whose bold text has no identifier's shape is still an entry when most of its siblings name
 * codes (machine translation turned "ServiceUnavailable" into words).
 */
import type { List, ListItem, PhrasingContent, RootContent } from "mdast";
import { ownContent } from "../anchors";
import { identifierKind, leadingCodes } from "../codes";
import { isNoCodeRemark } from "../labels";
import { plainText } from "../markdown";
import type { Draft, HeadingLayout, Point } from "./types";

interface BoldItem {
  /** The bold text, without a "(no error code)" remark. */
  label: string;
  codes: string[];
  message: string;
  /** What follows the bold text on its line, as written (links kept). */
  explanation: PhrasingContent[];
  at: Point;
  line: number;
  rest: RootContent[];
}

/** The phrasing after the bold text without the separator that opens it (": ", " — "). */
function withoutSeparator(nodes: PhrasingContent[]): PhrasingContent[] {
  const [first, ...others] = nodes;
  if (first?.type !== "text") return nodes;
  const value = first.value.replace(/^[\s:\-–—.]+/, "");
  return value ? [{ ...first, value }, ...others] : others;
}

/** The bold opening of an item and what follows it, or null when the item does not open with bold text. */
function boldOpening(item: ListItem): BoldItem | null {
  const [first, ...rest] = item.children;
  if (first?.type !== "paragraph") return null;
  const [bold, ...after] = first.children;
  if (bold?.type !== "strong") return null;
  const explanation = withoutSeparator(after);
  const explanationText = plainText(explanation);
  if (!explanationText && rest.length === 0) return null;
  const text = plainText(bold);
  const remark = /\s*\(([^()]*)\)\s*$/.exec(text);
  const label = remark && isNoCodeRemark(remark[1] ?? "") ? text.slice(0, remark.index).trim() : text;
  const [codePart = label, ...messageParts] = label.split(/:\s+/);
  const leading = leadingCodes(codePart);
  const codes =
    leading && leading.rest === ""
      ? leading.codes
      : codePart.split(/\s+/).length === 1 && identifierKind(codePart) !== null && identifierKind(codePart) !== "word"
        ? [codePart]
        : [];
  const at = bold.position?.start ?? item.position?.start ?? { line: 1, column: 1 };
  return { label: codePart, codes, message: messageParts.join(": ") || explanationText, explanation, at, line: at.line, rest };
}

function listDrafts(list: List): Draft[] {
  const items = list.children.map(boldOpening);
  const opened = items.filter((item): item is BoldItem => item !== null);
  const coded = opened.filter((item) => item.codes.length > 0);
  if (coded.length === 0) return [];
  // Items of the same form beside code items are codes machine translation changed; a lone bold phrase is not.
  const sameForm = coded.length * 2 > opened.length && opened.length >= 2;
  return opened.flatMap((item): Draft[] => {
    const texts = item.codes.length ? item.codes : sameForm && item.label.split(/\s+/).length <= 3 ? [item.label] : [];
    if (texts.length === 0) return [];
    return [
      {
        anchored: false,
        printed: texts.map((text) => ({ text, heading: null, at: item.at, certain: true })),
        message: item.message || item.label,
        line: item.line,
        // The explanation is the intro unless the message already says all of it (links and formatting are only in the intro).
        intro:
          item.explanation.length && (item.message !== plainText(item.explanation) || item.explanation.some((node) => node.type !== "text"))
            ? [{ type: "paragraph", children: item.explanation }]
            : [],
        steps: [],
        body: item.rest,
      },
    ];
  });
}

export const boldListItems: HeadingLayout = {
  name: "bold list items",
  underTitle: true,
  detect({ tree, index }) {
    return ownContent(tree, index).flatMap((node) => (node.type === "list" ? listDrafts(node) : []));
  },
};
