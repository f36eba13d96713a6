/**
 * The words articles use around error codes, in the languages the documentation set
 * is published in (and English, which machine translation often leaves in place).
 * Matching is case-insensitive and ignores surrounding whitespace and a trailing colon;
 * new languages are added here and nowhere else.
 */

/** Labels of a code line ("**Código de erro**: X"), also used before a code in running text. */
const codeLabels = [
  "código de erro",
  "códigos de erro",
  "error code",
  "error codes",
  "errorcode",
  "código de error",
  "códigos de error",
  "fehlercode",
  "fehlercodes",
  "code d'erreur",
  "codes d'erreur",
  "codice di errore",
  "codici di errore",
];

const messageLabels = [
  "mensagem de erro",
  "error message",
  "mensaje de error",
  "fehlermeldung",
  "message d'erreur",
  "messaggio di errore",
];

/** Labels of a numeric error id in running text: "(ID: 34513)", "ID de erro: 2013". */
const idLabels = ["id de erro", "error id", "id de error", "fehler-id", "id d'erreur", "id errore", "id"];

/** The word "error" on its own: "Erro 34506", "Error: 100110", and a cell that starts with "**Error**". */
const errorWords = ["erro", "error", "fehler", "erreur", "errore"];

export type ColumnRole = "message" | "symptom" | "cause" | "action";

/** Header cells of error tables, by what the column holds. */
const columnLabels: Record<ColumnRole, string[]> = {
  message: [
    ...messageLabels,
    "detalhes do erro",
    "error details",
    "detalles del error",
    "fehlerdetails",
    "détails de l'erreur",
    "dettagli errore",
  ],
  symptom: ["sintoma", "sintomas", "symptom", "symptoms", "síntoma", "síntomas", "symptome", "symptôme"],
  cause: [
    "causa",
    "causas",
    "causa possível",
    "causas possíveis",
    "possível causa",
    "possíveis causas",
    "cause",
    "causes",
    "possible cause",
    "possible causes",
    "causa posible",
    "causas posibles",
    "posibles causas",
    "ursache",
    "ursachen",
    "mögliche ursachen",
  ],
  action: [
    "solução",
    "soluções",
    "solução alternativa",
    "ação recomendada",
    "ações recomendadas",
    "resolução",
    "solution",
    "solutions",
    "workaround",
    "recommended action",
    "recommended actions",
    "resolution",
    "solución",
    "acción recomendada",
    "acciones recomendadas",
    "resolución",
    "lösung",
    "empfohlene maßnahme",
    "empfohlene maßnahmen",
  ],
};

function normalise(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*:$/, "")
    .toLowerCase();
}

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

/** Every label that may stand right before a code in running text, longest first. */
export const mentionLabels: readonly string[] = [...codeLabels, ...idLabels, ...errorWords].sort(
  (a, b) => b.length - a.length,
);

/** Whether a text is only the word "error" ("**Error**" at the start of a table cell). */
export function isErrorWord(text: string): boolean {
  return errorWords.includes(normalise(text));
}

/** What a table column holds, from its header text; null for other columns ("Operação"). */
export function columnRoleOf(text: string): ColumnRole | null {
  const normalised = normalise(text);
  for (const role of ["message", "symptom", "cause", "action"] as const) {
    if (columnLabels[role].includes(normalised)) return role;
  }
  return null;
}
