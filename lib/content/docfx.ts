/**
 * DocFX extensions that are not markdown, resolved on the syntax tree:
 * `[!INCLUDE …]` lines, `> [!NOTE]` alerts (including the variant whose
 * continuation lines are indented), and `<br>` line breaks.
 */
import type { Blockquote, Parent, PhrasingContent, Root } from "mdast";
import type { DiagnosticSink } from "./diagnostics";
import { isLineBreakTag, plainText } from "./markdown";

export const alertKinds = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"] as const;
export type AlertKind = (typeof alertKinds)[number];

const alertMarker = /^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/i;

/** The alert kind of a blockquote written `> [!NOTE]`, or null for a plain quote. */
export function alertKindOf(quote: Blockquote): AlertKind | null {
  const first = quote.children[0];
  if (first?.type !== "paragraph") return null;
  const text = first.children[0];
  if (text?.type !== "text") return null;
  const match = alertMarker.exec(text.value);
  const kind = match?.[1]?.toUpperCase();
  return alertKinds.find((k) => k === kind) ?? null;
}

/** Removes the `[!NOTE]` marker from an alert, leaving its content. */
export function stripAlertMarker(quote: Blockquote): void {
  const first = quote.children[0];
  if (first?.type !== "paragraph") return;
  const text = first.children[0];
  if (text?.type !== "text") return;
  text.value = text.value.replace(alertMarker, "");
  if (text.value === "") first.children.shift();
  if (first.children.length === 0) quote.children.shift();
}

/**
 * A note whose continuation lines are indented (`    > text`) is parsed as one
 * paragraph with literal `>` characters: lazy continuation. Those markers are quote
 * syntax the author meant, so they are taken out of the text.
 */
function repairLazyQuoteMarkers(quote: Blockquote): void {
  for (const block of quote.children) {
    if (block.type !== "paragraph") continue;
    for (const node of block.children) {
      if (node.type === "text") node.value = node.value.replace(/\n[ \t]*>[ \t]?/g, "\n");
    }
  }
}

function isIncludeParagraph(node: Root["children"][number]): boolean {
  return node.type === "paragraph" && /^\[!INCLUDE\b/i.test(plainText(node));
}

/**
 * DocFX articles end lines with `<br>`, the last line of a paragraph too. A break there
 * breaks no line, and markdown cannot even write it: it becomes `\` + newline, and a `\`
 * that ends a paragraph reads back as a visible backslash. So a break with nothing after
 * it in its paragraph or heading is left out (also from the end of a bold or a link that
 * ends the paragraph).
 */
function dropDanglingBreaks(children: PhrasingContent[]): void {
  let dropped = false;
  for (let last = children.at(-1); last; last = children.at(-1)) {
    if (last.type === "break") dropped = true;
    else if (!(last.type === "text" && last.value.trim() === "")) break;
    children.pop();
  }
  const last = children.at(-1);
  if (dropped && last?.type === "text") last.value = last.value.trimEnd();
  else if (last && "children" in last) dropDanglingBreaks(last.children);
}

/** Applies the DocFX rules to a parsed article in place. */
export function normaliseDocfx(tree: Root, sink: DiagnosticSink): void {
  const walk = (parent: Parent): void => {
    parent.children = parent.children.filter((child) => {
      if (isIncludeParagraph(child as Root["children"][number])) {
        sink.info(
          `left out ${plainText(child as Root["children"][number])}: DocFX includes are not resolved`,
          child.position?.start,
        );
        return false;
      }
      return true;
    });
    parent.children.forEach((child, index) => {
      if (child.type === "html" && isLineBreakTag(child.value) && parent.type !== "root") {
        parent.children[index] = { type: "break", position: child.position };
        return;
      }
      if (child.type === "blockquote" && alertKindOf(child)) repairLazyQuoteMarkers(child);
      if ("children" in child) walk(child);
      if (child.type === "paragraph" || child.type === "heading") dropDanglingBreaks(child.children);
    });
  };
  walk(tree);
}
