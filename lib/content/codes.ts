/**
 * What an error identifier looks like, whatever the article's language or layout:
 * symbolic codes (CamelCase `AllocationFailed`, UPPER_SNAKE `ERROR_ACCESS_DENIED`,
 * prefixed numbers `AADSTS50020`, exception names, dotted `Client.VolumeLimitExceeded`),
 * numbers, hexadecimal numbers, a number with its hexadecimal form
 * (`-2147164145 [0x8004E00F]`) or its SQLSTATE (`2627 (23000)`), HTTP statuses. Language
 * words come from labels.ts; this module only knows shapes. Every pattern here is linear
 * in its input (no nested quantifiers over the same characters), so a long heading cannot
 * stall the parser.
 */
import { connectorWords, errorWordList, mentionLabels } from "./labels";

/** The kinds of identifier the parser knows by shape. */
export type IdentifierKind = "hex" | "number" | "prefixed" | "snake" | "camel" | "dotted" | "word";

/** A code as a code line prints it: one identifier, a number, or a hexadecimal number. */
const cleanCode = /^(?:0x[0-9A-Fa-f]+|-?\d+|[A-Za-z0-9][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)$/;

const letters = /^\p{L}[\p{L}\p{N}_]*$/u;
const hump = /\p{Ll}\p{Lu}/u;
const knowledgeBaseNumber = /^KB\d+$/i;

export function isCleanCode(text: string): boolean {
  return (text.length >= 2 || /^\d$/.test(text)) && cleanCode.test(text);
}

/** The kind of identifier a single word is by its shape alone, or null. A plain word ("Unsupported") is "word": a code only where its place says so. */
export function identifierKind(word: string): IdentifierKind | null {
  if (word.length === 0 || word.length > 200) return null;
  if (/^0x[0-9A-Fa-f]{4,}$/.test(word)) return "hex";
  if (/^-?\d{3,}$/.test(word)) return "number";
  if (knowledgeBaseNumber.test(word)) return null;
  if (/^[A-Z]{2,}\d{3,}$/.test(word)) return "prefixed";
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(word) || /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(word)) return "snake";
  if (/^[A-Za-z]\w*(?:\.[A-Za-z]\w*)+$/.test(word)) {
    const last = word.slice(word.lastIndexOf(".") + 1);
    return identifierKind(last) === "camel" ? "dotted" : null;
  }
  if (letters.test(word)) {
    if (word.length >= 6 && hump.test(word)) return "camel";
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return "word";
  }
  return null;
}

/** A word that is a code on its own, without a label: camel-cased identifiers, snake case, prefixed and long numbers, hex. */
export function looksLikeCode(word: string): boolean {
  const kind = identifierKind(word);
  return kind !== null && kind !== "word";
}

/** Splits the value of a code line into the codes it lists: "A / B", "A/B", "320001, ResourceNotFound". */
export function codeSlots(value: string): string[] {
  const slots: string[] = [];
  for (const slot of value.split(/[/,;]/)) {
    const trimmed = slot.trim();
    if (trimmed) slots.push(trimmed);
  }
  return slots;
}

