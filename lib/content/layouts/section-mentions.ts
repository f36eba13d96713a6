/**
 * Codes named in the sentences that show an error: the heading's own text, or its
 * "Symptom"/"Description" part ("You get the `InstanceLimitExceeded` error…",
 * "falha com o erro 0x80070780"). Codes in its cause and solution parts are mentioned in
 * passing and are left alone, as are code samples and links.
 */
import type { Paragraph, PhrasingContent, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { ownContent, sectionAt } from "../anchors";
import { codeMentions, identifierKind } from "../codes";
import { errorWordList, isSymptomHeading } from "../labels";
import { layoutEntry } from "../steps";
import { headingTitle, linesOf } from "./shared";
import type { HeadingContext, HeadingLayout, PrintedCode } from "./types";

const errorWords = new Set(errorWordList);

function firstWord(text: string): string {
  return (/^\s*([\p{L}]+)/u.exec(text)?.[1] ?? "").toLowerCase();
}

function lastWord(text: string): string {
  return (/([\p{L}]+)[\s]*$/u.exec(text)?.[1] ?? "").toLowerCase();
}

/** "the `Unsupported` error": an inline code right beside an error word is a code, whatever its shape. */
function inlineCodesBesideErrorWords(paragraph: Paragraph): PrintedCode[] {
  const found: PrintedCode[] = [];
  const children: PhrasingContent[] = paragraph.children;
  children.forEach((node, index) => {
    if (node.type !== "inlineCode" || identifierKind(node.value) === null) return;
    const before = children[index - 1];
    const after = children[index + 1];
    const beside =
      (after?.type === "text" && errorWords.has(firstWord(after.value))) || (before?.type === "text" && errorWords.has(lastWord(before.value)));
    if (beside) found.push({ text: node.value, heading: null, at: node.position?.start ?? { line: 1, column: 1 }, certain: false });
  });
  return found;
}

/** The nodes that show the error: own content, and the symptom or description parts right under the heading. */
function showingNodes({ tree, index, heading }: HeadingContext): RootContent[] {
  const nodes = [...ownContent(tree, index)];
  sectionAt(tree, { index, depth: heading.depth }).forEach((node, offset) => {
    if (node.type !== "heading" || node.depth !== heading.depth + 1 || !isSymptomHeading(headingTitle(node))) return;
    nodes.push(...ownContent(tree, index + 1 + offset));
  });
  return nodes;
}

export const sectionMentions: HeadingLayout = {
  name: "codes in the sentences that show the error",
  underTitle: false,
  detect(context) {
    const { tree, index, heading, title, line, anchors, sink, isSectionPart } = context;
    if (isSectionPart) return [];
    const printed: PrintedCode[] = [];
    for (const node of showingNodes(context)) {
      if (node.type === "table" || node.type === "code") continue;
      visit(node, "paragraph", (paragraph) => {
        for (const { text, locate } of linesOf(paragraph)) {
          for (const code of codeMentions(text, { bareHex: false })) printed.push({ text: code, heading: null, at: locate(code), certain: false });
        }
      });
      // A code in inline code beside an error word is read in the sentences of the section, not in its lists (procedures, examples).
      if (node.type === "paragraph") printed.push(...inlineCodesBesideErrorWords(node));
    }
    if (printed.length === 0) return [];
    const layout = layoutEntry(tree, sectionAt(tree, { index, depth: heading.depth }), anchors, sink, line);
    return [{ anchored: true, printed, message: title, line, ...layout }];
  },
};
