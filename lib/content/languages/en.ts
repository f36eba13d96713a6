import type { LanguageLabels } from "./types";

/** English: originals, and the words machine translation leaves in place. */
export const en: LanguageLabels = {
  language: "en",
  codeLabels: ["error code", "error codes", "errorcode", "error id", "errorid", "result code"],
  messageLabels: ["error message"],
  idLabels: ["error id", "id"],
  errorWords: ["error", "exception", "status"],
  connectors: ["of"],
  columns: {
    code: ["error code", "error codes", "code", "key", "error", "exception", "exception type", "result code", "error id"],
    name: ["name", "symbolic name", "symbol", "constant"],
    message: ["error message", "message", "error details"],
    symptom: ["symptom", "symptoms", "issue", "problem"],
    cause: ["cause", "causes", "possible cause", "possible causes"],
    description: ["description", "details"],
    action: ["solution", "solutions", "workaround", "recommended action", "recommended actions", "resolution", "suggested action", "action"],
    status: ["http status code", "http status", "status code"],
  },
  causeWords: ["cause", "reason"],
  stepWords: ["step"],
  solutionWords: ["solution", "resolution", "workaround", "fix"],
  sectionWords: ["symptom", "symptoms", "issue", "problem", "description", "cause", "causes", "solution", "resolution", "workaround", "more information", "error", "error message"],
  noCodeRemarks: ["no error code"],
};