/** English identifiers left inside a machine-translated slot ("Estado VmNotInDesirable" → VmNotInDesirable). */
export function englishTokens(slot: string): string[] {
  return slot.split(/\s+/).filter((word) => /^[A-Za-z][A-Za-z0-9_]*$/.test(word) && looksLikeCode(word));
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const labelSource = `(?<![\\p{L}\\p{N}])(?:${mentionLabels.map(escapeForPattern).join("|")})(?![\\p{L}])`;
const labelPattern = new RegExp(labelSource, "giu");
/** The same label at the start of a text ("„Fehler 67“" after "„Fehler 53“, "). */
const leadingLabel = new RegExp(`^${labelSource}`, "iu");

/** What a label may introduce in running text: a number (two digits or more), hex, or a symbolic identifier. */
const mentionedCode = /0x[0-9A-Fa-f]{1,16}|-?\d{2,}|[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*/y;
const listSeparator = /[ \t]*(?:[,/;&]|\b(?:and|or|e|ou|y|o|und|oder|et|ed)\b)[ \t]*/y;
const labelSeparator = /[ \t]*(?:(?:[:：–]|-(?!\d))[ \t]*)?[„“"'«]?[ \t]*/y;
const hexNumber = /(?<![\p{L}\p{N}_=&])0x[0-9A-Fa-f]{4,}(?![\p{L}\p{N}])/gu;
/** An HTTP status named as such: "HTTP 404", "HTTP/1.1 503", "HTTP status 429". */
const httpStatus = /(?<![\p{L}])HTTP(?:\/\d(?:\.\d)?)?[ \t]*(?:status(?:[ \t]+code)?[ \t:]*)?([1-5]\d\d)(?!\d)/giu;
/** A number with its hexadecimal form ("-2147164145 [0x8004E00F]", "7 [0x7]") or its SQLSTATE ("2627 (23000)"). */
const pairedNumber = /(?<![\p{N}.])(-?\d{1,10})[ \t]*(?:\[(0x[0-9A-Fa-f]{1,8})\]|\(([0-9A-Z]{5})\))/gu;

interface Mention {
  code: string;
  /** Where the code starts. */
  at: number;
  /** Where the mention starts (its label, if any) and ends. */
  from: number;
  to: number;
}

/** A code a label introduces must have a code's shape; a number or hex right after a label always has. */
function acceptsAfterLabel(code: string): boolean {
  if (/^-?(?:0x[0-9A-Fa-f]+|\d+)$/.test(code)) return true;
  const kind = identifierKind(code);
  return kind !== null && kind !== "word";
}

/** The codes right after a label: one, or a list ("códigos de erro: A, B, C", "ErrorID: 95107 & 95108"). */
function codesAfter(text: string, from: number, start: number): Mention[] {
  const codes: Mention[] = [];
  labelSeparator.lastIndex = start;
  let at = labelSeparator.exec(text) ? labelSeparator.lastIndex : start;
  for (;;) {
    mentionedCode.lastIndex = at;
    const match = mentionedCode.exec(text);
    const to = mentionedCode.lastIndex;
    if (!match || /[\p{L}\p{N}_]/u.test(text[to] ?? "") || !acceptsAfterLabel(match[0])) return codes;
    codes.push({ code: match[0], at, from, to });
    listSeparator.lastIndex = /[„“"'»]/.test(text[to] ?? "") ? to + 1 : to;
    if (!listSeparator.exec(text)) return codes;
    at = listSeparator.lastIndex;
    // "„Fehler 53“, „Fehler 67“": the next item may repeat the label.
    const rest = text.slice(at, at + 80);
    const again = /^[ \t]*[„“"']?[ \t]*/.exec(rest)?.[0].length ?? 0;
    const relabel = leadingLabel.exec(rest.slice(again));
    if (relabel) at += again + relabel[0].length;
    labelSeparator.lastIndex = at;
    if (labelSeparator.exec(text)) at = labelSeparator.lastIndex;
  }
}

function hexValue(hex: string): number {
  return Number.parseInt(hex.slice(2), 16);
}

function pairedMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(pairedNumber)) {
    const [whole, decimal = "", hex, sqlState] = match;
    const at = match.index ?? 0;
    const value = Number(decimal);
    if (hex !== undefined) {
      const unsigned = hexValue(hex);
      if (unsigned !== value && unsigned - 2 ** 32 !== value) continue;
      found.push({ code: decimal, at, from: at, to: at + decimal.length });
      found.push({ code: hex, at: at + whole.indexOf(hex), from: at, to: at + whole.length });
    } else if (sqlState !== undefined && decimal.length >= 3) {
      found.push({ code: decimal, at, from: at, to: at + whole.length });
    }
  }
  return found;
}

const errorWordSet = new Set(errorWordList);
const connectorSet = new Set(connectorWords);

/** "erro de ManutençãoWindowExceeded", "the InstanceLimitExceeded error": a symbolic identifier right beside an error word. */
function besideErrorWord(text: string): Mention[] {
  const found: Mention[] = [];
  const tokens = [...text.matchAll(/[\p{L}\p{N}_.]+/gu)].map((match) => ({ word: match[0].replace(/\.$/, ""), at: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
  // Only words with nothing but spaces between them: "the X error", not "X (error message)".
  const next = (index: number) => {
    const here = tokens[index];
    const following = tokens[index + 1];
    return here && following && /^[ \t]+$/.test(text.slice(here.end, following.at)) ? following : undefined;
  };
  tokens.forEach((token, index) => {
    if (!errorWordSet.has(token.word.toLowerCase())) return;
    const after = next(index);
    const skip = after && connectorSet.has(after.word.toLowerCase()) ? next(index + 1) : after;
    const before = index > 0 && next(index - 1) === token ? tokens[index - 1] : undefined;
    for (const candidate of [before, skip]) {
      const kind = candidate ? identifierKind(candidate.word) : null;
      if (candidate && (kind === "camel" || kind === "snake" || kind === "prefixed" || kind === "dotted")) {
        found.push({ code: candidate.word, at: candidate.at, from: candidate.at, to: candidate.at + candidate.word.length });
      }
    }
  });
  return found;
}

export interface MentionOptions {
  /** Whether a hexadecimal number is a code without a label (in headings and table cells; not in running sentences, where hex numbers are often examples). */
  bareHex: boolean;
}

function mentionsIn(text: string, options: MentionOptions = { bareHex: true }): Mention[] {
  const found: Mention[] = [];
  for (const label of text.matchAll(labelPattern)) {
    const from = label.index ?? 0;
    found.push(...codesAfter(text, from, from + label[0].length));
  }
  for (const hex of options.bareHex ? text.matchAll(hexNumber) : []) {
    const at = hex.index ?? 0;
    found.push({ code: hex[0], at, from: at, to: at + hex[0].length });
  }
  for (const status of text.matchAll(httpStatus)) {
    const code = status[1] ?? "";
    const at = (status.index ?? 0) + status[0].length - code.length;
    found.push({ code, at, from: status.index ?? 0, to: at + code.length });
  }
  found.push(...pairedMentions(text), ...besideErrorWord(text));
  return found.sort((a, b) => a.at - b.at || b.to - a.to);
}

/** Codes a sentence or table cell mentions: after a label ("ID: 2013", "Erro 34506"), beside an error word, or hexadecimal anywhere. */
export function codeMentions(text: string, options?: MentionOptions): string[] {
  const codes: string[] = [];
  for (const { code } of mentionsIn(text, options)) {
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

/** Whether a leading number may be a code on its own: an HTTP status (100–599) or five digits and more. */
function isLeadingNumber(word: string): boolean {
  if (!/^\d+$/.test(word)) return false;
  const value = Number(word);
  return (word.length === 3 && value >= 100 && value <= 599) || word.length >= 5;
}

/**
 * The codes a title starts with, and the rest: "403004 DeviceMaximumQueueDepthExceeded",
 * "400 Mau Pedido", "QuotaExceededException", "AADSTS50020 - User not found". Null when the
 * title does not start with an identifier.
 */
export function leadingCodes(title: string): { codes: string[]; rest: string } | null {
  const codes: string[] = [];
  let at = 0;
  const word = /[ \t]*([^\s:,;/()[\]]+)/y;
  // "ImagePullBackOff or ErrImagePull", "A, B": codes listed one after the other.
  const joiner = /[ \t]*(?:[,/;&]|(?:or|and|ou|e|oder|und|o|y|et)(?=[ \t]))/y;
  for (;;) {
    if (codes.length > 0) {
      joiner.lastIndex = at;
      if (joiner.exec(title)) {
        word.lastIndex = joiner.lastIndex;
        const next = word.exec(title);
        const kind = next ? identifierKind((next[1] ?? "").replace(/[.\u201c\u201d"]+$/, "")) : null;
        if (next && kind !== null && kind !== "word" && kind !== "number") at = joiner.lastIndex;
      }
    }
    word.lastIndex = at;
    const match = word.exec(title);
    if (!match) break;
    const token = (match[1] ?? "").replace(/[.\u201c\u201d"]+$/, "");
    const kind = identifierKind(token);
    const accepted = codes.length === 0 ? kind !== null && kind !== "word" && (kind !== "number" || isLeadingNumber(token)) || /^0x[0-9A-Fa-f]+$/.test(token) : kind !== null && kind !== "word" && kind !== "number";
    if (!accepted) break;
    codes.push(token);
    at = word.lastIndex;
  }
  if (codes.length === 0) return null;
  const after = title.slice(at);
  const rest = after.replace(/^[\s:\-–—.]+/, "").trim();
  // "VMSnapshot extension operation failed" names a product, not a code: a symbolic code is followed by a separator or nothing.
  const numberFirst = /^-?(?:\d+|0x[0-9A-Fa-f]+)$/.test(codes[0] ?? "");
  if (!numberFirst && rest !== "" && !/^\s*(?:[:\-–—(]|\s[-–—]\s)/.test(after)) return null;
  return { codes, rest };
}
