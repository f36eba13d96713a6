/**
 * The `<a name>` anchors of an article and the sections they head. Anchors are the
 * language-independent names of sections: DocFX made them from the English headings,
 * and translations keep them.
 */
import type { Heading, Html, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { safeDecode } from "../decode";
import type { DiagnosticSink } from "./diagnostics";
import { anchorNamesIn } from "./markdown";

export interface AnchorTarget {
  /** Index of the heading (or block) the anchor is attached to, in the root's children. */
  index: number;
  /** Depth of that heading; a bare block anchor owns content up to the next heading of any depth. */
  depth: number;
}

export interface AnchorTable {
  targets: Map<string, AnchorTarget>;
  /** Every anchor in document order, first occurrence only. */
  ordered: string[];
}

export function headingAnchors(heading: Heading): string[] {
  return heading.children.flatMap((child) => (child.type === "html" ? anchorNamesIn(child.value) : []));
}

/** The words of a heading's anchors: "usererrorfoo---the-message" → usererrorfoo, the, message. */
export function anchorWords(heading: Heading): string[] {
  return headingAnchors(heading).flatMap((anchor) => anchor.split(/[-\s]+/).filter(Boolean));
}

interface Declaration {
  target: AnchorTarget;
  line: number;
  node: Html;
}

/** Every anchor declaration in document order, with the section it opens. */
function declarations(tree: Root): Array<{ name: string } & Declaration> {
  const out: Array<{ name: string } & Declaration> = [];
  tree.children.forEach((node, index) => {
    const line = node.position?.start.line ?? 1;
    const next = tree.children[index + 1];
    const target: AnchorTarget =
      node.type === "heading"
        ? { index, depth: node.depth }
        : node.type === "html" && next?.type === "heading"
          ? { index: index + 1, depth: next.depth }
          : { index, depth: 7 };
    const htmlNodes: Html[] =
      node.type === "html"
        ? [node]
        : node.type === "heading" || node.type === "paragraph"
          ? node.children.filter((child): child is Html => child.type === "html")
          : [];
    for (const html of htmlNodes) {
      for (const name of anchorNamesIn(html.value)) out.push({ name, target, line, node: html });
    }
  });
  return out;
}

function inPageLinkTargets(tree: Root): Set<string> {
  const targets = new Set<string>();
  visit(tree, "link", (link) => {
    if (!link.url.startsWith("#")) return;
    targets.add(safeDecode(link.url.slice(1)));
  });
  return targets;
}

function reportRepeats(repeats: Map<string, number[]>, sink: DiagnosticSink): void {
  for (const [name, [first, ...again]] of repeats) {
    if (first === undefined || again.length === 0) continue;
    sink.info(
      `anchor "${name}" is defined ${again.length + 1} times (lines ${[first, ...again].join(", ")}); a link to it can only reach line ${first}`,
      { line: again[0] },
    );
  }
}

/**
 * A heading that ended in `<br>` in English got an anchor ending in "-br" while links
 * were written without it. Such a link is made to work: the anchor gets its plain name too.
 */
function repairBreakSuffixes(tree: Root, table: AnchorTable, declared: Map<string, Declaration>, sink: DiagnosticSink): void {
  for (const wanted of inPageLinkTargets(tree)) {
    const declaration = declared.get(`${wanted}-br`);
    if (table.targets.has(wanted) || !declaration) continue;
    table.targets.set(wanted, declaration.target);
    table.ordered.push(wanted);
    // The plain name goes first, so the renderer gives it to the heading.
    declaration.node.value = `<a name="${wanted}"></a>${declaration.node.value}`;
    sink.info(
      `links to #${wanted} point to the anchor "${wanted}-br" (a <br> became part of its name); they are kept working`,
      { line: declaration.line },
      `rename the anchor to "${wanted}"`,
    );
  }
}

/** Indexes the `<a name>` anchors of an article; a repeated name keeps its first place. */
export function indexAnchors(tree: Root, sink: DiagnosticSink): AnchorTable {
  const table: AnchorTable = { targets: new Map(), ordered: [] };
  const declared = new Map<string, Declaration>();
  const repeats = new Map<string, number[]>();
  for (const { name, ...declaration } of declarations(tree)) {
    const lines = repeats.get(name);
    if (lines) {
      lines.push(declaration.line);
      continue;
    }
    repeats.set(name, [declaration.line]);
    declared.set(name, declaration);
    table.targets.set(name, declaration.target);
    table.ordered.push(name);
  }
  reportRepeats(repeats, sink);
  repairBreakSuffixes(tree, table, declared, sink);
  return table;
}

/** The content an anchor points to: everything after its heading up to the next heading of the same or higher rank. */
export function sectionAt(tree: Root, target: AnchorTarget): RootContent[] {
  const start = tree.children[target.index]?.type === "heading" ? target.index + 1 : target.index;
  const out: RootContent[] = [];
  for (let i = start; i < tree.children.length; i++) {
    const node = tree.children[i] as RootContent;
    if (node.type === "heading" && node.depth <= target.depth) break;
    out.push(node);
  }
  return out;
}

/** The own content of a heading: up to the next heading of any rank. */
export function ownContent(tree: Root, headingIndex: number): RootContent[] {
  return sectionAt(tree, { index: headingIndex, depth: 7 });
}
