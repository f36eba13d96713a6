/**
 * Bench for the split search index (issue 15): for each query kind, what a first search
 * fetches (gzip: the manifest, the key pages and chunks ranked, and the rows shown), and how long it
 * answers once its data has arrived (parsing the chunks, merging them, ranking, in Node).
 * Each query starts from nothing fetched, as a fresh page would. A query answered first from
 * the first rows (`onFirst`) counts what was fetched until then.
 */
import { gzipSync } from "node:zlib";
import type { SerializedSearchIndex } from "../../lib/search/format";
import { type ChunkKind, chunkKinds, type SplitOptions, splitSearchIndex } from "../../lib/search/split";
import { SplitSearch } from "../../lib/search/split-search";
import { type BenchQuery, queryKinds, type QueryKind } from "./search-queries";
import { kb, median, ms, p95 } from "./stats";

export interface SplitKindFigures {
  kind: QueryKind;
  /** Gzip bytes fetched before the first answer shows: manifest, ranked chunks, the first hit's rows. */
  firstAnswerMedian: number;
  firstAnswerMax: number;
  /** Gzip bytes fetched for the whole first screen of results (20 rows). */
  screenMax: number;
  answerMedianMs: number;
  answerP95Ms: number;
  right: number | null;
}

export interface SplitFigures {
  chunks: Record<ChunkKind, number>;
  manifestGzipBytes: number;
  totalGzipBytes: number;
  byKind: SplitKindFigures[];
}

const gzipSize = (text: string): number => gzipSync(Buffer.from(text)).length;

export async function measureSplit(index: SerializedSearchIndex, queries: readonly BenchQuery[], repeats: number, options?: SplitOptions): Promise<SplitFigures> {
  const split = splitSearchIndex(index, options);
  const raw = new Map<string, string>();
  const sizes = new Map<string, number>();
  const rawChunk = (kind: ChunkKind, chunk: number): string => {
    const key = `${kind}:${chunk}`;
    let text = raw.get(key);
    if (text === undefined) {
      text = JSON.stringify(split[kind][chunk] ?? null);
      raw.set(key, text);
      sizes.set(key, gzipSize(text));
    }
    return text;
  };
  const manifestText = JSON.stringify(split.manifest);
  const manifestGzipBytes = gzipSize(manifestText);
  const figures = new Map<QueryKind, { first: number[]; screen: number[]; times: number[]; right: boolean[] }>();
  for (const query of queries) {
    const fetched: string[] = [];
    const counting = new SplitSearch(JSON.parse(manifestText), async (kind, chunk) => {
      fetched.push(`${kind}:${chunk}`);
      return JSON.parse(rawChunk(kind, chunk));
    });
    let fetchedBeforeFirst: string[] | undefined;
    const result = await counting.search(query.text, {}, 20, () => {
      fetchedBeforeFirst = [...fetched];
    });
    const bytesOf = (keys: readonly string[]): number => manifestGzipBytes + keys.reduce((sum, key) => sum + (sizes.get(key) ?? 0), 0);
    const firstRow = result.hits[0]?.code.row;
    const firstRows = firstRow === undefined ? [] : [`rows:${Math.floor(firstRow / split.manifest.rowsPerChunk)}`];
    const ranked = fetched.filter((key) => !key.startsWith("rows:"));
    const times: number[] = [];
    for (let run = 0; run < repeats; run++) {
      // The data has arrived: only parsing, merging and ranking are timed, until the first answer shows.
      const fresh = new SplitSearch(JSON.parse(manifestText), async (kind, chunk) => JSON.parse(rawChunk(kind, chunk)));
      const started = performance.now();
      let answered: number | undefined;
      await fresh.search(query.text, {}, 20, () => {
        answered = performance.now();
      });
      times.push((answered ?? performance.now()) - started);
    }
    const entry = figures.get(query.kind) ?? { first: [], screen: [], times: [], right: [] };
    entry.first.push(bytesOf(fetchedBeforeFirst ?? [...ranked, ...firstRows]));
    entry.screen.push(bytesOf(fetched));
    entry.times.push(...times);
    if (query.isRight) entry.right.push(query.isRight(result.hits[0] ? { code: result.hits[0].code.code, message: result.hits[0].code.message } : null));
    figures.set(query.kind, entry);
  }
  for (const kind of chunkKinds) split[kind].forEach((_, chunk) => rawChunk(kind, chunk));
  const chunks = { codes: split.codes.length, ends: split.ends.length, suffixes: split.suffixes.length, terms: split.terms.length, answers: split.answers.length, rows: split.rows.length, keys: split.keys.length };
  return {
    chunks,
    manifestGzipBytes,
    totalGzipBytes: manifestGzipBytes + [...sizes.values()].reduce((sum, size) => sum + size, 0),
    byKind: queryKinds.flatMap((kind): SplitKindFigures[] => {
      const entry = figures.get(kind);
      if (!entry) return [];
      return [
        {
          kind,
          firstAnswerMedian: median(entry.first),
          firstAnswerMax: Math.max(...entry.first),
          screenMax: Math.max(...entry.screen),
          answerMedianMs: median(entry.times),
          answerP95Ms: p95(entry.times),
          right: entry.right.length ? entry.right.filter(Boolean).length / entry.right.length : null,
        },
      ];
    }),
  };
}

export function splitTable(sizes: ReadonlyArray<{ codes: number; split?: SplitFigures }>): string {
  const lines = [
    "| codes | query kind | first answer fetches, gzip: median / max | first screen (20 rows), max | answer after data, median / p95 | first answer right |",
    "|---:|---|---:|---:|---:|---:|",
  ];
  for (const { codes, split } of sizes) {
    if (!split) continue;
    for (const kind of split.byKind) {
      const right = kind.right === null ? "–" : `${Math.round(kind.right * 100)} %`;
      lines.push(`| ${codes.toLocaleString("en-US")} | ${kind.kind} | ${kb(kind.firstAnswerMedian)} / ${kb(kind.firstAnswerMax)} | ${kb(kind.screenMax)} | ${ms(kind.answerMedianMs)} / ${ms(kind.answerP95Ms)} ms | ${right} |`);
    }
    lines.push(
      `| ${codes.toLocaleString("en-US")} | (the split index) | manifest ${kb(split.manifestGzipBytes)}; all chunks ${kb(split.totalGzipBytes)} | ${Object.entries(split.chunks).map(([kind, count]) => `${count} ${kind}`).join(", ")} | | |`,
    );
  }
  return lines.join("\n");
}
