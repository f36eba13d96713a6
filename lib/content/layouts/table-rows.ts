/**
 * Error tables with a row per error. The row's codes come from the code column, when the
 * header names one in any language ("Código de Erro", "Chave", "Key", "エラー コード",
 * "Type d'exception") or its cells hold codes (several codes in one cell included);
 * a name column, or a message cell that starts with a symbolic name ("SelectUserAccount: …",
 * "MOSETUP_E_COMPAT_SCANONLY"), adds that name. Without a code column, the codes are the
 * code lines and labelled mentions of any cell but the solution ("(ID: 34513)").
 */
import type { Paragraph } from "mdast";
import { ownContent } from "../anchors";
import { codeMentions, codeSlots, identifierKind, leadingCodes, looksLikeCode } from "../codes";
import { type Cell, type ErrorTable, cellMessage, cellParagraph, codesInCell, readErrorTable } from "../tables";
import { expandSlot, meaningful } from "./shared";
import type { Draft, HeadingLayout, PrintedCode } from "./types";

function labelOf(table: ErrorTable, column: number): string {
  return table.header[column]?.text ?? "";
}

/** The cells of a row as labelled paragraphs, leaving out the given columns. */
export function rowParagraphs(table: ErrorTable, cells: Cell[], leftOut: number[]): Paragraph[] {
  return cells.flatMap((cell, column) => (leftOut.includes(column) || !cell.text ? [] : [cellParagraph(labelOf(table, column), cell)]));
}

/** A cell with a few words and no sentence: a code machine translation turned into words ("Não suportado"). */
function looksLikeTranslatedCode(text: string): boolean {
  return text.split(/\s+/).length <= 3 && !/[.!?]/.test(text) && text.length <= 60;
}

/** The codes of a code-column cell: every word when all are codes, else mentioned or leading codes, else the cell as printed. */
export function codeCellCodes(cell: Cell): PrintedCode[] {
  const text = cell.text.replace(/[.:]$/, "");
  const printed = (codes: string[], certain: boolean) => codes.map((code) => ({ text: code, heading: null, at: cell.at, certain }));
  const words = text.split(/[\s,;/&]+/).filter(Boolean);
  // One word may be a plain one ("Conflict"); in a list of codes every word has a code's shape.
  const isCode = (word: string) => (words.length === 1 ? identifierKind(word) !== null : looksLikeCode(word));
  if (words.length > 0 && words.every(isCode)) return printed(words, true);
  const mentioned = codeMentions(text);
  if (mentioned.length) return printed(mentioned, false);
  const leading = leadingCodes(text);
  if (leading) return printed(leading.codes, true);
  return text && looksLikeTranslatedCode(text) ? printed([text], true) : [];
}

/** "SelectUserAccount: description", "Name - description" or a cell that is only a symbolic name. */
function symbolicName(cell: Cell): { name: string; rest: string } | null {
  const match = /^([A-Za-z][\w.]*)(?:\s*:\s+|\s+[-–]\s+|\s*$)/.exec(cell.text);
  const name = match?.[1];
  if (!match || !name) return null;
  const kind = identifierKind(name);
  if (kind !== "camel" && kind !== "snake" && kind !== "dotted") return null;
  return { name, rest: cell.text.slice(match[0].length).trim() };
}

/** The codes a row names without a code column: its code lines, else labelled codes in any cell but the solution. */
function mentionedRowCodes(table: ErrorTable, cells: Cell[]): PrintedCode[] {
  return cells.flatMap((cell, column) => {
    if (table.roles[column] === "action") return [];
    const found = codesInCell(cell);
    const texts = [...found.codeLines.flatMap(codeSlots).flatMap(expandSlot), ...found.mentions];
    return texts.map((text) => ({ text, heading: null, at: cell.at, certain: found.codeLines.length > 0 }));
  });
}

function codeColumnDraft(table: ErrorTable, row: ErrorTable["rows"][number], title: string): Draft | null {
  const codeCell = row.cells[table.codeColumn];
  if (!codeCell) return null;
  const printed = codeCellCodes(codeCell);
  if (printed.length === 0) return null;
  const messageColumn = table.roles.indexOf("message");
  const nameColumn = table.roles.indexOf("name");
  const describing = [nameColumn, messageColumn, table.roles.indexOf("description"), table.roles.indexOf("symptom")].filter((c) => c >= 0);
  let message: string | null = null;
  const leftOut = [table.codeColumn];
  for (const column of describing) {
    const cell = row.cells[column];
    if (!cell || !cell.text) continue;
    const named = symbolicName(cell);
    if (named) {
      printed.push({ text: named.name, heading: null, at: cell.at, certain: false });
      if (named.rest) message ??= named.rest;
      else leftOut.push(column);
      continue;
    }
    if (message === null) {
      message = cellMessage(cell);
      if (column === messageColumn) leftOut.push(column);
    }
  }
  if (message === null) {
    // No message or description column: the first other cell that says something (the solution, often).
    const other = row.cells.find((cell, column) => column !== table.codeColumn && cell.text !== "");
    if (other) message = cellMessage(other);
  }
  return {
    anchored: false,
    printed,
    message: meaningful(message, title),
    line: row.line,
    intro: rowParagraphs(table, row.cells, leftOut),
    steps: [],
    body: [],
  };
}

function mentionDraft(table: ErrorTable, row: ErrorTable["rows"][number], title: string): Draft | null {
  const printed = mentionedRowCodes(table, row.cells);
  if (printed.length === 0) return null;
  const messageColumn = table.roles.indexOf("message");
  const messageCell = row.cells[messageColumn];
  return {
    anchored: false,
    printed,
    message: meaningful(messageCell ? cellMessage(messageCell) : null, title),
    line: row.line,
    intro: rowParagraphs(table, row.cells, messageCell ? [messageColumn] : []),
    steps: [],
    body: [],
  };
}

export const tableRows: HeadingLayout = {
  name: "error table rows",
  underTitle: true,
  detect({ tree, index, title }) {
    const drafts: Draft[] = [];
    for (const node of ownContent(tree, index)) {
      const table = node.type === "table" ? readErrorTable(node) : null;
      if (!table || table.keyValue) continue;
      for (const row of table.rows) {
        const draft = table.codeColumn >= 0 ? codeColumnDraft(table, row, title) : mentionDraft(table, row, title);
        if (draft) drafts.push(draft);
      }
    }
    return drafts;
  },
};
