import type { LanguageLabels } from "./types";

/** Portuguese (pt-PT and pt-BR, machine translations included). */
export const pt: LanguageLabels = {
  language: "pt",
  codeLabels: ["código de erro", "códigos de erro", "código do erro", "id do erro"],
  messageLabels: ["mensagem de erro", "mensagem do erro"],
  idLabels: ["id de erro"],
  errorWords: ["erro", "exceção", "falha"],
  connectors: ["de", "do", "da"],
  columns: {
    code: ["código de erro", "código do erro", "códigos de erro", "código", "chave", "exceção", "erro", "id de erro"],
    name: ["nome", "nome simbólico", "constante"],
    message: ["mensagem de erro", "mensagem", "detalhes do erro"],
    symptom: ["sintoma", "sintomas", "problema"],
    cause: ["causa", "causas", "causa possível", "causas possíveis", "possível causa", "possíveis causas"],
    description: ["descrição"],
    action: ["solução", "soluções", "solução alternativa", "ação recomendada", "ações recomendadas", "resolução", "resolução ou ação"],
    status: ["código de estado http", "código de status http", "estado http", "status http"],
  },
  causeWords: ["causa", "fazer com que", "motivo"],
  stepWords: ["passo", "etapa"],
  solutionWords: ["solução", "resolução", "solução alternativa"],
  sectionWords: ["sintoma", "sintomas", "problema", "descrição", "causa", "causas", "solução", "resolução", "solução alternativa", "mais informações", "erro", "mensagem de erro"],
  noCodeRemarks: ["sem código de erro"],
};
