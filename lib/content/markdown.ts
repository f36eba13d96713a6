/**
 * The one markdown dialect of the project: CommonMark + GFM + YAML front matter.
 * Parsing and serialising go through here so that the parser and the renderer agree.
 */
import type { Break, Nodes, Parents, PhrasingContent, Root, RootContent } from "mdast";
import { defaultHandlers, type Info, type State } from "mdast-util-to-markdown";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { type PluggableList, unified } from "unified";

/**
 * The syntax of an article's markdown, front matter aside: the parser reads files with it
 * and the site renders the model's fragments with it (components/ArticleMarkdown.tsx).
 */
export const markdownSyntax: PluggableList = [remarkGfm];

const parser = unified().use(remarkParse).use(markdownSyntax).use(remarkFrontmatter, ["yaml"]);

/** Whether raw HTML comes next in the break's paragraph (whitespace aside). */
function beforeRawHtml(node: Break, parent: Parents | undefined): boolean {
  const siblings: readonly Nodes[] = parent?.children ?? [];
  const next = siblings.slice(siblings.indexOf(node) + 1).find((sibling) => !(sibling.type === "text" && sibling.value.trim() === ""));
  return next?.type === "html";
}

/**
 * A line break is written `\` + newline, except where that does not read back as one: in a
 * table cell (a row is one line, so the default writes a space) and before raw HTML (a line
 * that starts with `<ol>` or `<div>` ends the paragraph, and the `\` shows). There it is
 * written `<br>`, as DocFX sources write it.
 */
function lineBreak(node: Break, parent: Parents | undefined, state: State, info: Info): string {
  if (state.stack.includes("tableCell") || beforeRawHtml(node, parent)) return "<br>";
  return defaultHandlers.break(node, parent, state, info);
}

const serializer = unified()
  .use(markdownSyntax)
  .use(remarkStringify, { bullet: "*", emphasis: "_", fences: true, listItemIndent: "one", rule: "-", handlers: { break: lineBreak } });

export function parseMarkdown(source: string): Root {
  return parser.parse(source);
}

export function stringifyMarkdown(nodes: RootContent[]): string {
  if (nodes.length === 0) return "";
  return serializer.stringify({ type: "root", children: nodes }).trim();
}

/** The readable text of nodes; raw HTML tags count as a word break (`*a*<li>*b*` reads "a b"). */
export function plainText(node: Nodes | Nodes[]): string {
  return (Array.isArray(node) ? node : [node])
    .map(textOf)
    .join("").replace(/\s+/g, " ").trim();
}

function textOf(node: Nodes): string {
  if (node.type === "html" || node.type === "break") return " ";
  if ("children" in node) return node.children.map((child: Nodes) => textOf(child)).join("");
  return toString(node);
}

const lineBreakTag = /^<\/?br\s*\/?>$/i;

export function isLineBreakTag(html: string): boolean {
  return lineBreakTag.test(html.trim());
}

/** An `<a …>` start tag; `[^<>]` keeps each attempt within one tag, so the scan is linear. */
const anchorTag = /<a\s[^<>]*>/gi;
const nameAttribute = /(?:^|\s)(?:name|id)[ \t]{0,20}=[ \t]{0,20}(?:"([^"<>]{1,500})"|'([^'<>]{1,500})')/i;

/** Anchor names declared by an inline HTML fragment such as `<a name="x"></a>`. */
export function anchorNamesIn(html: string): string[] {
  const names: string[] = [];
  for (const [tag] of html.matchAll(anchorTag)) {
    const attribute = nameAttribute.exec(tag.slice(2, -1));
    const name = attribute?.[1] ?? attribute?.[2];
    if (name) names.push(name);
  }
  return names;
}

/** One visual line of a paragraph: the phrasing nodes between two line breaks. */
export interface Line {
  nodes: PhrasingContent[];
  /** Whether the line was preceded by a hard break (as opposed to a soft newline). */
  afterHardBreak: boolean;
}

/** Where a line starts in the file, when its nodes know. */
export function lineStart(line: Line): { line: number; column: number } | null {
  const first = line.nodes.find((node) => node.position !== undefined && !(node.type === "text" && node.value.trim() === ""));
  return first?.position ? { line: first.position.start.line, column: first.position.start.column } : null;
}

/** Splits a paragraph's children at hard breaks and at newlines inside text. */
export function splitLines(children: PhrasingContent[]): Line[] {
  const lines: Line[] = [{ nodes: [], afterHardBreak: false }];
  const current = (): Line => lines[lines.length - 1] as Line;
  for (const node of children) {
    if (node.type === "break") {
      lines.push({ nodes: [], afterHardBreak: true });
    } else if (node.type === "text" && node.value.includes("\n")) {
      const start = node.position?.start;
      node.value.split("\n").forEach((part, index) => {
        // A newline right after a hard break ends the same line, not a second one.
        if (index > 0 && current().nodes.length > 0) lines.push({ nodes: [], afterHardBreak: false });
        if (!part) return;
        const at = start && { line: start.line + index, column: index === 0 ? start.column : 1 };
        current().nodes.push(at ? { type: "text", value: part, position: { start: at, end: at } } : { type: "text", value: part });
      });
    } else {
      current().nodes.push(node);
    }
  }
  return lines.filter((line) => line.nodes.some((n) => !(n.type === "text" && n.value.trim() === "")));
}

/** The inverse of splitLines, for the lines that remain after some were taken out. */
export function joinLines(lines: Line[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  lines.forEach((line, index) => {
    if (index > 0) out.push(line.afterHardBreak ? { type: "break" } : { type: "text", value: "\n" });
    out.push(...trimLine(line.nodes));
  });
  return out;
}

/** Drops surrounding whitespace-only text and trims the outer text nodes. */
export function trimLine(nodes: PhrasingContent[]): PhrasingContent[] {
  const kept = nodes.filter((n) => !(n.type === "text" && n.value.trim() === ""));
  return kept.map((node, index) => {
    if (node.type !== "text") return node;
    let value = node.value;
    if (index === 0) value = value.trimStart();
    if (index === kept.length - 1) value = value.trimEnd();
    return { ...node, value };
  });
}
