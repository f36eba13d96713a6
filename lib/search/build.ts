/**
 * Builds the search index of one locale from the catalog, at build time. The
 * rows show the page's locale; the words come from every locale, so a message
 * pasted in any language finds its code.
 */
import type { Article, ErrorEntry } from "../content/model";
import type { Catalog } from "../site/catalog";
import { encodePostings, searchIndexVersion, type SerializedArticle, type SerializedCode, type SerializedSearchIndex } from "./format";
import { words } from "./text";

function entryWords(entry: ErrorEntry): string[] {
  return [...words(entry.message), ...words(entry.title)];
}

export function buildSearchIndex(catalog: Catalog, locale: string): SerializedSearchIndex {
  const articles: SerializedArticle[] = [];
  const codes: SerializedCode[] = [];
  const rowsByTerm = new Map<string, number[]>();
  const seenCodes = new Set<string>();
  const versionsBySlug = new Map<string, Article[]>();
  for (const article of catalog.model.articles) {
    const versions = versionsBySlug.get(article.slug) ?? [];
    versions.push(article);
    versionsBySlug.set(article.slug, versions);
  }
  for (const { article, source } of catalog.articles(locale)) {
    if (source.entries.length === 0) continue;
    const position = articles.length;
    articles.push([source.slug, article.title, source.service]);
    const versions = versionsBySlug.get(source.slug) ?? [source];
    for (const sourceEntry of source.entries) {
      const shown = article.entries.find((entry) => entry.id === sourceEntry.id) ?? sourceEntry;
      const entryTerms = new Set<string>();
      for (const version of versions) {
        const translated = version.entries.find((entry) => entry.id === sourceEntry.id);
        if (translated) for (const word of entryWords(translated)) entryTerms.add(word);
      }
      for (const code of sourceEntry.codes) {
        // A code printed in two articles has one page, the first article's, and so one row.
        if (seenCodes.has(code.toLowerCase())) continue;
        seenCodes.add(code.toLowerCase());
        const row = codes.length;
        codes.push([code, shown.message, position, shown.steps.length]);
        for (const term of entryTerms) {
          const rows = rowsByTerm.get(term) ?? [];
          rows.push(row);
          rowsByTerm.set(term, rows);
        }
      }
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
