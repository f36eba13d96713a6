/**
 * The search engine, run in the browser on a locale's index. Ranking, best first:
 * the exact code (also found inside a pasted text), a code prefix, a misspelt
 * code, words of a code, then words of the message or title; ties keep article order.
 */
import { decodePostings, searchIndexVersion, type SerializedSearchIndex } from "./format";
import { codeParts, compact, editDistance, pairSimilarity, typoAllowance, words } from "./text";

export interface SearchArticle {
  position: number;
  slug: string;
  title: string;
  service: string;
}

export interface SearchCode {
  /** Position in article order: ties are broken by it. */
  row: number;
  code: string;
  /** The code compacted and in lower case: what queries are compared with. */
  key: string;
  parts: string[];
  starts: number[];
  message: string;
  /** The message's folded words joined by spaces, made when first needed. */
  messageWords?: string;
  article: SearchArticle;
  steps: number;
}

export interface SearchIndex {
  locale: string;
  articles: SearchArticle[];
  services: string[];
  codes: SearchCode[];
  rowByKey: Map<string, number>;
  terms: string[];
  postings: string[];
  decoded: Map<number, number[]>;
}

/** How a code matched, best first; `similar` is only used for suggestions, `listed` for a filter without a query. */
export const matchKinds = ["code", "prefix", "typo", "parts", "words", "some-words", "similar", "listed"] as const;
export type MatchKind = (typeof matchKinds)[number];

export interface SearchHit {
  code: SearchCode;
  kind: MatchKind;
}

export interface SearchFilters {
  /** An article's position in the index. */
  article?: number;
  service?: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many codes matched, of which `hits` holds the best. */
  total: number;
}

export function loadSearchIndex(data: SerializedSearchIndex): SearchIndex {
  if (data.version !== searchIndexVersion) throw new Error(`search index version ${data.version} is not ${searchIndexVersion}`);
  const articles = data.articles.map(([slug, title, service], position) => ({ position, slug, title, service }));
  const codes: SearchCode[] = [];
  const rowByKey = new Map<string, number>();
  for (const [code, message, articlePosition, steps] of data.codes) {
    const article = articles[articlePosition];
    if (!article) continue;
    const row = codes.length;
    const key = compact(code);
    codes.push({ row, code, key, ...codeParts(code), message, article, steps });
    if (!rowByKey.has(key)) rowByKey.set(key, row);
  }
  const services = [...new Set(articles.map((article) => article.service).filter(Boolean))];
  return { locale: data.locale, articles, services, codes, rowByKey, terms: data.terms, postings: data.postings, decoded: new Map() };
}

function rowsOfTerm(index: SearchIndex, term: number): number[] {
  let rows = index.decoded.get(term);
  if (!rows) {
    rows = decodePostings(index.postings[term] ?? "");
    index.decoded.set(term, rows);
  }
  return rows;
}

