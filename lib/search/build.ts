/**
 * Builds the search index of one locale from the catalog, at build time. Each row is
 * what the page of its code shows in that locale (message, number of steps), taken from
 * the catalog's own pairing of translations; the words come from every locale's version
 * of the entry, so a message pasted in any language finds its code. A code explained in
 * several articles has a row for each, and a code a translation prints differently
 * (machine translation mangles codes) is found under both spellings.
 */
import type { ErrorEntry } from "../content/model";
import type { Catalog } from "../site/catalog";
import { encodePostings, searchIndexVersion, type SerializedArticle, type SerializedCode, type SerializedSearchIndex } from "./format";
import { compact, words } from "./text";

/** Each entry's words, folded once: every locale's index reads the words of every locale's version. */
const wordsOfEntry = new WeakMap<ErrorEntry, string[]>();

function entryWords(entry: ErrorEntry): string[] {
  let found = wordsOfEntry.get(entry);
  if (!found) wordsOfEntry.set(entry, (found = [...words(entry.message), ...words(entry.title)]));
  return found;
}

/**
 * The printed spellings of a code other than its own: `visibleCodes` stand beside `codes`
 * position by position; when an entry prints a different number of codes, every printed
 * one stands for each of its codes.
 */
function otherSpellings(code: string, position: number, versions: readonly ErrorEntry[]): string[] {
  const own = compact(code);
  const spellings = new Map<string, string>();
  for (const version of versions) {
    const printed = version.visibleCodes.length === version.codes.length ? [version.visibleCodes[position]] : version.visibleCodes;
    for (const spelling of printed) {
      if (spelling && compact(spelling) !== own) spellings.set(compact(spelling), spelling);
    }
  }
  return [...spellings.values()];
}

export function buildSearchIndex(catalog: Catalog, locale: string): SerializedSearchIndex {
  const articles: SerializedArticle[] = [];
  const codes: SerializedCode[] = [];
  const rowsByTerm = new Map<string, number[]>();
  for (const { article, source, entries } of catalog.articles(locale)) {
    if (entries.length === 0) continue;
    const position = articles.length;
    articles.push([source.slug, article.title, source.service]);
    const versions = catalog.entryVersions(source);
    const seen = new Set<string>();
    for (const { entry } of entries) {
      const entryVersions = versions.get(entry.id) ?? [entry];
      const entryTerms = new Set(entryVersions.flatMap(entryWords));
      entry.codes.forEach((code, codePosition) => {
        // Within one article a code has one row; another article explaining it has its own.
        if (seen.has(code.toLowerCase())) return;
        seen.add(code.toLowerCase());
        const row = codes.length;
        const spellings = otherSpellings(code, codePosition, entryVersions);
        codes.push(spellings.length ? [code, entry.message, position, entry.steps.length, spellings] : [code, entry.message, position, entry.steps.length]);
        for (const term of entryTerms) {
          const rows = rowsByTerm.get(term) ?? [];
          rows.push(row);
          rowsByTerm.set(term, rows);
        }
      });
    }
  }
  const terms = [...rowsByTerm.keys()].sort();
  return {
    version: searchIndexVersion,
    locale,
    articles,
    codes,
    terms,
    postings: terms.map((term) => encodePostings(rowsByTerm.get(term) ?? [])),
  };
}
