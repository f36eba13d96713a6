/**
 * The search index split into chunks, so that a query fetches only what it needs (issue 15).
 * It is cut from the one-file index (`build.ts`), and ranked by the same engine (`engine.ts`):
 * the chunks a query needs are fetched, merged into a partial index, ranked, and the rows
 * shown are fetched last. Every chunk is a sorted run of one kind of entry, and the manifest
 * holds the first key of each chunk, so a key or a key prefix names the chunks to fetch:
 * - codes: every spelling of every code (`[spelling, row, canonical]`), sorted by compact key:
 *   exact codes, codes in a pasted text, prefixes, and misspellings near the query's place;
 * - ends: the same spellings under their key read backwards: a misspelt code is looked for
 *   among the codes that begin as it begins and among those that end as it ends (one or two
 *   neighbouring mistakes leave one end intact);
 * - suffixes: the same spellings under each of their camelCase words but the first
 *   (`[suffix, spelling, row, canonical]`): `SnapshotTask` inside `GuestAgentSnapshotTaskStatusError`,
 *   and code words typed apart (`guest status`), looked up under the query word with the
 *   fewest chunks;
 * - terms: message and title words with their rows, and where each stands in the shown
 *   message, so the phrase tie-break needs no message;
 * - rows: what a result shows, by row number.
 */
import { decodePostings, encodePostings, type SerializedCode, type SerializedSearchIndex } from "./format";
import { codeParts, compact, words } from "./text";

export const splitIndexVersion = 1;

/** How much JSON goes in one chunk, before compression: about 1 to 2 KB gzip (a term with many rows makes a larger one). */
export const defaultChunkChars = 4_000;
export const defaultRowsPerChunk = 48;

export type CodeEntry = [spelling: string, row: number, canonical: 0 | 1];
/** A spelling under a key of its own: one of its word-start suffixes, or its key read backwards. */
export type SuffixEntry = [suffix: string, spelling: string, row: number, canonical: 0 | 1];
/** `[term, rows as base-36 gaps, positions]`: positions of the term in each row's shown message, `,`-joined per row and `;` between rows. */
export type TermEntry = [term: string, postings: string, positions: string];
export interface RowChunk {
  /** `[position, slug, title, service]` of the articles of these rows. */
  articles: Array<[position: number, slug: string, title: string, service: string]>;
  rows: SerializedCode[];
}

export interface SplitManifest {
  version: number;
  locale: string;
  rows: number;
  /** First row of each article (base-36 gaps), in article order. */
  articleStarts: string;
  services: string[];
  /** Each article's service, as a position in `services` (-1: none). */
  articleServices: number[];
  /** The first key of each chunk of each kind. */
  chunks: { codes: string[]; ends: string[]; suffixes: string[]; terms: string[] };
  rowsPerChunk: number;
}

export type ChunkKind = "codes" | "ends" | "suffixes" | "terms" | "rows";

export const chunkKinds: readonly ChunkKind[] = ["codes", "ends", "suffixes", "terms", "rows"];

/** `codes-3.json` → the chunk it publishes (`chunk-files.ts` names them). */
export function chunkFromFileName(file: string): { kind: ChunkKind; chunk: number } | null {
  const match = /^([a-z]+)-(\d+)\.json$/.exec(file);
  const kind = chunkKinds.find((candidate) => candidate === match?.[1]);
  return kind && match?.[2] ? { kind, chunk: Number(match[2]) } : null;
}

/** A manifest as fetched: of this build's shape, or refused (a page of another build, a damaged file). */
export function isSplitManifest(value: unknown): value is SplitManifest {
  if (typeof value !== "object" || value === null) return false;
  const manifest: Partial<Record<keyof SplitManifest, unknown>> = value;
  const { chunks } = manifest;
  const isStrings = (list: unknown): boolean => Array.isArray(list) && list.every((item) => typeof item === "string");
  return (
    manifest.version === splitIndexVersion &&
    typeof manifest.locale === "string" &&
    typeof manifest.rows === "number" &&
    typeof manifest.articleStarts === "string" &&
    isStrings(manifest.services) &&
    Array.isArray(manifest.articleServices) &&
    typeof manifest.rowsPerChunk === "number" &&
    typeof chunks === "object" &&
    chunks !== null &&
    "codes" in chunks &&
    "ends" in chunks &&
    "suffixes" in chunks &&
    "terms" in chunks &&
    isStrings(chunks.codes) &&
    isStrings(chunks.ends) &&
    isStrings(chunks.suffixes) &&
    isStrings(chunks.terms)
  );
}

/** `abc` → `cba`: the key a misspelt code's intact end is looked up by. */
export function reversed(key: string): string {
  return [...key].reverse().join("");
}

