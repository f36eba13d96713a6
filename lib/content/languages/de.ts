import type { LanguageLabels } from "./types";

/** German. */
export const de: LanguageLabels = {
  language: "de",
  codeLabels: ["fehlercode", "fehlercodes", "fehler-id"],
  messageLabels: ["fehlermeldung"],
  idLabels: ["fehler-id"],
  errorWords: ["fehler", "systemfehler", "ausnahme"],
  connectors: [],
  columns: {
    code: ["fehlercode", "code", "schlüssel", "fehler", "ausnahme", "ausnahmetyp"],
    name: ["name", "symbolischer name", "konstante"],
    message: ["fehlermeldung", "meldung", "fehlerdetails"],
    symptom: ["symptom", "symptome", "problem"],
    cause: ["ursache", "ursachen", "mögliche ursachen"],
    description: ["beschreibung"],
    action: ["lösung", "empfohlene maßnahme", "empfohlene maßnahmen", "problemumgehung"],
    status: ["http-statuscode", "http-status", "statuscode"],
  },
  causeWords: ["ursache", "grund"],
  stepWords: ["schritt"],
  solutionWords: ["lösung", "problemumgehung"],
  sectionWords: ["symptom", "symptome", "problem", "beschreibung", "ursache", "lösung", "problemumgehung", "fehler", "fehlermeldung"],
  noCodeRemarks: ["kein fehlercode"],
};