/** The first term not smaller than `word` (terms are sorted). */
function lowerBound(terms: string[], word: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((terms[middle] ?? "") < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Terms a query word stands for, with a weight: 2 for the word itself or (while typing) a longer word, 1 for a misspelling. */
function termsFor(index: SearchIndex, word: string, stillTyping: boolean, forgiving: boolean): Array<[term: number, weight: number]> {
  const { terms } = index;
  const found: Array<[number, number]> = [];
  let at = lowerBound(terms, word);
  if (terms[at] === word) found.push([at++, 2]);
  if (stillTyping && word.length >= 2) {
    for (; at < terms.length && (terms[at] ?? "").startsWith(word); at++) found.push([at, 2]);
  }
  const allowance = typoAllowance(word.length);
  if (found.length === 0 && allowance > 0 && forgiving) {
    terms.forEach((term, position) => {
      if (editDistance(word, term, allowance) <= allowance) found.push([position, 1]);
    });
  }
  return found;
}

function isAllowed(code: SearchCode, filters: SearchFilters): boolean {
  if (filters.article !== undefined && code.article.position !== filters.article) return false;
  if (filters.service !== undefined && code.article.service !== filters.service) return false;
  return true;
}

/** Does `fragment` occur in the code starting at one of its words? */
function startsAtWord(code: SearchCode, fragment: string): boolean {
  for (let at = code.key.indexOf(fragment); at >= 0; at = code.key.indexOf(fragment, at + 1)) {
    if (code.starts.includes(at)) return true;
  }
  return false;
}

/** Does the message hold the query's words in the query's order? Such a message is a closer match. */
function hasPhrase(code: SearchCode | undefined, phrase: string): boolean {
  if (!code) return false;
  code.messageWords ??= ` ${words(code.message).join(" ")}`;
  return code.messageWords.includes(phrase);
}

const maxForgivingWords = 6;

const tiers = new Map<MatchKind, number>(matchKinds.map((kind, position) => [kind, matchKinds.length - position]));

export function search(index: SearchIndex, query: string, filters: SearchFilters = {}, limit = 20): SearchResult {
  const count = index.codes.length;
  const scores = new Int32Array(count);
  const kinds = new Uint8Array(count);
  const offer = (row: number, kind: MatchKind, detail = 0): void => {
    const score = (tiers.get(kind) ?? 0) * 1000 + detail;
    if (score > (scores[row] ?? 0)) {
      scores[row] = score;
      kinds[row] = matchKinds.indexOf(kind);
    }
  };

  const whole = compact(query);
  const queryWords = words(query);
  if (whole.length === 0) return { hits: [], total: 0 };

  const exact = index.rowByKey.get(whole);
  if (exact !== undefined) offer(exact, "code", 999);
  // A pasted log line: any word of it that is a code comes first.
  if (queryWords.length > 1) {
    for (const word of queryWords) {
      const row = index.rowByKey.get(word);
      if (row !== undefined) offer(row, "code", 999);
    }
  }

  const allowance = typoAllowance(whole.length);
  for (const code of index.codes) {
    const { key, row } = code;
    if (key === whole) continue;
    if (key.startsWith(whole)) {
      offer(row, "prefix");
      continue;
    }
    if (allowance > 0 && Math.abs(key.length - whole.length) <= allowance) {
      const distance = editDistance(whole, key, allowance);
      if (distance <= allowance) offer(row, "typo", allowance - distance);
    }
    if (startsAtWord(code, whole)) offer(row, "parts", 1);
    else if (queryWords.length > 1 && queryWords.every((word) => code.parts.some((part) => part.startsWith(word)))) offer(row, "parts");
  }

  if (queryWords.length > 0) {
    const stillTyping = !/\s$/.test(query);
    // A long pasted text has words enough to match exactly; looking for misspellings of each would only cost time.
    const forgiving = queryWords.length <= maxForgivingWords;
    const totals = new Int32Array(count);
    const best = new Int8Array(count);
    queryWords.forEach((word, position) => {
      const touched: number[] = [];
      for (const [term, weight] of termsFor(index, word, stillTyping && position === queryWords.length - 1, forgiving)) {
        for (const row of rowsOfTerm(index, term)) {
          const was = best[row] ?? 0;
          if (was === 0) touched.push(row);
          if (weight > was) best[row] = weight;
        }
      }
      for (const row of touched) {
        totals[row] = (totals[row] ?? 0) + (best[row] ?? 0);
        best[row] = 0;
      }
    });
    const full = 2 * queryWords.length;
    const phrase = ` ${queryWords.join(" ")}`;
    for (let row = 0; row < count; row++) {
      const total = totals[row] ?? 0;
      if (total === full) offer(row, "words", queryWords.length > 1 && hasPhrase(index.codes[row], phrase) ? 1 : 0);
      else if (total * 2 >= full) offer(row, "some-words", Math.round((999 * total) / full));
    }
  }

  return bestRows(index, scores, kinds, filters, limit);
}

/**
 * The `limit` best rows, best score first and in article order among equals, and how
 * many rows matched. Rows are bucketed by score rather than sorted: a short query can
 * match every code, and only the first screenful is shown.
 */
function bestRows(index: SearchIndex, scores: Int32Array, kinds: Uint8Array, filters: SearchFilters, limit: number): SearchResult {
  const rowsByScore = new Map<number, number[]>();
  let total = 0;
  for (let row = 0; row < scores.length; row++) {
    const score = scores[row] ?? 0;
    const code = index.codes[row];
    if (score === 0 || !code || !isAllowed(code, filters)) continue;
    total++;
    const rows = rowsByScore.get(score);
    if (rows) rows.push(row);
    else rowsByScore.set(score, [row]);
  }
  const hits: SearchHit[] = [];
  for (const score of [...rowsByScore.keys()].sort((a, b) => b - a)) {
    for (const row of rowsByScore.get(score) ?? []) {
      if (hits.length === limit) return { hits, total };
      const code = index.codes[row];
      const kind = matchKinds[kinds[row] ?? 0];
      if (code && kind) hits.push({ code, kind });
    }
  }
  return { hits, total };
}

/** Every code that passes the filters, in article order: what a filter shows before anything is typed. */
export function listCodes(index: SearchIndex, filters: SearchFilters, limit = 20): SearchResult {
  const codes = index.codes.filter((code) => isAllowed(code, filters));
  return { hits: codes.slice(0, limit).map((code) => ({ code, kind: "listed" })), total: codes.length };
}

/**
 * The codes a person most likely meant: the best search matches, topped up with
 * the codes that share the most letter pairs with the query. Never empty while
 * the index has codes, so a dead end always offers a way on.
 */
export function closestCodes(index: SearchIndex, query: string, count = 5, filters: SearchFilters = {}): SearchHit[] {
  const hits = search(index, query, filters, count).hits;
  if (hits.length >= count) return hits;
  const taken = new Set(hits.map((hit) => hit.code.row));
  const wanted = compact(query);
  const similar = index.codes
    .filter((code) => !taken.has(code.row) && isAllowed(code, filters))
    .map((code) => ({ code, similarity: pairSimilarity(wanted, code.key) }))
    .sort((a, b) => b.similarity - a.similarity || a.code.row - b.code.row)
    .slice(0, count - hits.length);
  return [...hits, ...similar.map(({ code }): SearchHit => ({ code, kind: "similar" }))];
}
