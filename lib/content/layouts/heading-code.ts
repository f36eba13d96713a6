/**
 * A heading that is the code or names it: a bare code ("QuotaExceededException",
 * "403004 DeviceMaximumQueueDepthExceeded", "400 Mau Pedido"), a labelled code anywhere in
 * it ("Error 1234: …", "Error: SOME_CODE", "(código de erro: 95103)",
 * "(ErrorID: 95107 & 95108)", "„Fehler 53“", "Codice di errore: X"), a number with its
 * hexadecimal form ("-2147023170 [0x800706BE]"), a hexadecimal number, or an identifier
 * beside an error word ("erro de MaintenanceWindowExceeded"). Parts of an error's section
 * ("Cause", "Solução") never name an entry.
 */
import { sectionAt } from "../anchors";
import { codeMentions, leadingCodes, withoutMentions } from "../codes";
import { layoutEntry } from "../steps";
import { headingPoint } from "./shared";
import type { HeadingLayout } from "./types";

/** The codes a heading names and the message it carries beside them. */
export function headingCodes(title: string): { codes: string[]; message: string } {
  const leading = leadingCodes(title);
  if (leading) {
    // "E_ACCESSDENIED (0x80070005)": the rest may name the same error in another form.
    const more = codeMentions(leading.rest).filter((code) => !leading.codes.includes(code));
    return { codes: [...leading.codes, ...more], message: leading.rest.replace(/\s*\([^()]*\)/g, (group) => (codeMentions(group).length ? "" : group)).trim() };
  }
  const codes = codeMentions(title);
  const withoutGroups = title.replace(/\s*\([^()]*\)/g, (group) => (codeMentions(group).length ? "" : group)).trim();
  // "Erro VSS-2147023170 [0x800706BE] - código de saída 511" → "Erro VSS - código de saída 511".
  const rest = withoutMentions(withoutGroups)
    .replace(/[„“"«][\s,]*[“”"»]/g, "")
    .replace(/^[\s:,\-–—]+|[\s:,\-–—]+$/g, "");
  // A rest that starts in lower case is a fragment ("beim Versuch, …"): the whole title reads better.
  const readable = /\p{L}{3,}/u.test(rest) && !/^\p{Ll}/u.test(rest) && rest.length < withoutGroups.length;
  return { codes, message: readable ? rest : withoutGroups };
}

export const headingCode: HeadingLayout = {
  name: "code in the heading",
  underTitle: false,
  detect({ tree, index, heading, title, line, anchors, sink, isSectionPart }) {
    if (isSectionPart) return [];
    const { codes, message } = headingCodes(title);
    if (codes.length === 0) return [];
    const at = headingPoint(heading);
    const layout = layoutEntry(tree, sectionAt(tree, { index, depth: heading.depth }), anchors, sink, line);
    return [{ anchored: true, printed: codes.map((text) => ({ text, heading: null, at, certain: false })), message: message || title, line, ...layout }];
  },
};
