/**
 * Markdown that parses but does not show what the author meant: a code fence that is
 * never closed swallows the rest of its container, and table cells beyond the header's
 * columns are dropped when the table is rendered. Both are reported where they start.
 */
import type { Code, Root, Table } from "mdast";
import { visit } from "unist-util-visit";
import type { DiagnosticSink } from "./diagnostics";

const fenceLine = /^[ \t]*(`{3,}|~{3,})/;

function isUnclosedFence(code: Code, source: string): boolean {
  const start = code.position?.start.offset;
  const end = code.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  const lines = source.slice(start, end).split("\n");
  const opening = fenceLine.exec(lines[0] ?? "")?.[1];
  if (opening === undefined) return false;
  const closing = lines.length > 1 ? /^[ \t>]*(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1] ?? "")?.[1] : undefined;
  return closing === undefined || closing[0] !== opening[0] || closing.length < opening.length;
}

function checkTable(table: Table, sink: DiagnosticSink): void {
  const columns = table.children[0]?.children.length ?? 0;
  for (const row of table.children.slice(1)) {
    const extra = row.children.length - columns;
    if (extra <= 0) continue;
    sink.warning(
      `this table row has ${row.children.length} cells but the table has ${columns} columns; the last ${extra === 1 ? "cell is" : `${extra} cells are`} not shown`,
      row.children[columns]?.position?.start ?? row.position?.start,
      "add the missing column to the header row, or merge the extra cell into the one before it",
    );
  }
}

export function checkMarkdownQuirks(tree: Root, source: string, sink: DiagnosticSink): void {
  visit(tree, (node) => {
    if (node.type === "code" && isUnclosedFence(node, source)) {
      sink.warning(
        "this code block is never closed: everything after it, to the end of the article (or of the list item or quote it is in), is shown as code",
        node.position?.start,
        "add a closing ``` line where the code ends",
      );
    }
    if (node.type === "table") checkTable(node, sink);
  });
}
