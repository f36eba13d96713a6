/**
 * Finds the error entries of an article in its syntax tree. Under each heading the layout
 * detectors of layouts/ are tried in their documented order, and the first that finds
 * codes gives the heading's drafts; an article whose headings give none is tried as an
 * article about one code. A heading whose codes are each repeated by a heading below it
 * ("(ErrorID: 95519, 95520)" over one heading per code) only groups them.
 *
 * Drafts become entries here: printed codes are checked against the heading anchor
 * (canonical.ts), and a code explained again (the same code in several rows, or in a
 * table and a section of its own) joins the entry that first named it.
 */
import type { Heading, List, ListItem, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { type AnchorTable, anchorWords, headingAnchors, sectionAt } from "./anchors";
import { foldCode, type ResolvedCode, resolveCode } from "./canonical";
import type { DiagnosticSink } from "./diagnostics";
import { isSectionHeading } from "./labels";
import { type Draft, type HeadingContext, articleLayouts, headingLayouts } from "./layouts";
import { headingCodes } from "./layouts/heading-code";
import { headingTitle } from "./layouts/shared";
import { anchorNamesIn, stringifyMarkdown } from "./markdown";
import type { ErrorEntry, Step } from "./model";

function anchorsWithin(nodes: RootContent[]): string[] {
  const names: string[] = [];
  for (const node of nodes) {
    visit(node, "html", (html) => {
      names.push(...anchorNamesIn(html.value));
    });
  }
  return names;
}

function evidenceOf(resolved: ResolvedCode): string {
  if (resolved.source === "text") return `the identifier in it is "${resolved.code}"`;
  const where = resolved.source === "anchor" ? "the heading anchor" : "the heading";
  return `${where} has "${resolved.evidence}"`;
}

/**
 * Canonical codes of a draft, reporting printed codes that machine translation damaged,
 * once per printed text (a table may repeat a code on many rows).
 */
function canonicalCodes(draft: Draft, words: string[], sink: DiagnosticSink, reported: Set<string>): Array<{ code: string; visible: string }> {
  const out: Array<{ code: string; visible: string }> = [];
  const once = (text: string): boolean => {
    if (reported.has(text)) return false;
    reported.add(text);
    return true;
  };
  for (const printed of draft.printed) {
    const resolved = resolveCode({ visible: printed.text, heading: printed.heading, anchorWords: words });
    if (!resolved) {
      if (printed.certain) {
        // Kept as printed: the version check (versions.ts) takes the original's code, or warns once that it looks mangled.
        out.push({ code: printed.text, visible: printed.text });
        continue;
      }
      sink.warning(`"${printed.text}" is not an error code, and neither the heading nor its anchor names one; it is left out`, printed.at);
      continue;
    }
    if (foldCode(resolved.code) !== foldCode(printed.text) && once(printed.text)) {
      sink.warning(
        `the code is printed as "${printed.text}", but ${evidenceOf(resolved)}; the page uses ${resolved.code}`,
        printed.at,
        "machine translation changed the code: print it as the product shows it",
      );
    }
    out.push({ code: resolved.code, visible: printed.text });
  }
  return out;
}

/** Printed codes of a draft without repeats ("**erro 95107**" under "(ErrorID: 95107)"). */
function distinctPrinted(draft: Draft): Draft {
  const seen = new Set<string>();
  return {
    ...draft,
    printed: draft.printed.filter((code) => {
      const key = code.text.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

/** Headings whose codes are each named again by a heading inside their section: they group entries, they are not one. */
function groupHeadings(tree: Root): Set<number> {
  const groups = new Set<number>();
  tree.children.forEach((node, index) => {
    if (node.type !== "heading" || node.depth < 2) return;
    const codes = headingCodes(headingTitle(node)).codes;
    if (codes.length < 2) return;
    const below = new Set<string>();
    for (const inner of sectionAt(tree, { index, depth: node.depth })) {
      if (inner.type === "heading") for (const code of headingCodes(headingTitle(inner)).codes) below.add(code.toLowerCase());
    }
    if (codes.every((code) => below.has(code.toLowerCase()))) groups.add(index);
  });
  return groups;
}

interface Built {
  entry: Omit<ErrorEntry, "intro" | "body" | "anchors">;
  intro: RootContent[];
  body: RootContent[];
  shown: RootContent[];
  /** Heading index the entry was found under. */
  source: number;
  /** The messages of the code's other rows or sections, listed after its intro. */
  otherMessages?: List;
}

interface Found {
  draft: Draft;
  source: number;
  /** The heading whose anchor words confirm the codes, if any. */
  heading: Heading | null;
  title: string;
  /** The heading whose anchor the entry takes. */
  anchorOf: Heading | null;
}

function headingDrafts(tree: Root, anchors: AnchorTable, sink: DiagnosticSink): Found[] {
  const groups = groupHeadings(tree);
  const found: Found[] = [];
  tree.children.forEach((node, index) => {
    if (node.type !== "heading" || groups.has(index)) return;
    const underTitle = node.depth === 1;
    const title = headingTitle(node);
    const context: HeadingContext = {
      tree,
      index,
      heading: node,
      title,
      line: node.position?.start.line ?? 1,
      anchors,
      sink,
      isSectionPart: isSectionHeading(title),
    };
    for (const layout of headingLayouts) {
      if (underTitle && !layout.underTitle) continue;
      const drafts = layout.detect(context);
      if (drafts.length === 0) continue;
      for (const draft of drafts) found.push({ draft, source: index, heading: node, title, anchorOf: node });
      break;
    }
  });
  if (found.length > 0) return found;
  for (const layout of articleLayouts) {
    const drafts = layout.detect({ tree, anchors, sink });
    if (drafts.length === 0) continue;
    const h1 = tree.children.find((node): node is Heading => node.type === "heading" && node.depth === 1) ?? null;
    // The title's anchor names the article, not the code: it is no evidence for the code's spelling.
    return drafts.map((draft) => ({ draft, source: -1, heading: null, title: h1 ? headingTitle(h1) : draft.message, anchorOf: h1 }));
  }
  return [];
}

/** The list of the other messages a repeated code has, added to its entry's intro once. */
function otherMessages(entry: Built): List {
  if (!entry.otherMessages) {
    entry.otherMessages = { type: "list", ordered: false, spread: false, children: [] };
    entry.intro.push(entry.otherMessages);
  }
  return entry.otherMessages;
}

function listItem(text: string): ListItem {
  return { type: "listItem", spread: false, children: [{ type: "paragraph", children: [{ type: "text", value: text }] }] };
}

export function extractEntries(tree: Root, anchors: AnchorTable, sink: DiagnosticSink): ErrorEntry[] {
  const built: Built[] = [];
  const owners = new Map<string, Built>();
  const reported = new Set<string>();
  for (const { draft: raw, source, heading, title, anchorOf } of headingDrafts(tree, anchors, sink)) {
    const draft = distinctPrinted(raw);
    const found = canonicalCodes(draft, heading && draft.anchored ? anchorWords(heading) : [], sink, reported);
    const shown: RootContent[] = [...draft.intro, ...draft.body];
    for (const step of draft.steps) {
      const target = step.target === null ? undefined : anchors.targets.get(step.target);
      if (target) shown.push(...sectionAt(tree, target));
    }
    const owned = found.map(({ code }) => owners.get(code.toLowerCase()));
    const first = owned[0];
    if (first && owned.every((owner) => owner === first)) {
      // The same code explained again: its page shows every explanation.
      if (first.source !== source) {
        sink.info(`code ${found[0]?.code} is explained again here; its page shows both explanations (line ${first.entry.line} and this one)`, { line: draft.line });
      }
      if (draft.message && draft.message !== first.entry.message) otherMessages(first).children.push(listItem(draft.message));
      first.intro.push(...draft.intro);
      first.body.push(...draft.body);
      if (first.entry.steps.length === 0 && draft.steps.length > 0) first.entry.steps = draft.steps;
      first.shown.push(...shown);
      continue;
    }
    const kept = found.filter(({ code }) => {
      const owner = owners.get(code.toLowerCase());
      if (owner === undefined) return true;
      sink.warning(`code ${code} is already listed under ${owner.entry.id}; this occurrence is ignored`, { line: draft.line });
      return false;
    });
    const id = kept[0]?.code;
    if (id === undefined) continue;
    const entry: Built = {
      entry: {
        id,
        codes: kept.map(({ code }) => code),
        visibleCodes: kept.map(({ visible }) => visible),
        title,
        message: draft.message,
        anchor: anchorOf ? (headingAnchors(anchorOf)[0] ?? null) : null,
        line: draft.line,
        steps: draft.steps,
      },
      intro: [...draft.intro],
      body: [...draft.body],
      shown,
      source,
    };
    for (const { code } of kept) owners.set(code.toLowerCase(), entry);
    built.push(entry);
  }
  return built.map(({ entry, intro, body, shown }): ErrorEntry => ({
    ...entry,
    intro: stringifyMarkdown(intro),
    body: stringifyMarkdown(body),
    anchors: [...new Set([...entry.steps.map((step: Step) => step.id), ...anchorsWithin(shown)])],
  }));
}
