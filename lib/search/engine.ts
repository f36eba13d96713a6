/**
 * The search engine, run in the browser on a locale's index. Ranking, best first:
 * the exact code (also found inside a pasted text), a code prefix, a misspelt
 * code, words of a code, then words of the message or title; ties keep article order.
 */
import { decodePostings, searchIndexVersion, type SerializedSearchIndex } from "./format";
export { markCode, markWords } from "./highlight";
import { type CodeParts, codeParts, compact, editDistance, pairSimilarity, typoAllowance, words } from "./text";

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
  /** How translations print the code when it is not the code itself (machine translation mangles codes). */
  spellings: string[];
}

/** One way a code is written: its own, or a translation's; each is matched like a code. */
export interface SearchSpelling extends CodeParts {
  row: number;
  text: string;
  key: string;
  /** The code itself, not a translation's printing of it. */
  canonical: boolean;
}

export function makeSpelling(row: number, text: string, canonical: boolean): SearchSpelling {
  return { row, text, key: compact(text), canonical, ...codeParts(text) };
}

export interface SearchIndex {
  locale: string;
  articles: SearchArticle[];
  services: string[];
  /** How many rows the index has; `codes` may hold only some of them (a split index loads rows as it shows them). */
  rowCount: number;
  /** The rows known so far, by row number. */
  codes: SearchCode[];
  /** The article of a row, for filters: known for every row, loaded or not. */
  articleOf: (row: number) => { position: number; service: string } | undefined;
  /** Does the row's message hold `words` in that order (the last one perhaps only begun, when `lastIsPrefix`)? Such a message is a closer match. */
  hasPhrase: (row: number, words: readonly string[], lastIsPrefix: boolean) => boolean;
  spellings: SearchSpelling[];
  /** The rows of each compact spelling: a code explained in several articles has a row in each. */
  rowsByKey: Map<string, number[]>;
  terms: string[];
  postings: string[];
  decoded: Map<number, number[]>;
}

/** How a code matched, best first; `similar` is only used for suggestions, `listed` for a filter without a query. */
export const matchKinds = ["code", "prefix", "typo", "parts", "words", "some-words", "similar", "listed"] as const;
export type MatchKind = (typeof matchKinds)[number];

/** Matches that may well be another code than the one meant: shown as such. */
export function isWeak(kind: MatchKind): boolean {
  return kind === "some-words" || kind === "similar";
}

export interface SearchHit {
  code: SearchCode;
  kind: MatchKind;
  /** The printed spelling that matched, when it is not the code itself. */
  spelling?: string;
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
  /** The folded message and title words the query matched (misspellings resolved), for highlighting. */
  terms: string[];
}

