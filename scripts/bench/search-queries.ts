/**
 * The fixed query list of the search benchmark: for each kind of query the issue
 * names, queries drawn (with a fixed seed) from the corpus itself, with what a
 * right first answer is. Shared by every engine measured, so they answer the same.
 */
import type { Catalog } from "../../lib/site/catalog";
import { codeParts, fold } from "../../lib/search/text";
import { randomFrom } from "../synthetic/corpus";

export const queryKinds = [
  "exact",
  "exact-lowercase",
  "prefix",
  "code-words",
  "camel-fragment",
  "typo",
  "message",
  "message-no-accents",
  "message-other-locale",
  "pasted-text",
  "short",
  "no-match",
] as const;
export type QueryKind = (typeof queryKinds)[number];

/** What the engine answered first, as the check sees it. */
export interface FirstAnswer {
  code: string;
  message: string;
}

export interface BenchQuery {
  kind: QueryKind;
  text: string;
  /** Is this first answer right? Absent for kinds measured only for time; `null` means no answer is right. */
  isRight?: (first: FirstAnswer | null) => boolean;
}

interface Row {
  code: string;
  message: string;
  otherMessage: string;
}

function rowsOf(catalog: Catalog, locale: string, otherLocale: string): Row[] {
  const rows: Row[] = [];
  const other = catalog.articles(otherLocale);
  catalog.articles(locale).forEach(({ article }, position) => {
    for (const entry of article.entries) {
      const translated = other[position]?.article.entries.find((candidate) => candidate.id === entry.id);
      for (const code of entry.codes) rows.push({ code, message: entry.message, otherMessage: translated?.message ?? entry.message });
    }
  });
  return rows;
}

function misspell(code: string, random: () => number): string {
  const at = 2 + Math.floor(random() * (code.length - 5));
  const swapped = code.slice(0, at) + (code[at + 1] ?? "") + (code[at] ?? "") + code.slice(at + 2);
  const other = Math.min(swapped.length - 1, at + 4 + Math.floor(random() * 4));
  return swapped.slice(0, other) + "x" + swapped.slice(other + 1);
}

function someWords(message: string, random: () => number, count: number): string {
  const words = message.split(/\s+/).filter((word) => word.length > 0);
  const start = Math.floor(random() * Math.max(1, words.length - count));
  return words.slice(start, start + count).join(" ");
}

const contains = (haystack: string, needle: string): boolean => fold(haystack).includes(fold(needle));

/** `perKind` queries of each kind, the same for the same catalog. */
export function benchQueries(catalog: Catalog, locale: string, otherLocale: string, perKind: number): BenchQuery[] {
  const random = randomFrom(42);
  const rows = rowsOf(catalog, locale, otherLocale);
  const sample = (): Row => {
    const row = rows[Math.floor(random() * rows.length)];
    if (!row) throw new Error("the corpus has no codes");
    return row;
  };
  const queries: BenchQuery[] = [];
  const add = (kind: QueryKind, make: () => BenchQuery | null): void => {
    for (let made = 0, tries = 0; made < perKind && tries < perKind * 10; tries++) {
      const query = make();
      if (query) {
        queries.push(query);
        made++;
      }
    }
  };
  const isCode = (code: string) => (first: FirstAnswer | null) => first?.code === code;
  add("exact", () => {
    const { code } = sample();
    return { kind: "exact", text: code, isRight: isCode(code) };
  });
  add("exact-lowercase", () => {
    const { code } = sample();
    return { kind: "exact-lowercase", text: code.toLowerCase(), isRight: isCode(code) };
  });
  add("prefix", () => {
    const { code } = sample();
    const text = code.slice(0, Math.ceil(code.length * 0.6));
    return { kind: "prefix", text, isRight: (first) => !!first && first.code.toLowerCase().startsWith(text.toLowerCase()) };
  });
  add("code-words", () => {
    const { parts } = codeParts(sample().code);
    if (parts.length < 4) return null;
    const text = parts.slice(1, 3).join(" ");
    return { kind: "code-words", text, isRight: (first) => !!first && first.code.toLowerCase().includes(parts.slice(1, 3).join("")) };
  });
  add("camel-fragment", () => {
    const { code } = sample();
    const { starts } = codeParts(code);
    if (starts.length < 4) return null;
    const text = code.slice(starts[1], starts[3]);
    return { kind: "camel-fragment", text, isRight: (first) => !!first && first.code.toLowerCase().includes(text.toLowerCase()) };
  });
  add("typo", () => {
    const { code } = sample();
    if (code.length < 12) return null;
    return { kind: "typo", text: misspell(code, random), isRight: isCode(code) };
  });
  add("message", () => {
    const text = someWords(sample().message, random, 4);
    return { kind: "message", text, isRight: (first) => !!first && contains(first.message, text) };
  });
  add("message-no-accents", () => {
    const text = fold(someWords(sample().message, random, 4));
    return { kind: "message-no-accents", text, isRight: (first) => !!first && contains(first.message, text) };
  });
  add("message-other-locale", () => {
    const row = sample();
    const text = someWords(row.otherMessage, random, 4);
    const right = new Set(rows.filter((candidate) => contains(candidate.otherMessage, text)).map((candidate) => candidate.code));
    return { kind: "message-other-locale", text, isRight: (first) => !!first && right.has(first.code) };
  });
  add("pasted-text", () => {
    const { code } = sample();
    return { kind: "pasted-text", text: `Backup failed: error code ${code} (see portal)`, isRight: isCode(code) };
  });
  add("short", () => {
    const { code } = sample();
    return { kind: "short", text: code.slice(0, 1 + Math.floor(random() * 3)).toLowerCase() };
  });
  add("no-match", () => {
    const letters = "qxzjkvw";
    const text = Array.from({ length: 9 }, () => letters[Math.floor(random() * letters.length)]).join("");
    return { kind: "no-match", text, isRight: (first) => first === null };
  });
  return queries;
}
