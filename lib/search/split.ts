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
 *   message, so the phrase tie-break needs no message; in pieces of rows, so that a first
 *   answer among the first rows needs no common word's every row;
 * - answers: the first screen of the one- to three-letter queries whose chunks would weigh
 *   too much for a first search, ranked at build time (`short-answers.ts`);
 * - rows: what a result shows, by row number;
 * - keys: pages of the other kinds' first keys, when a kind has too many chunks for the
 *   manifest to list them (`key-directory.ts`).
 */
import { decodePostings, encodePostings, type SerializedCode, type SerializedSearchIndex } from "./format";
import { ChunkDirectory, defaultKeysPerPage, isKeyDirectory, type KeyDirectory, keyDirectory } from "./key-directory";
import { type AnswerEntry, shortAnswers } from "./short-answers";
import { codeParts, compact, words } from "./text";

export const splitIndexVersion = 2;

/** How much JSON goes in one chunk, before compression: about 1 to 2 KB gzip (a term with many rows makes a larger one). */
export const defaultChunkChars = 4_000;
export const defaultRowsPerChunk = 48;

export type CodeEntry = [spelling: string, row: number, canonical: 0 | 1];
/** A spelling under a key of its own: one of its word-start suffixes, or its key read backwards. */
export type SuffixEntry = [suffix: string, spelling: string, row: number, canonical: 0 | 1];
/**
 * `[term, rows as base-36 gaps, positions, piece, later pieces]`: the term's rows within one
 * piece of `rowsPerPiece` rows, and where it stands in each of their shown messages
 * (`,`-joined per row, `;` between rows). Terms are sorted by piece first (`termKey`): a
 * first search reads the first piece of its words only, however common they are (`de` is in
 * every message). The first piece lists every term, with no rows if it has none there, and
 * the later pieces holding it (base 36, `.`-joined): whether a word is a term at all, and
 * where else to look, is known from the first piece alone.
 */
export type TermEntry = [term: string, postings: string, positions: string, piece: number, laterPieces: string];

/** Rows in one piece of the terms' postings: about 1 to 4 KB gzip for a word in every message. */
export const defaultRowsPerPiece = 4096;

/** The key a term's piece sorts and is looked up by. */
export function termKey(piece: number, term: string): string {
  return `${piece.toString(36).padStart(3, "0")} ${term}`;
}
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
  /** Where each chunk of each sorted kind starts. */
  chunks: Record<SortedKind, KeyDirectory>;
  keysPerPage: number;
  rowsPerChunk: number;
  rowsPerPiece: number;
}

/** The kinds whose chunks are sorted runs of keys, found through their first keys. */
export type SortedKind = "codes" | "ends" | "suffixes" | "terms" | "answers";
export const sortedKinds: readonly SortedKind[] = ["codes", "ends", "suffixes", "terms", "answers"];

export type ChunkKind = SortedKind | "rows" | "keys";

export const chunkKinds: readonly ChunkKind[] = [...sortedKinds, "rows", "keys"];

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
  const hasDirectories = (value: object): boolean => {
    const directories = new Map(Object.entries(value));
    return sortedKinds.every((kind) => isKeyDirectory(directories.get(kind)));
  };
  return (
    manifest.version === splitIndexVersion &&
    typeof manifest.locale === "string" &&
    typeof manifest.rows === "number" &&
    typeof manifest.articleStarts === "string" &&
    isStrings(manifest.services) &&
    Array.isArray(manifest.articleServices) &&
    typeof manifest.rowsPerChunk === "number" &&
    typeof manifest.keysPerPage === "number" &&
    typeof manifest.rowsPerPiece === "number" &&
    typeof chunks === "object" &&
    chunks !== null &&
    hasDirectories(chunks)
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
  answers: AnswerEntry[][];
  rows: RowChunk[];
  keys: string[][];
}

interface Cut<T> {
  chunks: T[][];
  /** The JSON length of each chunk, about. */
  chars: number[];
  firsts: string[];
}

/** Cuts sorted entries into chunks of about `chunkChars` of JSON, never between entries of the same key. */
function cut<T>(entries: readonly T[], keyOf: (entry: T) => string, chunkChars: number): Cut<T> {
  const chunks: T[][] = [];
  const chars: number[] = [];
  let current: T[] = [];
  let size = 0;
  entries.forEach((entry, position) => {
    current.push(entry);
    size += JSON.stringify(entry).length + 1;
    const next = entries[position + 1];
    if (size >= chunkChars && next !== undefined && keyOf(next) !== keyOf(entry)) {
      chunks.push(current);
      chars.push(size);
      current = [];
      size = 0;
    }
  });
  if (current.length > 0 || chunks.length === 0) {
    chunks.push(current);
    chars.push(size);
  }
  return { chunks, chars, firsts: chunks.map((chunk) => (chunk[0] ? keyOf(chunk[0]) : "")) };
}

const byKey = <T>(keyOf: (entry: T) => string, rowOf: (entry: T) => number) => (a: T, b: T): number => {
  const keyA = keyOf(a);
  const keyB = keyOf(b);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : rowOf(a) - rowOf(b);
};

export interface SplitOptions {
  chunkChars?: number;
  rowsPerChunk?: number;
  keysPerPage?: number;
  rowsPerPiece?: number;
  /** A short query whose chunks hold more JSON than this gets a stored answer. */
  answerAboveChars?: number;
}

