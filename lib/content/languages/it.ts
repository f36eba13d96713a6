import type { LanguageLabels } from "./types";

/** Italian. */
export const it: LanguageLabels = {
  language: "it",
  codeLabels: ["codice di errore", "codici di errore", "codice errore"],
  messageLabels: ["messaggio di errore", "messaggio errore"],
  idLabels: ["id errore", "id di errore"],
  errorWords: ["errore", "eccezione"],
  connectors: ["di", "del"],
  columns: {
    code: ["codice di errore", "codice errore", "codice", "chiave", "errore", "eccezione"],
    name: ["nome", "nome simbolico", "costante"],
    message: ["messaggio di errore", "messaggio", "dettagli errore"],
    symptom: ["sintomo", "sintomi", "problema"],
    cause: ["causa", "cause", "causa possibile"],
    description: ["descrizione"],
    action: ["soluzione", "risoluzione", "azione consigliata", "azione suggerita"],
    status: ["codice di stato http", "stato http"],
  },
  causeWords: ["causa", "motivo"],
  stepWords: ["passaggio", "passo"],
  solutionWords: ["soluzione", "risoluzione"],
  sectionWords: ["sintomo", "sintomi", "problema", "errore", "messaggio di errore", "descrizione", "causa", "soluzione", "risoluzione"],
  noCodeRemarks: ["nessun codice di errore"],
};
