/**
 * Error tables: a row per error, with a code column named in any language ("Código de Erro",
 * "Chave", "Key", "エラー コード"), a first column of codes beside message or solution
 * columns, or codes mentioned in cells ("Operação | Detalhes do erro | Solução"); or a
 * key/value table under a heading that is the code ("**Mensagem de Erro** | …",
 * "Possíveis causas | …"). Columns are told apart by their header words (languages/);
 * rows may be uneven and tables may lack outer pipes.
 */
import type { Paragraph, PhrasingContent, Table } from "mdast";
import { codeMentions, looksLikeCode } from "./codes";
import { type ColumnRole, codeLineValue, columnRoleOf, isErrorWord, messageLineValue } from "./labels";
import { type Line, plainText, splitLines, trimLine } from "./markdown";

export interface Cell {
  nodes: PhrasingContent[];
  text: string;
  at: { line: number; column: number };
}

export interface TableRow {
  cells: Cell[];
  line: number;
}

export interface ErrorTable {
  header: Cell[];
  roles: Array<ColumnRole | null>;
  rows: TableRow[];
  /** Labels run down the first column instead of across the header row. */
  keyValue: boolean;
  /** The column that holds each row's codes, or -1 when codes are only mentioned in cells. */
  codeColumn: number;
}

function cellOf(cell: Table["children"][number]["children"][number], line: number): Cell {
  return { nodes: cell.children, text: plainText(cell.children), at: cell.children[0]?.position?.start ?? cell.position?.start ?? { line, column: 1 } };
}

/** Whether most body cells of a column hold identifiers ("AllocationFailed", "0x8024001E", three exception names). */
function holdsCodes(rows: TableRow[], column: number): boolean {
  const cells = rows.map((row) => row.cells[column]).filter((cell): cell is Cell => cell !== undefined && cell.text !== "");
  if (cells.length < 2) return false;
  const coded = cells.filter((cell) => {
    const words = cell.text.split(/[\s,;/]+/).filter(Boolean);
    return words.length > 0 && words.length <= 4 && words.every((word) => looksLikeCode(word.replace(/[.:]$/, "")));
  });
  return coded.length * 10 >= cells.length * 8;
}

/**
 * Reads a table whose header (or first column) names error columns; null for other tables.
 * A column is the code column when its header says so in any language ("Código de Erro",
 * "Chave", "Key", "エラー コード"), or, beside other error columns, when its cells hold codes.
 */
export function readErrorTable(table: Table): ErrorTable | null {
  const [headerRow, ...bodyRows] = table.children.map((row) => {
    const line = row.position?.start.line ?? 1;
    return { cells: row.children.map((cell) => cellOf(cell, line)), line };
  });
  if (!headerRow) return null;
  const header = headerRow.cells;
  const roles = header.map((cell) => columnRoleOf(cell.text));
  const firstColumnRoles = [headerRow, ...bodyRows].map((row) => columnRoleOf(row.cells[0]?.text ?? ""));
  const keyValue =
    header.length >= 2 && roles[0] !== null && roles[0] !== "code" && roles[1] === null && firstColumnRoles.every((role) => role !== null);
  if (keyValue) return { header, roles, rows: bodyRows, keyValue, codeColumn: -1 };
  let codeColumn = roles.indexOf("code");
  // A description column alone does not make a table of names an error table ("Log name | Description").
  const explains = roles.some((role) => role === "message" || role === "symptom" || role === "cause" || role === "action");
  if (codeColumn < 0 && explains && roles[0] === null && holdsCodes(bodyRows, 0)) {
    codeColumn = 0;
    roles[0] = "code";
  }
  // A table of HTTP statuses and what they mean: the status is the code.
  const statusColumn = roles.indexOf("status");
  if (codeColumn < 0 && statusColumn >= 0 && roles.some((role) => role === "message" || role === "description" || role === "cause" || role === "action")) {
    codeColumn = statusColumn;
  }
  if (codeColumn >= 0 && header.length < 2) return null;
  if (codeColumn < 0 && !roles.some((role) => role === "message" || role === "symptom")) return null;
  return { header, roles, rows: bodyRows, keyValue, codeColumn };
}

/**
 * Cells often open HTML lists they never close (`<ul><li>a<li>b`): inside a table the cell
 * ends them, but out of it they would swallow what follows. The missing end tags are added.
 */
function closeOpenLists(nodes: PhrasingContent[]): PhrasingContent[] {
  const open: string[] = [];
  for (const node of nodes) {
    if (node.type !== "html") continue;
    for (const [, closing, tag] of node.value.matchAll(/<(\/?)(ul|ol)\b[^<>]*>/gi)) {
      const name = (tag ?? "").toLowerCase();
      if (!closing) open.push(name);
      else if (open.lastIndexOf(name) >= 0) open.splice(open.lastIndexOf(name));
    }
  }
  return open.length ? [...nodes, { type: "html", value: open.reverse().map((tag) => `</${tag}>`).join("") }] : nodes;
}

/** A labelled paragraph for one cell, kept on one line so raw HTML lists in the cell stay inline. */
export function cellParagraph(label: string, cell: Cell): Paragraph {
  const inline = cell.nodes.map((node): PhrasingContent => (node.type === "break" ? { type: "html", value: "<br>" } : node));
  const nodes = closeOpenLists(inline);
  return {
    type: "paragraph",
    children: [{ type: "strong", children: [{ type: "text", value: label.replace(/\s*:$/, "") }] }, { type: "text", value: ": " }, ...nodes],
  };
}

function linesOf(cell: Cell): Line[] {
  return splitLines(cell.nodes);
}

/** The error message a cell holds: its "Error message:" line, else its text without code lines and a leading "Error". */
export function cellMessage(cell: Cell): string {
  const lines = linesOf(cell);
  for (const line of lines) {
    const message = messageLineValue(plainText(line.nodes));
    if (message) return message;
  }
  const kept = lines.filter((line) => codeLineValue(plainText(line.nodes)) === null).map((line) => trimLine(line.nodes));
  const first = kept[0];
  if (first && first.length === 1 && first[0]?.type === "strong" && isErrorWord(plainText(first))) kept.shift();
  return plainText(kept.flat());
}

export interface CellCodes {
  /** Values of code lines ("Código de erro: A/B"), to be split into slots. */
  codeLines: string[];
  /** Codes mentioned in the rest of the text. */
  mentions: string[];
}

export function codesInCell(cell: Cell): CellCodes {
  const found: CellCodes = { codeLines: [], mentions: [] };
  for (const line of linesOf(cell)) {
    const text = plainText(line.nodes);
    const value = codeLineValue(text);
    if (value !== null) found.codeLines.push(value);
    else found.mentions.push(...codeMentions(text));
  }
  return found;
}

/** The message of a key/value table and its other rows, in order. */
export function keyValueRows(table: ErrorTable): { message: string | null; rows: Array<{ label: string; cell: Cell }> } {
  let message: string | null = null;
  const rows: Array<{ label: string; cell: Cell }> = [];
  for (const cells of [table.header, ...table.rows.map((row) => row.cells)]) {
    const [key, value] = cells;
    if (!key || !value) continue;
    if (message === null && columnRoleOf(key.text) === "message") message = plainText(value.nodes);
    else rows.push({ label: key.text, cell: value });
  }
  return { message, rows };
}
