/**
 * Says when the parser is unsure: an article that looks like troubleshooting (its front
 * matter says so, or its headings and tables name errors) but gave no entries, or saw
 * codes in headings and code columns that no entry holds; a heading that labels a code
 * but holds none. And which entries are unsure: their code is kept as printed, or was read
 * out of text machine translation changed.
 */
import type { Root, RootContent } from "mdast";
import { foldCode } from "./canonical";
import { isCleanCode } from "./codes";
import type { DiagnosticSink } from "./diagnostics";
import { codeLineValue, errorWordList, isSectionHeading, mentionLabels } from "./labels";
import { headingCodes } from "./layouts/heading-code";
import { headingTitle } from "./layouts/shared";
import { codeCellCodes } from "./layouts/table-rows";
import type { ErrorEntry } from "./model";
import { readErrorTable } from "./tables";

interface Seen {
  code: string;
  line: number;
}

/** Whether an entry's codes are doubtful: one of them was kept as printed or read out of changed text. */
export function isUnsureEntry(entry: ErrorEntry): boolean {
  return entry.visibleCodes.some((visible, index) => !isCleanCode(visible) || entry.codes[index] !== visible);
}

const errorWordPattern = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set([...errorWordList, ...mentionLabels])]
    .filter((word) => word.length > 2)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})`,
  "iu",
);

function namesErrors(title: string): boolean {
  return errorWordPattern.test(title);
}

function lineOf(node: RootContent): number {
  return node.position?.start.line ?? 1;
}

/** The codes that headings and code columns name, with their lines. */
function identifiersSeen(tree: Root): { seen: Seen[]; reasons: string[]; labelledEmpty: number[] } {
  const seen: Seen[] = [];
  const reasons: string[] = [];
  const labelledEmpty: number[] = [];
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth >= 2) {
      const title = headingTitle(node);
      if (isSectionHeading(title)) continue;
      const codes = headingCodes(title).codes;
      for (const code of codes) seen.push({ code, line: lineOf(node) });
      if (codes.length === 0 && codeLineValue(title) !== null) labelledEmpty.push(lineOf(node));
      if (namesErrors(title) && reasons.length < 1) reasons.push(`the heading at line ${lineOf(node)} names errors`);
    }
    if (node.type === "table") {
      const table = readErrorTable(node);
      if (!table || table.codeColumn < 0) continue;
      if (!reasons.some((reason) => reason.includes("table"))) reasons.push(`the table at line ${lineOf(node)} has a code column`);
      for (const row of table.rows) {
        const cell = row.cells[table.codeColumn];
        for (const code of cell ? codeCellCodes(cell) : []) seen.push({ code: code.text, line: row.line });
      }
    }
  }
  return { seen, reasons, labelledEmpty };
}

function lineList(lines: number[]): string {
  const distinct = [...new Set(lines)].sort((a, b) => a - b);
  const shown = distinct.slice(0, 10).join(", ");
  return distinct.length > 10 ? `${shown} and ${distinct.length - 10} more` : shown;
}

export function checkCoverage(tree: Root, entries: ErrorEntry[], topic: string | null, sink: DiagnosticSink): void {
  const { seen, reasons, labelledEmpty } = identifiersSeen(tree);
  for (const line of labelledEmpty) {
    sink.warning(
      "this heading labels an error code, but what follows the label is not one; no entry was made",
      { line },
      "print the code as the product shows it after the label (machine translation may have translated it)",
    );
  }
  if (topic?.toLowerCase() === "troubleshooting") reasons.unshift("its front matter says ms.topic: troubleshooting");
  if (reasons.length === 0) return;
  const placed = new Set(entries.flatMap((entry) => [...entry.codes, ...entry.visibleCodes].map(foldCode)));
  const unplaced = seen.filter(({ code }) => !placed.has(foldCode(code)));
  const why = reasons.join(" and ");
  if (entries.length === 0 && seen.length === 0) {
    sink.info(
      `the article looks like troubleshooting (${why}), but no error entry was found in it`,
      undefined,
      "if it explains errors, give each its code in a heading, a code line (\"Error code: X\") or a table column",
    );
    return;
  }
  if (unplaced.length > 0 && (entries.length === 0 || unplaced.length > entries.length)) {
    sink.warning(
      `the article looks like troubleshooting (${why}), but gives ${entries.length} error entries for ${seen.length} codes it names; codes not placed in an entry at lines ${lineList(unplaced.map(({ line }) => line))}`,
      { line: unplaced[0]?.line },
      "check the layout of those lines: each error needs its code in its own heading, code line, table row or list item",
    );
  }
}
