/**
 * Finds the error entries of an article in its syntax tree: the sections that
 * carry a code line, their message, their ordered steps, and each step's solution.
 */
import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import type { DiagnosticSink } from "./diagnostics";
import { codeLineValue, codeTokens, messageLineValue } from "./labels";
import { anchorNamesIn, joinLines, type Line, plainText, splitLines, stringifyMarkdown, trimLine } from "./markdown";
import type { ErrorEntry, Step } from "./model";

interface AnchorTarget {
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

/** Indexes the `<a name>` anchors of an article; a repeated name keeps its first place. */
export function indexAnchors(tree: Root, sink: DiagnosticSink): AnchorTable {
  const targets = new Map<string, AnchorTarget>();
  const ordered: string[] = [];
  const repeats = new Map<string, number[]>();
  const add = (name: string, target: AnchorTarget, line: number | undefined): void => {
    const lines = repeats.get(name);
    if (lines) {
      lines.push(line ?? 1);
      return;
    }
    repeats.set(name, [line ?? 1]);
    targets.set(name, target);
    ordered.push(name);
  };
  tree.children.forEach((node, index) => {
    const line = node.position?.start.line;
    if (node.type === "heading") {
      for (const name of headingAnchors(node)) add(name, { index, depth: node.depth }, line);
    } else if (node.type === "html") {
      const next = tree.children[index + 1];
      const names = anchorNamesIn(node.value);
      for (const name of names) {
        if (next?.type === "heading") add(name, { index: index + 1, depth: next.depth }, line);
        else add(name, { index, depth: 7 }, line);
      }
    } else if (node.type === "paragraph") {
      for (const child of node.children) {
        if (child.type === "html") for (const name of anchorNamesIn(child.value)) add(name, { index, depth: 7 }, line);
      }
    }
  });
  for (const [name, [first, ...again]] of repeats) {
    if (first === undefined || again.length === 0) continue;
    sink.info(
      `anchor "${name}" is defined ${again.length + 1} times (lines ${[first, ...again].join(", ")}); links to it land on line ${first}`,
      { line: again[0] },
    );
  }
  return { targets, ordered };
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

interface CauseLine {
  label: string;
  title: string;
  target: string | null;
  line: number;
}

const numberedLabel = /^([^\d:]{1,40}?)\s*(\d{1,2})\s*[:.]\s*(.+)$/s;

/**
 * A cause line is recognised by its shape, never by its wording: a line that is one
 * bold span holding an in-page link ("**Causa 1: [title](#anchor)**"), or a bold
 * "Label N: title" without a link.
 */
function causeLineOf(line: Line, fallbackLine: number): CauseLine | null {
  const nodes = trimLine(line.nodes);
  const only = nodes[0];
  if (nodes.length !== 1 || only?.type !== "strong") return null;
  const position = only.position?.start.line ?? fallbackLine;
  const linkIndex = only.children.findIndex((child) => child.type === "link" && child.url.startsWith("#"));
  const link = only.children[linkIndex];
  if (link?.type === "link") {
    const label = plainText(only.children.slice(0, linkIndex)).replace(/[\s:.-]+$/, "");
    const title = plainText(only.children.slice(linkIndex));
    return { label, title, target: decodeAnchor(link.url.slice(1)), line: position };
  }
  const match = numberedLabel.exec(plainText(only));
  if (!match) return null;
  const [, word = "", number = "", title = ""] = match;
  return { label: `${word.trim()} ${number}`, title: title.trim(), target: null, line: position };
}

function decodeAnchor(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function paragraphOf(children: PhrasingContent[], like: Paragraph): Paragraph | null {
  return children.length ? { type: "paragraph", children, position: like.position } : null;
}

/** The own content of a heading: up to the next heading of any rank. */
function ownContent(tree: Root, headingIndex: number): RootContent[] {
  const out: RootContent[] = [];
  for (let i = headingIndex + 1; i < tree.children.length; i++) {
    const node = tree.children[i] as RootContent;
    if (node.type === "heading") break;
    out.push(node);
  }
  return out;
}

function findCodeLines(nodes: RootContent[]): { codes: string; message: string | null } | null {
  let codes: string | null = null;
  let message: string | null = null;
  for (const node of nodes) {
    if (node.type !== "paragraph") continue;
    for (const line of splitLines(node.children)) {
      const text = plainText(line.nodes);
      codes ??= codeLineValue(text);
      message ??= messageLineValue(text);
    }
  }
  return codes === null ? null : { codes, message };
}

interface Layout {
  intro: RootContent[];
  body: RootContent[];
  causes: CauseLine[];
}

/** Takes code, message and cause lines out of the entry's content; what precedes the first cause is the intro. */
function layoutOf(nodes: RootContent[], headingLine: number): Layout {
  const layout: Layout = { intro: [], body: [], causes: [] };
  const into = (): RootContent[] => (layout.causes.length ? layout.body : layout.intro);
  for (const node of nodes) {
    if (node.type !== "paragraph") {
      into().push(node);
      continue;
    }
    let kept: Line[] = [];
    const flush = (): void => {
      const paragraph = paragraphOf(joinLines(kept), node);
      if (paragraph) into().push(paragraph);
      kept = [];
    };
    for (const line of splitLines(node.children)) {
      const text = plainText(line.nodes);
      if (codeLineValue(text) !== null || messageLineValue(text) !== null) continue;
      const cause = causeLineOf(line, node.position?.start.line ?? headingLine);
      if (cause) {
        flush();
        layout.causes.push(cause);
      } else {
        kept.push(line);
      }
    }
    flush();
  }
  return layout;
}

/** Without cause lines, the steps are the entry's first numbered procedure. */
function procedureSteps(layout: Layout): Step[] {
  const listIndex = layout.intro.findIndex((node) => node.type === "list" && node.ordered === true);
  const list = layout.intro[listIndex] as List | undefined;
  if (!list) return [];
  const steps = list.children.map((item, index): Step => {
    const [first, ...detail] = item.children;
    const n = index + 1;
    return {
      id: `step-${n}`,
      n,
      label: String((list.start ?? 1) + index),
      title: first ? plainText(first) : "",
      target: null,
      solution: detail.length ? stringifyMarkdown(detail) : null,
      line: item.position?.start.line ?? 1,
    };
  });
  layout.body = [...layout.intro.slice(listIndex + 1), ...layout.body];
  layout.intro = layout.intro.slice(0, listIndex);
  return steps;
}

function anchorsWithin(nodes: RootContent[]): string[] {
  const names: string[] = [];
  for (const node of nodes) {
    visit(node, "html", (html) => {
      names.push(...anchorNamesIn(html.value));
    });
  }
  return names;
}

function headingTitle(heading: Heading): string {
  return plainText(heading.children.filter((child) => child.type !== "html"));
}

export function extractEntries(tree: Root, anchors: AnchorTable, sink: DiagnosticSink): ErrorEntry[] {
  const entries: ErrorEntry[] = [];
  const codeOwners = new Map<string, string>();
  tree.children.forEach((node, index) => {
    if (node.type !== "heading" || node.depth < 2) return;
    const headingLine = node.position?.start.line ?? 1;
    const found = findCodeLines(ownContent(tree, index));
    if (!found) return;
    const visibleCodes = codeTokens(found.codes);
    if (visibleCodes.length === 0) {
      sink.warning(`the code line "${found.codes}" holds no error code`, { line: headingLine });
      return;
    }
    const codes = visibleCodes.filter((code) => {
      const owner = codeOwners.get(code.toLowerCase());
      if (owner === undefined) return true;
      sink.warning(`code ${code} is already listed under ${owner}; this occurrence is ignored`, { line: headingLine });
      return false;
    });
    const id = codes[0];
    if (id === undefined) return;
    for (const code of codes) codeOwners.set(code.toLowerCase(), id);

    const layout = layoutOf(sectionAt(tree, { index, depth: node.depth }), headingLine);
    const steps = layout.causes.length ? stepsFromCauses(tree, anchors, layout.causes, sink) : procedureSteps(layout);
    const title = headingTitle(node);
    const shown: RootContent[] = [...layout.intro, ...layout.body];
    for (const step of steps) {
      const target = step.target === null ? undefined : anchors.targets.get(step.target);
      if (target) shown.push(...sectionAt(tree, target));
    }
    entries.push({
      id,
      codes,
      visibleCodes,
      title,
      message: found.message ?? title,
      anchor: headingAnchors(node)[0] ?? null,
      line: headingLine,
      intro: stringifyMarkdown(layout.intro),
      steps,
      body: stringifyMarkdown(layout.body),
      anchors: [...new Set([...steps.map((step) => step.id), ...anchorsWithin(shown)])],
    });
  });
  return entries;
}

function stepsFromCauses(tree: Root, anchors: AnchorTable, causes: CauseLine[], sink: DiagnosticSink): Step[] {
  const used = new Set<string>();
  return causes.map((cause, index): Step => {
    const n = index + 1;
    let id = cause.target ?? `step-${n}`;
    if (used.has(id)) id = `${id}-${n}`;
    used.add(id);
    let solution: string | null = null;
    if (cause.target !== null) {
      const target = anchors.targets.get(cause.target);
      if (target) {
        solution = stringifyMarkdown(sectionAt(tree, target)) || null;
      } else {
        sink.warning(
          `"${cause.label}" links to #${cause.target}, which is not an anchor in this article; the step is shown without a solution`,
          { line: cause.line },
          "add <a name=\"" + cause.target + "\"></a> to the heading it means, or correct the link",
        );
      }
    }
    return { id, n, label: cause.label, title: cause.title, target: cause.target, solution, line: cause.line };
  });
}
