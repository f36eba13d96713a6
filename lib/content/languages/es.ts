import type { LanguageLabels } from "./types";

/** Spanish. */
export const es: LanguageLabels = {
  language: "es",
  codeLabels: ["código de error", "códigos de error"],
  messageLabels: ["mensaje de error"],
  idLabels: ["id de error"],
  errorWords: ["error", "excepción"],
  connectors: ["de", "del"],
  columns: {
    code: ["código de error", "código", "clave", "error", "excepción"],
    name: ["nombre", "nombre simbólico", "constante"],
    message: ["mensaje de error", "mensaje", "detalles del error"],
    symptom: ["síntoma", "síntomas", "problema"],
    cause: ["causa", "causas", "causa posible", "causas posibles", "posibles causas"],
    description: ["descripción"],
    action: ["solución", "acción recomendada", "acciones recomendadas", "resolución"],
    status: ["código de estado http", "estado http"],
  },
  causeWords: ["causa", "motivo"],
  stepWords: ["paso"],
  solutionWords: ["solución", "resolución"],
  sectionWords: ["síntoma", "síntomas", "problema", "descripción", "causa", "causas", "solución", "resolución", "error", "mensaje de error"],
  noCodeRemarks: ["sin código de error"],
};
