/**
 * An article about one code, when no heading opened an entry: the code is its H1
 * ("# 403004 DeviceMaximumQueueDepthExceeded"), or its introduction names it in bold beside
 * an error word and a code sample prints it on a `Code:` line ("o erro **SkuNotAvailable**"
 * with "Code: SkuNotAvailable" in a fence). The whole article is the entry.
 */
import type { Heading, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { identifierKind, leadingCodes } from "../codes";
import { layoutEntry } from "../steps";
import { plainText } from "../markdown";
import { headingPoint, headingTitle } from "./shared";
import type { ArticleLayout, PrintedCode } from "./types";

/** Bold identifiers in the introduction (before the first H2). */
function boldCodesIn(nodes: RootContent[]): PrintedCode[] {
  const found: PrintedCode[] = [];
  for (const node of nodes) {
    visit(node, "strong", (strong) => {
      const text = plainText(strong).replace(/[.:]$/, "");
      const kind = identifierKind(text);
      if (kind === "camel" || kind === "snake" || kind === "prefixed" || kind === "dotted") {
        found.push({ text, heading: null, at: strong.position?.start ?? { line: 1, column: 1 }, certain: false });
      }
    });
  }
  return found;
}

/** Values of `Code:` lines in code samples. */
function sampleCodes(nodes: RootContent[]): Set<string> {
  const codes = new Set<string>();
  for (const node of nodes) {
    visit(node, "code", (code) => {
      for (const match of code.value.matchAll(/^[ \t]*"?code"?[ \t]*[:=][ \t]*"?([A-Za-z0-9_.\-]+)"?/gim)) codes.add((match[1] ?? "").toLowerCase());
    });
  }
  return codes;
}

export const singleCodeArticle: ArticleLayout = {
  name: "article about one code",
  detect({ tree, anchors, sink }) {
    const h1Index = tree.children.findIndex((node) => node.type === "heading" && node.depth === 1);
    const h1 = tree.children[h1Index] as Heading | undefined;
    if (!h1) return [];
    const title = headingTitle(h1);
    const line = h1.position?.start.line ?? 1;
    const body = tree.children.slice(h1Index + 1);
    const leading = leadingCodes(title);
    let printed: PrintedCode[] = [];
    let message = title;
    if (leading && leading.codes.some((code) => identifierKind(code) !== "number" || code.length >= 5)) {
      printed = leading.codes.map((text) => ({ text, heading: null, at: headingPoint(h1), certain: true }));
      message = leading.rest || title;
    } else {
      const firstSection = body.findIndex((node) => node.type === "heading" && node.depth === 2);
      const intro = firstSection < 0 ? body : body.slice(0, firstSection);
      const samples = sampleCodes(body);
      printed = boldCodesIn(intro).filter((code) => samples.has(code.text.toLowerCase())).slice(0, 1);
    }
    if (printed.length === 0) return [];
    const layout = layoutEntry(tree, body, anchors, sink, line);
    return [{ anchored: false, printed, message, line, ...layout }];
  },
};
