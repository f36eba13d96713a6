/**
 * Answers of one- to three-letter queries, ranked at build time (issue 15). Such a query
 * matches a large part of the index (every code starting with `u`, every word starting with
 * `de`): its chunks would be a large part of the index too. So the build ranks, with the
 * same engine on the whole index, the short queries whose chunks would weigh more than a
 * first search may fetch, and stores their first screen; the split search fetches the answer
 * instead of the chunks. A filter, or a query the answer does not stand for, is ranked as usual.
 */
import { loadSearchIndex, matchKinds, type MatchKind, rank, type RankedRow } from "./engine";
import type { SerializedSearchIndex } from "./format";
import { compact, words } from "./text";

/** Queries of at most this many letters may have a stored answer. */
export const shortQueryLength = 3;

/** Rows of a stored answer: the first screen of results. */
export const answerRows = 20;

/** `[row, match kind's position in matchKinds, printed spelling matched]` */
type AnswerRow = [row: number, kind: number, spelling?: string];

/** `[query, how many rows matched, the first rows, the message words matched]` */
export type AnswerEntry = [query: string, total: number, rows: AnswerRow[], terms: string[]];

/**
 * The query a stored answer stands for: the query's one word, as it is compared, when the
 * engine would read nothing else of it (one word, no trailing space: `rank` reads the
 * compact query, its words and whether the last is still being typed).
 */
export function shortAnswerKey(query: string): string | undefined {
  const key = compact(query);
  if (key.length === 0 || key.length > shortQueryLength || /\s$/.test(query)) return undefined;
  const queryWords = words(query);
  return queryWords.length === 1 && queryWords[0] === key ? key : undefined;
}

/** Every short query some code or word begins with. */
function shortQueries(keys: Iterable<string>): string[] {
  const beginnings = new Set<string>();
  for (const key of keys) {
    for (let length = 1; length <= Math.min(shortQueryLength, key.length); length++) beginnings.add(key.slice(0, length));
  }
  return [...beginnings].filter((query) => shortAnswerKey(query) === query).sort();
}

/** The stored answers of the short queries `isHeavy` picks among those the index's keys begin with, sorted by query. */
export function shortAnswers(index: SerializedSearchIndex, keys: Iterable<string>, isHeavy: (query: string) => boolean): AnswerEntry[] {
  const heavy = shortQueries(keys).filter(isHeavy);
  if (heavy.length === 0) return [];
  const whole = loadSearchIndex(index);
  return heavy.map((query): AnswerEntry => {
    const ranking = rank(whole, query, {}, answerRows);
    const rows = ranking.rows.map(({ row, kind, spelling }): AnswerRow => {
      const position = matchKinds.indexOf(kind);
      return spelling === undefined ? [row, position] : [row, position, spelling];
    });
    return [query, ranking.total, rows, ranking.terms];
  });
}

/** A stored answer's rows, as the engine ranks them. */
export function answerRanking([, total, rows, terms]: AnswerEntry): { rows: RankedRow[]; total: number; terms: string[] } {
  return {
    rows: rows.flatMap(([row, position, spelling]): RankedRow[] => {
      const kind: MatchKind | undefined = matchKinds[position];
      if (kind === undefined) return [];
      return [spelling === undefined ? { row, kind } : { row, kind, spelling }];
    }),
    total,
    terms,
  };
}

export function isAnswerEntry(value: unknown): value is AnswerEntry {
  if (!Array.isArray(value) || value.length !== 4) return false;
  const [query, total, rows, terms] = value;
  return (
    typeof query === "string" &&
    typeof total === "number" &&
    Array.isArray(rows) &&
    rows.every((row) => Array.isArray(row) && typeof row[0] === "number" && typeof row[1] === "number" && (row[2] === undefined || typeof row[2] === "string")) &&
    Array.isArray(terms) &&
    terms.every((term) => typeof term === "string")
  );
}
