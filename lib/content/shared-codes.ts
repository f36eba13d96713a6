/**
 * A code may be explained in several articles (`100050` in the MARS and MABS articles):
 * its page shows each article's guidance, in article order. Codes are matched without
 * regard to case; the first article's casing is kept.
 */
import type { Article } from "./model";

export interface CodeArticles {
  code: string;
  /** Slugs of the articles with an entry for the code, in the order the articles come, each once. */
  slugs: string[];
}

/** Every code of the articles, by its lower-case form. */
export function articlesByCode(articles: readonly Article[]): Map<string, CodeArticles> {
  const byCode = new Map<string, CodeArticles>();
  for (const article of articles) {
    for (const entry of article.entries) {
      for (const code of entry.codes) {
        const key = code.toLowerCase();
        const known = byCode.get(key);
        if (!known) byCode.set(key, { code, slugs: [article.slug] });
        else if (!known.slugs.includes(article.slug)) known.slugs.push(article.slug);
      }
    }
  }
  return byCode;
}
