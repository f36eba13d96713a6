/**
 * The words one language uses around error codes. Every field is required: a language
 * that lacks a word class does not compile, so no layout silently misses it. Matching is
 * case-insensitive and ignores surrounding whitespace and a trailing colon.
 */

/** What a table column holds, told by its header. */
export type ColumnRole = "code" | "name" | "message" | "description" | "symptom" | "cause" | "action" | "status";

export interface LanguageLabels {
  /** BCP 47 language subtag ("pt", "en"). */
  language: string;
  /** Labels of a code line ("**Código de erro**: X"), also used before a code in running text. */
  codeLabels: readonly string[];
  /** Labels of a message line ("**Mensagem de erro**: …"). */
  messageLabels: readonly string[];
  /** Labels of a numeric error id in running text ("ID de erro: 2013"). */
  idLabels: readonly string[];
  /** The word "error" (and "exception") on its own: "Erro 34506", "Error: 100110", "„Fehler 53“". */
  errorWords: readonly string[];
  /** Short words that join an error word and its code: "erro **de** X", "error **of** X". */
  connectors: readonly string[];
  /** Header cells of error tables, by what the column holds. */
  columns: Readonly<Record<ColumnRole, readonly string[]>>;
  /** Words of a cause label ("Causa 1", "Ursache 2"): a cause to check. */
  causeWords: readonly string[];
  /** Words of a procedure step label ("Passo 1", "Step 2"). */
  stepWords: readonly string[];
  /** Words of a solution label or heading ("Solução", "Resolution", "Lösung für Ursache 1"). */
  solutionWords: readonly string[];
  /** Headings of the parts of one error's section (symptom, description, cause, solution): they never open an entry of their own. */
  sectionWords: readonly string[];
  /** Parenthesised remarks saying an entry has no code of its own: "(no error code)". */
  noCodeRemarks: readonly string[];
}
