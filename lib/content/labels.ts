/**
 * The words articles use to label code and message lines, in the languages the
 * documentation set is published in. Matching is case-insensitive and ignores
 * a trailing colon; new languages are added here and nowhere else.
 */
const codeLabels = ["código de erro", "error code", "código de error", "fehlercode", "code d'erreur", "codice di errore"];
const messageLabels = [
  "mensagem de erro",
  "error message",
  "mensaje de error",
  "fehlermeldung",
  "message d'erreur",
  "messaggio di errore",
];

function labelledValue(labels: string[], text: string): string | null {
  const normalised = text.replace(/\s+/g, " ").trim();
  const lower = normalised.toLowerCase();
  for (const label of labels) {
    if (!lower.startsWith(label)) continue;
    const rest = normalised.slice(label.length);
    const match = /^\s*:\s*(.*)$/s.exec(rest);
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

const codeToken = /^(?:[A-Za-z][A-Za-z0-9_]*[A-Za-z0-9]|0x[0-9A-Fa-f]+|\d{3,})$/;

/** Splits "A / B" or "A, B" into codes; anything that is not a code token is dropped. */
export function codeTokens(value: string): string[] {
  return value
    .split(/[\s/,;]+/)
    .map((token) => token.trim())
    .filter((token) => codeToken.test(token));
}