export function splitSearchIndex(index: SerializedSearchIndex, { chunkChars = defaultChunkChars, rowsPerChunk = defaultRowsPerChunk, keysPerPage = defaultKeysPerPage, rowsPerPiece = defaultRowsPerPiece, answerAboveChars = 6 * chunkChars }: SplitOptions = {}): SplitIndex {
  const codes: CodeEntry[] = [];
  const suffixes: SuffixEntry[] = [];
  const ends: SuffixEntry[] = [];
  // Each spelling's compact key, made once: sorting and cutting compare them often.
  const spellingKeys = new Map<CodeEntry, string>();
  const codeKey = (entry: CodeEntry): string => spellingKeys.get(entry) ?? "";
  index.codes.forEach(([code, , , , printed = []], row) => {
    for (const [spelling, canonical] of [[code, 1] as const, ...printed.map((text) => [text, 0] as const)]) {
      const key = compact(spelling);
      const entry: CodeEntry = [spelling, row, canonical];
      codes.push(entry);
      spellingKeys.set(entry, key);
      ends.push([reversed(key), spelling, row, canonical]);
      const { starts } = codeParts(spelling);
      for (const start of new Set(starts.slice(1))) if (start > 0 && start < key.length) suffixes.push([key.slice(start), spelling, row, canonical]);
    }
  });
  codes.sort(byKey(codeKey, (entry) => entry[1]));
  suffixes.sort(byKey((entry) => entry[0], (entry) => entry[2]));
  ends.sort(byKey((entry) => entry[0], (entry) => entry[2]));

  // Where each term stands in each row's shown message: the phrase tie-break reads it.
  const positionsByRow = index.codes.map(([, message]) => {
    const at = new Map<string, number[]>();
    words(message).forEach((word, position) => at.set(word, [...(at.get(word) ?? []), position]));
    return at;
  });
  const terms: TermEntry[] = index.terms.flatMap((term, position) => {
    const postings = index.postings[position] ?? "";
    const allRows = decodePostings(postings);
    const positionsOf = (rows: readonly number[]): string => {
      const positions = rows.map((row) => (positionsByRow[row]?.get(term) ?? []).map((at) => at.toString(36)).join(","));
      return positions.every((text) => text === "") ? "" : positions.join(";");
    };
    // Rows all in the first piece (every term of a small index): the postings as they are.
    if ((allRows.at(-1) ?? 0) < rowsPerPiece) return [[term, postings, positionsOf(allRows), 0, ""]];
    const rowsByPiece = new Map<number, number[]>();
    for (const row of allRows) {
      const piece = Math.floor(row / rowsPerPiece);
      const rows = rowsByPiece.get(piece);
      if (rows) rows.push(row);
      else rowsByPiece.set(piece, [row]);
    }
    const later = [...rowsByPiece.keys()].filter((piece) => piece > 0);
    if (!rowsByPiece.has(0)) rowsByPiece.set(0, []);
    return [...rowsByPiece].map(([piece, rows]): TermEntry => [term, encodePostings(rows), positionsOf(rows), piece, piece === 0 ? later.map((at) => at.toString(36)).join(".") : ""]);
  });
  // Each piece's entries come in term order: a stable sort by piece orders them as `termKey` does.
  terms.sort((a, b) => a[3] - b[3]);

  const codeChunks = cut(codes, codeKey, chunkChars);
  const suffixChunks = cut(suffixes, (entry) => entry[0], chunkChars);
  const endChunks = cut(ends, (entry) => entry[0], chunkChars);
  const termChunks = cut(terms, ([term, , , piece]) => termKey(piece, term), chunkChars);
  const keys: string[][] = [];
  const directory = (firsts: string[]): KeyDirectory => keyDirectory(firsts, keysPerPage, keys);
  const chunks = { codes: directory(codeChunks.firsts), ends: directory(endChunks.firsts), suffixes: directory(suffixChunks.firsts), terms: directory(termChunks.firsts) };

  // What a one-word query fetches: the codes and suffixes it begins, and the terms it is or begins (`SplitSearch.plan`).
  const searched = (kind: keyof typeof chunks): ChunkDirectory => {
    const whole = new ChunkDirectory(chunks[kind], keysPerPage);
    chunks[kind].pages.forEach((_, page) => whole.addPage(page, keys[whole.fileOf(page)] ?? []));
    return whole;
  };
  const [codeKeys, suffixKeys, termKeys] = [searched("codes"), searched("suffixes"), searched("terms")];
  const charsOf = (list: readonly number[], { chars }: Cut<unknown>): number => list.reduce((sum, chunk) => sum + (chars[chunk] ?? 0), 0);
  const none = new Set<number>();
  const pieces = Math.max(1, Math.ceil(index.codes.length / rowsPerPiece));
  const isHeavy = (query: string): boolean => {
    const termChunkList = Array.from({ length: pieces }, (_, piece) => termKey(piece, query)).flatMap((key) => (query.length >= 2 ? termKeys.rangeOf(key, none) : [termKeys.chunkOf(key, none) ?? 0]));
    return charsOf(codeKeys.rangeOf(query, none), codeChunks) + charsOf(suffixKeys.rangeOf(query, none), suffixChunks) + charsOf(termChunkList, termChunks) > answerAboveChars;
  };
  const answers = shortAnswers(index, [...spellingKeys.values(), ...suffixes.map(([suffix]) => suffix), ...index.terms], isHeavy);
  // A small index stores no answers, and publishes no empty chunk of them.
  const answerChunks: Cut<AnswerEntry> = answers.length ? cut(answers, (entry) => entry[0], chunkChars) : { chunks: [], chars: [], firsts: [] };
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
      chunks: { ...chunks, answers: directory(answerChunks.firsts) },
      keysPerPage,
      rowsPerChunk,
      rowsPerPiece,
    },
    codes: codeChunks.chunks,
    ends: endChunks.chunks,
    suffixes: suffixChunks.chunks,
    terms: termChunks.chunks,
    answers: answerChunks.chunks,
    rows: rowChunks,
    keys,
  };
}