export interface SplitIndex {
  manifest: SplitManifest;
  codes: CodeEntry[][];
  ends: SuffixEntry[][];
  suffixes: SuffixEntry[][];
  terms: TermEntry[][];
  rows: RowChunk[];
}

/** Cuts sorted entries into chunks of about `chunkChars` of JSON, never between entries of the same key. */
function cut<T>(entries: readonly T[], keyOf: (entry: T) => string, chunkChars: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  entries.forEach((entry, position) => {
    current.push(entry);
    size += JSON.stringify(entry).length + 1;
    const next = entries[position + 1];
    if (size >= chunkChars && next !== undefined && keyOf(next) !== keyOf(entry)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  });
  if (current.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

const byKey = <T>(keyOf: (entry: T) => string, rowOf: (entry: T) => number) => (a: T, b: T): number => {
  const keyA = keyOf(a);
  const keyB = keyOf(b);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : rowOf(a) - rowOf(b);
};

export function splitSearchIndex(index: SerializedSearchIndex, chunkChars = defaultChunkChars, rowsPerChunk = defaultRowsPerChunk): SplitIndex {
  const codes: CodeEntry[] = [];
  const suffixes: SuffixEntry[] = [];
  const ends: SuffixEntry[] = [];
  index.codes.forEach(([code, , , , printed = []], row) => {
    for (const [spelling, canonical] of [[code, 1] as const, ...printed.map((text) => [text, 0] as const)]) {
      codes.push([spelling, row, canonical]);
      const key = compact(spelling);
      ends.push([reversed(key), spelling, row, canonical]);
      const { starts } = codeParts(spelling);
      for (const start of new Set(starts.slice(1))) if (start > 0 && start < key.length) suffixes.push([key.slice(start), spelling, row, canonical]);
    }
  });
  codes.sort(byKey((entry) => compact(entry[0]), (entry) => entry[1]));
  suffixes.sort(byKey((entry) => entry[0], (entry) => entry[2]));
  ends.sort(byKey((entry) => entry[0], (entry) => entry[2]));

  // Where each term stands in each row's shown message: the phrase tie-break reads it.
  const positionsByRow = index.codes.map(([, message]) => {
    const at = new Map<string, number[]>();
    words(message).forEach((word, position) => at.set(word, [...(at.get(word) ?? []), position]));
    return at;
  });
  const terms: TermEntry[] = index.terms.map((term, position) => {
    const postings = index.postings[position] ?? "";
    const positions = decodePostings(postings).map((row) => (positionsByRow[row]?.get(term) ?? []).map((at) => at.toString(36)).join(","));
    return [term, postings, positions.every((text) => text === "") ? "" : positions.join(";")];
  });

  const codeChunks = cut(codes, (entry) => compact(entry[0]), chunkChars);
  const suffixChunks = cut(suffixes, (entry) => entry[0], chunkChars);
  const endChunks = cut(ends, (entry) => entry[0], chunkChars);
  const termChunks = cut(terms, (entry) => entry[0], chunkChars);
  const rowChunks: RowChunk[] = [];
  for (let start = 0; start < index.codes.length || start === 0; start += rowsPerChunk) {
    const rows = index.codes.slice(start, start + rowsPerChunk);
    const positions = [...new Set(rows.map(([, , article]) => article))];
    rowChunks.push({
      articles: positions.flatMap((position): RowChunk["articles"] => {
        const article = index.articles[position];
        return article ? [[position, article[0], article[1], article[2]]] : [];
      }),
      rows,
    });
    if (rows.length === 0) break;
  }

  const articleStarts: number[] = [];
  index.codes.forEach(([, , article], row) => {
    while (articleStarts.length <= article) articleStarts.push(row);
  });
  const services = [...new Set(index.articles.map(([, , service]) => service).filter(Boolean))];
  return {
    manifest: {
      version: splitIndexVersion,
      locale: index.locale,
      rows: index.codes.length,
      articleStarts: encodePostings(articleStarts),
      services,
      articleServices: index.articles.map(([, , service]) => services.indexOf(service)),
      chunks: {
        codes: codeChunks.map((chunk) => (chunk[0] ? compact(chunk[0][0]) : "")),
        ends: endChunks.map((chunk) => chunk[0]?.[0] ?? ""),
        suffixes: suffixChunks.map((chunk) => chunk[0]?.[0] ?? ""),
        terms: termChunks.map((chunk) => chunk[0]?.[0] ?? ""),
      },
      rowsPerChunk,
    },
    codes: codeChunks,
    ends: endChunks,
    suffixes: suffixChunks,
    terms: termChunks,
    rows: rowChunks,
  };
}