export function loadSearchIndex(data: SerializedSearchIndex): SearchIndex {
  if (data.version !== searchIndexVersion) throw new Error(`search index version ${data.version} is not ${searchIndexVersion}`);
  const articles = data.articles.map(([slug, title, service], position) => ({ position, slug, title, service }));
  const codes: SearchCode[] = [];
  const spellings: SearchSpelling[] = [];
  const rowsByKey = new Map<string, number[]>();
  const addSpelling = (row: number, text: string, canonical: boolean): SearchSpelling => {
    const spelling = makeSpelling(row, text, canonical);
    spellings.push(spelling);
    const rows = rowsByKey.get(spelling.key);
    if (!rows) rowsByKey.set(spelling.key, [row]);
    else if (!rows.includes(row)) rows.push(row);
    return spelling;
  };
  for (const [code, message, articlePosition, steps, printed = []] of data.codes) {
    const article = articles[articlePosition];
    if (!article) continue;
    const row = codes.length;
    const { key, parts, starts } = addSpelling(row, code, true);
    codes.push({ row, code, key, parts, starts, message, article, steps, spellings: printed });
    for (const text of printed) addSpelling(row, text, false);
  }
  const services = [...new Set(articles.map((article) => article.service).filter(Boolean))];
  return {
    locale: data.locale,
    articles,
    services,
    rowCount: codes.length,
    codes,
    articleOf: (row) => codes[row]?.article,
    hasPhrase: (row, queryWords, lastIsPrefix) => messageHasPhrase(codes[row], queryWords, lastIsPrefix),
    spellings,
    rowsByKey,
    terms: data.terms,
    postings: data.postings,
    decoded: new Map(),
  };
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

function isAllowed(article: { position: number; service: string } | undefined, filters: SearchFilters): boolean {
  if (!article) return false;
  if (filters.article !== undefined && article.position !== filters.article) return false;
  if (filters.service !== undefined && article.service !== filters.service) return false;
  return true;
}

/** Does `fragment` occur in the code starting at one of its words? */
function startsAtWord(code: SearchSpelling, fragment: string): boolean {
  for (let at = code.key.indexOf(fragment); at >= 0; at = code.key.indexOf(fragment, at + 1)) {
    if (code.starts.includes(at)) return true;
  }
  return false;
}

/** Does the message hold the query's words in the query's order (the last perhaps only begun)? */
function messageHasPhrase(code: SearchCode | undefined, queryWords: readonly string[], lastIsPrefix: boolean): boolean {
  if (!code) return false;
  code.messageWords ??= ` ${words(code.message).join(" ")} `;
  return code.messageWords.includes(` ${queryWords.join(" ")}${lastIsPrefix ? "" : " "}`);
}

/** A query of more words than this looks for no misspelt message word (`termsFor`). */
export const maxForgivingWords = 6;

const tiers = new Map<MatchKind, number>(matchKinds.map((kind, position) => [kind, matchKinds.length - position]));

/** The score of a match: its kind's tier, then the kind's own detail (0 to 999; a longer phrase, a closer misspelling). */
export function matchScore(kind: MatchKind, detail = 0): number {
  return (tiers.get(kind) ?? 0) * 1000 + detail;
}

/** A ranked row, before its code is looked up (a split index loads the rows it shows after ranking). */
export interface RankedRow {
  row: number;
  kind: MatchKind;
  spelling?: string;
}

export interface Ranking {
  rows: RankedRow[];
  total: number;
  terms: string[];
  /** The first row's score (`matchScore`); 0 without rows. */
  best: number;
}

export function search(index: SearchIndex, query: string, filters: SearchFilters = {}, limit = 20): SearchResult {
  const { rows, total, terms } = rank(index, query, filters, limit);
  return { hits: hitsOf(index, rows), total, terms };
}

/** The ranked rows whose codes are known, as hits. */
export function hitsOf(index: SearchIndex, rows: readonly RankedRow[]): SearchHit[] {
  return rows.flatMap(({ row, kind, spelling }): SearchHit[] => {
    const code = index.codes[row];
    if (!code) return [];
    return [spelling ? { code, kind, spelling } : { code, kind }];
  });
}

/** The best `limit` rows for a query, how many rows matched, and the words matched. */
export function rank(index: SearchIndex, query: string, filters: SearchFilters = {}, limit = 20): Ranking {
  const count = index.rowCount;
  const scores = new Int32Array(count);
  const kinds = new Uint8Array(count);
  /** The spelling each row matched by, plus one (0: by its words). */
  const via = new Int32Array(count);
  const offer = (row: number, kind: MatchKind, detail = 0, spelling = -1): void => {
    const score = matchScore(kind, detail);
    if (score > (scores[row] ?? 0)) {
      scores[row] = score;
      kinds[row] = matchKinds.indexOf(kind);
      via[row] = spelling + 1;
    }
  };

  const whole = compact(query);
  const queryWords = words(query);
  if (whole.length === 0) return { rows: [], total: 0, terms: [], best: 0 };

  const allowance = typoAllowance(whole.length);
  const pasted = new Set(queryWords.length > 1 ? queryWords : []);
  index.spellings.forEach((spelling, position) => {
    const { key, row } = spelling;
    if (key === whole) {
      offer(row, "code", 999, position);
      return;
    }
    // A pasted log line: any word of it that is a code comes first.
    if (pasted.has(key)) offer(row, "code", 999, position);
    if (key.startsWith(whole)) {
      offer(row, "prefix", 0, position);
      return;
    }
    if (allowance > 0 && Math.abs(key.length - whole.length) <= allowance) {
      const distance = editDistance(whole, key, allowance);
      if (distance <= allowance) offer(row, "typo", allowance - distance, position);
    }
    if (startsAtWord(spelling, whole)) offer(row, "parts", 1, position);
    else if (queryWords.length > 1 && queryWords.every((word) => spelling.parts.some((part) => part.startsWith(word)))) offer(row, "parts", 0, position);
  });

  const matchedTerms = new Set<string>();
  if (queryWords.length > 0) {
    const stillTyping = !/\s$/.test(query);
    // A long pasted text has words enough to match exactly; looking for misspellings of each would only cost time.
    const forgiving = queryWords.length <= maxForgivingWords;
    const totals = new Int32Array(count);
    const best = new Int8Array(count);
    queryWords.forEach((word, position) => {
      const touched: number[] = [];
      for (const [term, weight] of termsFor(index, word, stillTyping && position === queryWords.length - 1, forgiving)) {
        matchedTerms.add(index.terms[term] ?? "");
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
    const lastIsPrefix = stillTyping && (queryWords.at(-1)?.length ?? 0) >= 2;
    for (let row = 0; row < count; row++) {
      const total = totals[row] ?? 0;
      // The last word counts as begun only where it is completed as a word too (see `termsFor`).
      if (total === full) offer(row, "words", queryWords.length > 1 && index.hasPhrase(row, queryWords, lastIsPrefix) ? 1 : 0);
      else if (total * 2 >= full) offer(row, "some-words", Math.round((999 * total) / full));
    }
  }

  const { rows, total, best } = bestRows(index, scores, kinds, via, filters, limit);
  return { rows, total, terms: [...matchedTerms].filter(Boolean), best };
}

/**
 * The `limit` best rows, best score first and in article order among equals, and how
 * many rows matched. Rows are bucketed by score rather than sorted: a short query can
 * match every code, and only the first screenful is shown.
 */
function bestRows(index: SearchIndex, scores: Int32Array, kinds: Uint8Array, via: Int32Array, filters: SearchFilters, limit: number): Omit<Ranking, "terms"> {
  const rowsByScore = new Map<number, number[]>();
  let total = 0;
  for (let row = 0; row < scores.length; row++) {
    const score = scores[row] ?? 0;
    if (score === 0 || !isAllowed(index.articleOf(row), filters)) continue;
    total++;
    const rows = rowsByScore.get(score);
    if (rows) rows.push(row);
    else rowsByScore.set(score, [row]);
  }
  const ranked: RankedRow[] = [];
  const byScore = [...rowsByScore.keys()].sort((a, b) => b - a);
  const best = byScore[0] ?? 0;
  for (const score of byScore) {
    for (const row of rowsByScore.get(score) ?? []) {
      if (ranked.length === limit) return { rows: ranked, total, best };
      const kind = matchKinds[kinds[row] ?? 0] ?? "words";
      const spelling = index.spellings[(via[row] ?? 0) - 1];
      ranked.push(spelling && !spelling.canonical ? { row, kind, spelling: spelling.text } : { row, kind });
    }
  }
  return { rows: ranked, total, best };
}

/** Every code that passes the filters, in article order: what a filter shows before anything is typed. */
export function listCodes(index: SearchIndex, filters: SearchFilters, limit = 20): SearchResult {
  const codes = index.codes.filter((code) => isAllowed(code.article, filters));
  return { hits: codes.slice(0, limit).map((code) => ({ code, kind: "listed" })), total: codes.length, terms: [] };
}

/**
 * How alike two codes must be (letter pairs shared, 0 to 1) for one to be offered for
 * the other: below it a suggestion is noise (`xyzzy123` is like no code), and none is better.
 */
export const similarityThreshold = 0.5;

/**
 * The codes a person most likely meant: the best search matches, topped up with the codes
 * that share enough letter pairs with the query (`similarityThreshold`), most alike first.
 * Empty when nothing is close: a list of unrelated codes would only mislead.
 */
export function closestCodes(index: SearchIndex, query: string, count = 5, filters: SearchFilters = {}): SearchHit[] {
  return hitsOf(index, closestRows(index, query, count, filters));
}

/** `closestCodes` before the rows' codes are looked up: the spellings the index holds are what it compares. */
export function closestRows(index: SearchIndex, query: string, count = 5, filters: SearchFilters = {}): RankedRow[] {
  const ranked = rank(index, query, filters, count).rows;
  if (ranked.length >= count) return ranked;
  const taken = new Set(ranked.map(({ row }) => row));
  const wanted = compact(query);
  const similarity = new Map<number, number>();
  for (const spelling of index.spellings) {
    if (taken.has(spelling.row) || !isAllowed(index.articleOf(spelling.row), filters)) continue;
    const value = pairSimilarity(wanted, spelling.key);
    if (value >= similarityThreshold && value > (similarity.get(spelling.row) ?? 0)) similarity.set(spelling.row, value);
  }
  const similar = [...similarity]
    .sort(([rowA, a], [rowB, b]) => b - a || rowA - rowB)
    .slice(0, count - ranked.length)
    .map(([row]): RankedRow => ({ row, kind: "similar" }));
  return [...ranked, ...similar];
}
