/**
 * A heading that is only the code, followed by an error table: key/value rows
 * ("**Mensagem de Erro** | …", "Possíveis causas | …") or a header row and one row.
 */
import type { Paragraph } from "mdast";
import { sectionAt } from "../anchors";
import { looksLikeCode } from "../codes";
import { layoutEntry } from "../steps";
import { cellMessage, cellParagraph, keyValueRows, readErrorTable } from "../tables";
import { headingPoint } from "./shared";
import { rowParagraphs } from "./table-rows";
import type { HeadingLayout } from "./types";

export const codeHeadingTable: HeadingLayout = {
  name: "code heading and error table",
  underTitle: false,
  detect({ tree, index, heading, title, line, anchors, sink }) {
    if (/\s/.test(title) || !looksLikeCode(title)) return [];
    const [first, ...rest] = sectionAt(tree, { index, depth: heading.depth });
    const table = first?.type === "table" ? readErrorTable(first) : null;
    if (!table || table.codeColumn >= 0) return [];
    let message: string | null;
    let paragraphs: Paragraph[];
    if (table.keyValue) {
      const content = keyValueRows(table);
      message = content.message;
      paragraphs = content.rows.map((row) => cellParagraph(row.label, row.cell));
    } else {
      const cells = table.rows[0]?.cells ?? [];
      const messageColumn = table.roles.indexOf("message");
      const messageCell = cells[messageColumn];
      message = messageCell ? cellMessage(messageCell) : null;
      paragraphs = rowParagraphs(table, cells, messageCell ? [messageColumn] : []);
    }
    const layout = layoutEntry(tree, rest, anchors, sink, line);
    return [
      {
        anchored: true,
        printed: [{ text: title, heading: null, at: headingPoint(heading), certain: true }],
        message: message || title,
        line,
        intro: [...paragraphs, ...layout.intro],
        steps: layout.steps,
        body: layout.body,
      },
    ];
  },
};
