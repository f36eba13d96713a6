/**
 * The words articles use around error codes, gathered from every language's label set
 * (languages/). Matching is case-insensitive and ignores surrounding whitespace and a
 * trailing colon; words of every language are matched in every article, because machine
 * translation leaves English (and others) in place. New languages go in languages/.
 */
import { type ColumnRole, type LanguageLabels, languages } from "./languages";

export type { ColumnRole } from "./languages";

function gather(pick: (language: LanguageLabels) => readonly string[]): string[] {
  return [...new Set(languages.flatMap((language) => pick(language).map((word) => word.toLowerCase())))];
}

const longestFirst = (words: string[]): string[] => [...words].sort((a, b) => b.length - a.length);

const codeLabels = longestFirst(gather((l) => l.codeLabels));
const messageLabels = longestFirst(gather((l) => l.messageLabels));
const idLabels = gather((l) => l.idLabels);
const errorWords = gather((l) => l.errorWords);
const sectionWords = new Set(gather((l) => l.sectionWords));
const solutionWords = gather((l) => l.solutionWords);
const noCodeRemarks = gather((l) => l.noCodeRemarks);
const columnRoles: readonly ColumnRole[] = ["code", "name", "message", "description", "symptom", "cause", "action", "status"];
const columnLabels = new Map<string, ColumnRole>();
// Status columns first: "Código de estado HTTP" must not be read as a code column.
for (const role of ["status", ...columnRoles.filter((r) => r !== "status")] as const) {
  for (const word of gather((l) => l.columns[role])) if (!columnLabels.has(word)) columnLabels.set(word, role);
}

/** Cause words of every language ("causa", "cause", "ursache"). */
export const causeWords: readonly string[] = gather((l) => l.causeWords);
/** Procedure step words of every language ("passo", "step", "schritt"). */
export const stepWords: readonly string[] = gather((l) => l.stepWords);

function normalise(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*[:：]$/, "")
    .toLowerCase();
}

/** Whether a step label's word ("Causa", "Passo", "Fazer com que") names a cause to check or a step of a procedure. */
export function stepWordKind(word: string): "cause" | "step" | null {
  const normalised = normalise(word);
  if (causeWords.includes(normalised)) return "cause";
  if (stepWords.includes(normalised)) return "step";
  return null;
}

function labelledValue(labels: readonly string[], text: string): string | null {
  const normalised = text.replace(/\s+/g, " ").trim();
  const lower = normalised.toLowerCase();
  for (const label of labels) {
    if (!lower.startsWith(label)) continue;
    const rest = normalised.slice(label.length);
    const match = /^\s*[:：]\s*(.*)$/s.exec(rest);
    if (match) return (match[1] ?? "").trim();
  }
  return null;
}

/** The value after "Código de erro:" and its equivalents, or null. */
export function codeLineValue(text: string): string | null {
  return labelledValue(codeLabels, text);
}

/** The value after "Mensagem de erro:" and its equivalents, or null. */
export function messageLineValue(text: string): string | null {
  return labelledValue(messageLabels, text);
}

/** Every label that may stand right before a code in running text, longest first. */
export const mentionLabels: readonly string[] = longestFirst([...new Set([...codeLabels, ...idLabels, ...errorWords])]);

/** Short words between an error word and its code ("erro de X"). */
export const connectorWords: readonly string[] = gather((l) => l.connectors);

/** The error words alone ("erro", "error", "exception"), for "the `X` error" and "erro de X". */
export const errorWordList: readonly string[] = errorWords;

/** Whether a text is only the word "error" ("**Error**" at the start of a table cell). */
export function isErrorWord(text: string): boolean {
  return errorWords.includes(normalise(text));
}

/** What a table column holds, from its header text; null for other columns ("Operação"). */
export function columnRoleOf(text: string): ColumnRole | null {
  return columnLabels.get(normalise(text)) ?? null;
}

/**
 * Whether a heading names a part of one error's section ("Cause", "Solução", "Lösung für
 * Ursache 1", "Ursache 2: …") rather than an error of its own.
 */
export function isSectionHeading(text: string): boolean {
  const normalised = normalise(text);
  if (sectionWords.has(normalised)) return true;
  const firstWords = normalised.split(/[\s:：.]+/).slice(0, 3).join(" ");
  return (
    [...causeWords, ...solutionWords].some((word) => normalised === word || normalised.startsWith(`${word} `) || normalised.startsWith(`${word}:`)) &&
    /\d/.test(firstWords)
  );
}

/** Whether a parenthesised remark says the entry has no code ("(no error code)"). */
export function isNoCodeRemark(text: string): boolean {
  return noCodeRemarks.includes(normalise(text.replace(/^\(|\)$/g, "")));
}

/** Whether a heading opens the part of an error's section that shows it ("Symptom", "Description", "Problema"). */
export function isSymptomHeading(text: string): boolean {
  const role = columnRoleOf(text);
  return role === "symptom" || role === "description";
}
