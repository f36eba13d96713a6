/**
 * What an error code looks like: the slots of a code line, codes mentioned in running
 * text ("(ID: 34513)", "erro 0x80070780"), and the shape tests behind both. Language
 * words come from labels.ts; this module only knows shapes.
 */
import { mentionLabels } from "./labels";

/** A code as a code line prints it: one identifier, a number, or a hexadecimal number. */
const cleanCode = /^(?:0x[0-9A-Fa-f]+|[A-Za-z0-9][A-Za-z0-9_]*[A-Za-z0-9])$/;

/** A word that is a code on its own, without a label: camel-cased identifiers, long numbers, hex. */
const codeShape = /^(?:0x[0-9A-Fa-f]{4,}|\d{3,}|[\p{L}][\p{L}\p{N}_]*\p{Ll}\p{Lu}[\p{L}\p{N}_]*)$/u;

/** The same, for ASCII only: what a label may introduce in running text. */
const mentionedCode = /0x[0-9A-Fa-f]{4,}|\d{3,}|[A-Za-z][A-Za-z0-9_]*[a-z][A-Z][A-Za-z0-9_]*/y;

const listSeparator = /\s*[,/;]\s*/y;
const labelSeparator = /\s*(?:[:\-–]\s*)?/y;
const hexNumber = /(?<![\p{L}\p{N}_=&])0x[0-9A-Fa-f]{4,}(?![\p{L}\p{N}])/gu;

export function isCleanCode(text: string): boolean {
  return cleanCode.test(text);
}

/** Whether a word is a code without any label around it; identifiers need six characters or more. */
export function looksLikeCode(word: string): boolean {
  const isNumber = /^(?:\d|0x)/.test(word);
  return codeShape.test(word) && (isNumber || word.length >= 6);
}

/** Splits the value of a code line into the codes it lists: "A / B", "A/B", "320001, ResourceNotFound". */
export function codeSlots(value: string): string[] {
  return value
    .split(/\s*[/,;]\s*/)
    .map((slot) => slot.trim())
    .filter(Boolean);
}

/** English identifiers left inside a machine-translated slot ("Estado VmNotInDesirable" → VmNotInDesirable). */
export function englishTokens(slot: string): string[] {
  return slot.split(/\s+/).filter((word) => /^[A-Za-z][A-Za-z0-9_]*$/.test(word) && looksLikeCode(word));
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const labelPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${mentionLabels.map(escapeForPattern).join("|")})(?![\\p{L}])`,
  "giu",
);

interface Mention {
  code: string;
  /** Where the code starts. */
  at: number;
  /** Where the mention starts (its label, if any) and ends. */
  from: number;
  to: number;
}

/** The codes right after a label: one, or a list ("códigos de erro: A, B, C"). */
function codesAfter(text: string, from: number, start: number): Mention[] {
  const codes: Mention[] = [];
  labelSeparator.lastIndex = start;
  let at = labelSeparator.exec(text) ? labelSeparator.lastIndex : start;
  for (;;) {
    mentionedCode.lastIndex = at;
    const match = mentionedCode.exec(text);
    const to = mentionedCode.lastIndex;
    if (!match || /[\p{L}\p{N}_]/u.test(text[to] ?? "")) return codes;
    codes.push({ code: match[0], at, from, to });
    listSeparator.lastIndex = to;
    if (!listSeparator.exec(text)) return codes;
    at = listSeparator.lastIndex;
  }
}

function mentionsIn(text: string): Mention[] {
  const found: Mention[] = [];
  for (const label of text.matchAll(labelPattern)) {
    const from = label.index ?? 0;
    found.push(...codesAfter(text, from, from + label[0].length));
  }
  for (const hex of text.matchAll(hexNumber)) {
    const at = hex.index ?? 0;
    found.push({ code: hex[0], at, from: at, to: at + hex[0].length });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Codes a sentence or table cell mentions: after a label ("ID: 2013", "Erro 34506") or hexadecimal anywhere. */
export function codeMentions(text: string): string[] {
  const codes: string[] = [];
  for (const { code } of mentionsIn(text)) {
    if (!codes.some((known) => known.toLowerCase() === code.toLowerCase())) codes.push(code);
  }
  return codes;
}

/** The text without its code mentions and their labels: "ID de erro: 2013" → "". */
export function withoutMentions(text: string): string {
  let out = "";
  let at = 0;
  for (const mention of mentionsIn(text)) {
    if (mention.from > at) out += text.slice(at, mention.from);
    at = Math.max(at, mention.to);
  }
  return (out + text.slice(at)).replace(/\s+/g, " ").trim();
}
