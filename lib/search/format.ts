/**
 * The search index as it is stored in `/<locale>/search-index.json`: compact,
 * plain JSON, written at build time by `build.ts` and read in the browser by
 * `engine.ts`. Bump `searchIndexVersion` whenever the shape changes.
 */

export const searchIndexVersion = 2;

/** `[slug, title in the page's locale, service]` */
export type SerializedArticle = [slug: string, title: string, service: string];

/**
 * `[code, message in the page's locale, article position, number of steps, other printed spellings]`;
 * rows are in article order, one per code and article (a code explained in two articles has two).
 */
export type SerializedCode = [code: string, message: string, article: number, steps: number, spellings?: string[]];

export interface SerializedSearchIndex {
  version: number;
  locale: string;
  articles: SerializedArticle[];
  codes: SerializedCode[];
  /**
   * Every folded word of every code's message and title, in every locale the
   * article is written in, sorted. `postings[i]` lists the rows that hold
   * `terms[i]`: row numbers as gaps from the previous one, in base 36, joined by `.`.
   */
  terms: string[];
  postings: string[];
}

export function encodePostings(rows: readonly number[]): string {
  let previous = 0;
  return rows.map((row) => {
    const gap = row - previous;
    previous = row;
    return gap.toString(36);
  }).join(".");
}

export function decodePostings(encoded: string): number[] {
  const rows: number[] = [];
  if (encoded === "") return rows;
  let row = 0;
  for (const gap of encoded.split(".")) {
    row += parseInt(gap, 36);
    rows.push(row);
  }
  return rows;
}
