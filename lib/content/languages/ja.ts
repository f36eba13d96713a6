import type { LanguageLabels } from "./types";

/** Japanese. Words are matched with and without the space Japanese docs put between katakana words ("エラー コード"). */
export const ja: LanguageLabels = {
  language: "ja",
  codeLabels: ["エラー コード", "エラーコード"],
  messageLabels: ["エラー メッセージ", "エラーメッセージ"],
  idLabels: ["エラー id"],
  errorWords: ["エラー", "例外"],
  connectors: [],
  columns: {
    code: ["エラー コード", "エラーコード", "コード", "キー", "エラー", "例外"],
    name: ["名前", "シンボル名", "定数"],
    message: ["エラー メッセージ", "エラーメッセージ", "メッセージ"],
    symptom: ["症状", "現象", "問題"],
    cause: ["原因"],
    description: ["説明"],
    action: ["解決策", "解決方法", "対処法", "推奨される操作"],
    status: ["http 状態コード", "http ステータス コード", "http 状態"],
  },
  causeWords: ["原因"],
  stepWords: ["手順", "ステップ"],
  solutionWords: ["解決策", "解決方法", "対処法"],
  sectionWords: ["症状", "現象", "問題", "説明", "原因", "解決策", "解決方法", "対処法", "エラー", "エラー メッセージ"],
  noCodeRemarks: ["エラー コードなし"],
};
