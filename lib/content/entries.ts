/**
 * Finds the error entries of an article in its syntax tree. A heading opens an entry when
 * its own content (up to the next heading) names codes, in the first of these layouts:
 *
 * 1. code lines: "**Código de erro**: A / B", bold or plain, one or several;
 * 2. the heading is the code, followed by an error table (key/value or columns);
 * 3. an error table whose rows name codes ("(ID: 34513)", a code line in a cell): an entry per row;
 * 4. codes mentioned in the heading or its text ("(código de erro 150097)", "erro 0x80070780").
 *
 * Printed codes are then checked against the heading anchor (canonical.ts).
 */
import type { Heading, Paragraph, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { type AnchorTable, anchorWords, headingAnchors, ownContent, sectionAt } from "./anchors";
import { foldCode, type ResolvedCode, resolveCode } from "./canonical";
import { codeMentions, codeSlots, isCleanCode, looksLikeCode, withoutMentions } from "./codes";
import type { DiagnosticSink } from "./diagnostics";
import { codeLineValue, messageLineValue } from "./labels";
import { anchorNamesIn, lineStart, plainText, splitLines, stringifyMarkdown } from "./markdown";
import type { ErrorEntry, Step } from "./model";
import { layoutEntry } from "./steps";
import { type Cell, type ErrorTable, cellMessage, cellParagraph, codesInCell, keyValueRows, readErrorTable } from "./tables";

interface Point {
  line: number;
  column: number;
}

interface PrintedCode {
  text: string;
  /** The same code in the heading, when the heading lists the codes in the same order. */
  heading: string | null;
  at: Point;
}

interface Draft {
  printed: PrintedCode[];
  message: string;
  line: number;
  intro: RootContent[];
  steps: Step[];
  body: RootContent[];
}

interface Context {
  tree: Root;
  index: number;
  heading: Heading;
  title: string;
  line: number;
  anchors: AnchorTable;
  sink: DiagnosticSink;
}

/** Where the heading's text starts, after any anchor. */
function headingPoint(heading: Heading): Point {
  const text = heading.children.find((child) => child.type !== "html");
  return text?.position?.start ?? heading.position?.start ?? { line: 1, column: 1 };
}

function headingTitle(heading: Heading): string {
  return plainText(heading.children.filter((child) => child.type !== "html"));
}

/** "Code - message", "Code: message", "Code – message" → the two halves; a heading without a separator is all code part. */
function headingParts(title: string): { codePart: string; messagePart: string | null } {
  const match = /^(.+?)(?:\s+[-–—]\s+|:\s+)(.+)$/s.exec(title);
  return match ? { codePart: match[1] ?? title, messagePart: match[2] ?? null } : { codePart: title, messagePart: null };
}

/** A slot that is not a clean code may still hold one after a label ("Vault Credentials Error: 100110"). */
function expandSlot(slot: string): string[] {
  if (isCleanCode(slot)) return [slot];
  const mentioned = codeMentions(slot);
  return mentioned.length ? mentioned : [slot];
}

function paragraphsIn(nodes: RootContent[]): Paragraph[] {
  return nodes.filter((node): node is Paragraph => node.type === "paragraph");
}

interface TextLine {
  text: string;
  at: Point;
  /** Where a piece of the line's text starts in the file. */
  locate: (piece: string) => Point;
}

function linesOf(paragraph: Paragraph): TextLine[] {
  const fallback = paragraph.position?.start ?? { line: 1, column: 1 };
  return splitLines(paragraph.children).map((line) => {
    const at = lineStart(line) ?? fallback;
    const locate = (piece: string): Point => {
      for (const node of line.nodes) {
        const index = node.type === "text" ? node.value.indexOf(piece) : -1;
        if (node.type === "text" && node.position && index >= 0 && !node.value.slice(0, index).includes("\n")) {
          return { line: node.position.start.line, column: node.position.start.column + index };
        }
      }
      return at;
    };
    return { text: plainText(line.nodes), at, locate };
  });
}

/** A message that is only a code and its label ("ID de erro: 2013") says nothing: the heading says more. */
function meaningful(message: string | null, fallback: string): string {
  return message && /\p{L}{3,}/u.test(withoutMentions(message)) ? message : fallback;
}

/** Layout 1: code lines in the heading's own content. */
function codeLineDraft(context: Context): Draft | null {
  const { tree, index, heading, title, line, anchors, sink } = context;
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
  if (printed.length === 0) return null;
  const { codePart, messagePart } = headingParts(title);
  const headingSlots = codeSlots(codePart);
  const paired = headingSlots.length === printed.length;
  const layout = layoutEntry(tree, sectionAt(tree, { index, depth: heading.depth }), anchors, sink, line);
  return {
    printed: printed.map((code, i) => ({ ...code, heading: paired ? (headingSlots[i] ?? null) : null })),
    message: message || messagePart || title,
    line,
    ...layout,
  };
}

function labelOf(table: ErrorTable, column: number): string {
  return table.header[column]?.text ?? "";
}

/** The cells of a row as labelled paragraphs, leaving out the one that became the message. */
function rowParagraphs(table: ErrorTable, cells: Cell[], messageColumn: number): Paragraph[] {
  return cells.flatMap((cell, column) => (column === messageColumn || !cell.text ? [] : [cellParagraph(labelOf(table, column), cell)]));
}

function messageColumnOf(table: ErrorTable): number {
  return table.roles.indexOf("message");
}

/** Layout 2: a heading that is only the code, followed by an error table. */
function codeHeadingDraft(context: Context): Draft | null {
  const { tree, index, heading, title, line, anchors, sink } = context;
  if (/\s/.test(title) || !looksLikeCode(title)) return null;
  const [first, ...rest] = sectionAt(tree, { index, depth: heading.depth });
  const table = first?.type === "table" ? readErrorTable(first) : null;
  if (!table) return null;
  let message: string | null;
  let paragraphs: Paragraph[];
  if (table.keyValue) {
    const content = keyValueRows(table);
    message = content.message;
    paragraphs = content.rows.map((row) => cellParagraph(row.label, row.cell));
  } else {
    const cells = table.rows[0]?.cells ?? [];
    const messageCell = cells[messageColumnOf(table)];
    message = messageCell ? cellMessage(messageCell) : null;
    paragraphs = rowParagraphs(table, cells, messageCell ? messageColumnOf(table) : -1);
  }
  const layout = layoutEntry(tree, rest, anchors, sink, line);
  return {
    printed: [{ text: title, heading: null, at: headingPoint(heading) }],
    message: message || title,
    line,
    intro: [...paragraphs, ...layout.intro],
    steps: layout.steps,
    body: layout.body,
  };
}

/** The codes a table row names: its code lines, else labelled codes in any cell but the solution. */
function rowCodes(table: ErrorTable, cells: Cell[]): PrintedCode[] {
  return cells.flatMap((cell, column) => {
    if (table.roles[column] === "action") return [];
    const found = codesInCell(cell);
    const texts = [...found.codeLines.flatMap(codeSlots).flatMap(expandSlot), ...found.mentions];
    return texts.map((text) => ({ text, heading: null, at: cell.at }));
  });
}

/** Layout 3: an entry per table row that names a code. */
function tableRowDrafts(context: Context): Draft[] {
  const { tree, index, title } = context;
  const drafts: Draft[] = [];
  for (const node of ownContent(tree, index)) {
    const table = node.type === "table" ? readErrorTable(node) : null;
    if (!table || table.keyValue) continue;
    for (const row of table.rows) {
      const printed = rowCodes(table, row.cells);
      if (printed.length === 0) continue;
      const messageCell = row.cells[messageColumnOf(table)];
      drafts.push({
        printed,
        message: meaningful(messageCell ? cellMessage(messageCell) : null, title),
        line: row.line,
        intro: rowParagraphs(table, row.cells, messageCell ? messageColumnOf(table) : -1),
        steps: [],
        body: [],
      });
    }
  }
  return drafts;
}

/** Layout 4: codes mentioned in the heading or in the sentences of its own content. */
function mentionDraft(context: Context): Draft | null {
  const { tree, index, heading, title, line, anchors, sink } = context;
  const printed: PrintedCode[] = codeMentions(title).map((text) => ({ text, heading: null, at: headingPoint(heading) }));
  for (const node of ownContent(tree, index)) {
    if (node.type === "table") continue;
    visit(node, "paragraph", (paragraph) => {
      for (const { text, locate } of linesOf(paragraph)) {
        for (const code of codeMentions(text)) printed.push({ text: code, heading: null, at: locate(code) });
      }
    });
  }
  if (printed.length === 0) return null;
  const message = title.replace(/\s*\([^()]*\)/g, (group) => (codeMentions(group).length ? "" : group)).trim();
  const layout = layoutEntry(tree, sectionAt(tree, { index, depth: heading.depth }), anchors, sink, line);
  return { printed, message: message || title, line, ...layout };
}

function draftsFor(context: Context): Draft[] {
  const single = codeLineDraft(context) ?? codeHeadingDraft(context);
  if (single) return [single];
  const rows = tableRowDrafts(context);
  if (rows.length) return rows;
  const mentioned = mentionDraft(context);
  return mentioned ? [mentioned] : [];
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

function evidenceOf(resolved: ResolvedCode): string {
  const where = resolved.source === "anchor" ? "the heading anchor" : resolved.source === "heading" ? "the heading" : "the text";
  return `${where} has "${resolved.evidence}"`;
}

/** Canonical codes of a draft, reporting printed codes that machine translation damaged. */
function canonicalCodes(draft: Draft, words: string[], sink: DiagnosticSink): Array<{ code: string; visible: string }> {
  const out: Array<{ code: string; visible: string }> = [];
  for (const printed of draft.printed) {
    const resolved = resolveCode({ visible: printed.text, heading: printed.heading, anchorWords: words });
    if (!resolved) {
      sink.warning(`"${printed.text}" is not an error code, and neither the heading nor its anchor names one; it is left out`, printed.at);
      continue;
    }
    if (foldCode(resolved.code) !== foldCode(printed.text)) {
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

export function extractEntries(tree: Root, anchors: AnchorTable, sink: DiagnosticSink): ErrorEntry[] {
  const entries: ErrorEntry[] = [];
  const codeOwners = new Map<string, string>();
  tree.children.forEach((node, index) => {
    if (node.type !== "heading" || node.depth < 2) return;
    const line = node.position?.start.line ?? 1;
    const context: Context = { tree, index, heading: node, title: headingTitle(node), line, anchors, sink };
    for (const draft of draftsFor(context)) {
      const found = canonicalCodes(draft, anchorWords(node), sink);
      const kept = found.filter(({ code }) => {
        const owner = codeOwners.get(code.toLowerCase());
        if (owner === undefined) return true;
        sink.warning(`code ${code} is already listed under ${owner}; this occurrence is ignored`, { line: draft.line });
        return false;
      });
      const id = kept[0]?.code;
      if (id === undefined) continue;
      for (const { code } of kept) codeOwners.set(code.toLowerCase(), id);
      const shown: RootContent[] = [...draft.intro, ...draft.body];
      for (const step of draft.steps) {
        const target = step.target === null ? undefined : anchors.targets.get(step.target);
        if (target) shown.push(...sectionAt(tree, target));
      }
      entries.push({
        id,
        codes: kept.map(({ code }) => code),
        visibleCodes: kept.map(({ visible }) => visible),
        title: context.title,
        message: draft.message,
        anchor: headingAnchors(node)[0] ?? null,
        line: draft.line,
        intro: stringifyMarkdown(draft.intro),
        steps: draft.steps,
        body: stringifyMarkdown(draft.body),
        anchors: [...new Set([...draft.steps.map((step) => step.id), ...anchorsWithin(shown)])],
      });
    }
  });
  return entries;
}
