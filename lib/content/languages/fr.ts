import type { LanguageLabels } from "./types";

/** French. */
export const fr: LanguageLabels = {
  language: "fr",
  codeLabels: ["code d'erreur", "codes d'erreur", "code d’erreur", "codes d’erreur"],
  messageLabels: ["message d'erreur", "message d’erreur"],
  idLabels: ["id d'erreur", "id d’erreur"],
  errorWords: ["erreur", "exception"],
  connectors: ["de", "du", "d'"],
  columns: {
    code: ["code d'erreur", "code d’erreur", "code", "clé", "erreur", "type d'exception", "type d’exception", "exception"],
    name: ["nom", "nom symbolique", "constante"],
    message: ["message d'erreur", "message d’erreur", "message", "détails de l'erreur"],
    symptom: ["symptôme", "symptômes", "problème"],
    cause: ["cause", "causes", "cause possible", "causes possibles"],
    description: ["description", "description/cause/exemples"],
    action: ["solution", "résolution", "action recommandée", "action suggérée", "actions suggérées"],
    status: ["code d'état http", "code d’état http", "état http"],
  },
  causeWords: ["cause", "raison"],
  stepWords: ["étape"],
  solutionWords: ["solution", "résolution", "contournement"],
  sectionWords: ["symptôme", "symptômes", "problème", "description", "cause", "causes", "solution", "résolution", "causes courantes", "erreur", "message d'erreur"],
  noCodeRemarks: ["aucun code d'erreur", "pas de code d'erreur"],
};
