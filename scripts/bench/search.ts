/**
 * Bench section "search": for synthetic corpora of each size, the index file
 * (raw and gzip), its load time, and the median and 95th-percentile time of
 * each kind of query, for our engine and for MiniSearch on the same rows.
 */
import { execFileSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { loadContentCached } from "../../lib/content/cache";
import { loadContent } from "../../lib/content/loader";
import { buildSearchIndex } from "../../lib/search/build";
import { Catalog } from "../../lib/site/catalog";
import type { SyntheticLocale } from "../synthetic/corpus";
import { defaultCorpusDir, writeSyntheticCorpus } from "../synthetic/write";
import { type BrowseFigures, parseBrowseFigures } from "./browse-figures";
import { measureSplit, type SplitFigures, splitTable } from "./search-split";
import { browserBytes, type Engine, miniSearchEngine, ownEngine } from "./search-engines";
import { benchQueries, queryKinds, type QueryKind } from "./search-queries";
import { kb, median, ms, p95, timeEach } from "./stats";

export interface SearchBenchOptions {
  sizes: number[];
  /** Queries of each kind, and how often each runs. */
  perKind: number;
  repeats: number;
  loads: number;
  /** The synthetic corpus's locales (default: all four); `pt-PT` alone for the 100,000-code figures. */
  locales?: SyntheticLocale[];
}

export const defaultSearchBench: SearchBenchOptions = { sizes: [1000, 10000], perKind: 40, repeats: 3, loads: 10 };

/** Above this many codes only our engine is measured: MiniSearch's index would take minutes and gigabytes to build. */
const miniSearchUpTo = 10_000;

interface KindFigures {
  kind: QueryKind;
  medianMs: number;
  p95Ms: number;
  /** Share of queries whose first answer is right, where the kind has a right answer. */
  right: number | null;
}

export interface EngineFigures {
  engine: string;
  indexBytes: number;
  indexGzipBytes: number;
  buildMs: number;
  loadMedianMs: number;
  loadP95Ms: number;
  allQueries: { medianMs: number; p95Ms: number; right: number };
  byKind: KindFigures[];
}

export interface SearchBenchResult {
  codes: number;
  locale: string;
  parseMs: number;
  engines: EngineFigures[];
  split: SplitFigures;
  /** The index and letter pages of the same corpus (`browse-pages.ts`). */
  browse: BrowseFigures;
}

export interface SearchBench {
  options: SearchBenchOptions;
  browserGzipBytes: Record<string, number>;
  sizes: SearchBenchResult[];
}

const locale = "pt-PT";
const otherLocale = "en-US";

function measureEngine(makeEngine: () => Engine, queries: ReturnType<typeof benchQueries>, options: SearchBenchOptions): EngineFigures {
  const built = performance.now();
  const engine = makeEngine();
  const buildMs = performance.now() - built;
  const loads = timeEach(options.loads, () => engine.load(engine.file));
  const query = engine.load(engine.file);
  for (const { text } of queries) query(text); // warm up
  const timesByKind = new Map<QueryKind, number[]>();
  const rightByKind = new Map<QueryKind, boolean[]>();
  for (const bench of queries) {
    const times = timeEach(options.repeats, () => query(bench.text));
    timesByKind.set(bench.kind, [...(timesByKind.get(bench.kind) ?? []), ...times]);
    if (bench.isRight) rightByKind.set(bench.kind, [...(rightByKind.get(bench.kind) ?? []), bench.isRight(query(bench.text))]);
  }
  const share = (answers: boolean[]): number => answers.filter(Boolean).length / answers.length;
  const byKind = queryKinds.map((kind): KindFigures => {
    const times = timesByKind.get(kind) ?? [];
    const answers = rightByKind.get(kind);
    return { kind, medianMs: median(times), p95Ms: p95(times), right: answers ? share(answers) : null };
  });
  const allTimes = [...timesByKind.values()].flat();
  const file = Buffer.from(engine.file);
  return {
    engine: engine.name,
    indexBytes: file.length,
    indexGzipBytes: gzipSync(file).length,
    buildMs,
    loadMedianMs: median(loads),
    loadP95Ms: p95(loads),
    allQueries: { medianMs: median(allTimes), p95Ms: p95(allTimes), right: share([...rightByKind.values()].flat()) },
    byKind,
  };
}

export async function benchSearch(options: SearchBenchOptions = defaultSearchBench, log: (line: string) => void = console.log): Promise<SearchBench> {
  const seedIndex = buildSearchIndex(new Catalog(loadContent(["content"])), locale);
  const browserGzipBytes: Record<string, number> = {};
  for (const engine of [ownEngine(seedIndex), miniSearchEngine(seedIndex)]) browserGzipBytes[engine.name] = await browserBytes(engine);
  const sizes: SearchBenchResult[] = [];
  for (const codes of options.sizes) {
    const dir = options.locales ? `${defaultCorpusDir(codes)}-${options.locales.join("-")}` : defaultCorpusDir(codes);
    writeSyntheticCorpus(dir, { codes, locales: options.locales });
    log(`search: ${codes} codes, parsing ${dir} …`);
    const parsed = performance.now();
    // Cached by content (lib/content/cache.ts): a second run at 100,000 codes need not parse again.
    const catalog = new Catalog(loadContentCached([dir]));
    const parseMs = performance.now() - parsed;
    const index = buildSearchIndex(catalog, locale);
    const queries = benchQueries(catalog, locale, options.locales && !options.locales.includes(otherLocale) ? locale : otherLocale, options.perKind);
    const engines = [measureEngine(() => ownEngine(index), queries, options)];
    if (codes <= miniSearchUpTo) engines.push(measureEngine(() => miniSearchEngine(index), queries, options));
    log(`search: ${codes} codes, split index …`);
    const split = await measureSplit(index, queries, options.repeats);
    log(`search: ${codes} codes, index and letter pages …`);
    sizes.push({ codes, locale, parseMs, engines, split, browse: measureBrowsePages(dir) });
    log(`search: ${codes} codes done`);
  }
  return { options, browserGzipBytes, sizes };
}

/** Renders the corpus's index and letter pages in a process of its own: the pages read their catalog from CONTENT_DIR. */
function measureBrowsePages(dir: string): BrowseFigures {
  const output = execFileSync(process.execPath, ["--import", "tsx", "scripts/bench/browse-pages.ts"], { env: { ...process.env, CONTENT_DIR: dir }, encoding: "utf8", maxBuffer: 1 << 20 });
  return parseBrowseFigures(output);
}

function percent(value: number | null): string {
  return value === null ? "–" : `${Math.round(value * 100)} %`;
}

/** The section's tables, as they go in the README. */
export function searchTables(bench: SearchBench): string {
  const lines: string[] = [];
  lines.push("| codes | engine | index raw | index gzip | load median / p95 | query median / p95 (all kinds) | first answer right |");
  lines.push("|---:|---|---:|---:|---:|---:|---:|");
  for (const size of bench.sizes) {
    for (const engine of size.engines) {
      lines.push(
        `| ${size.codes.toLocaleString("en-US")} | ${engine.engine} | ${kb(engine.indexBytes)} | ${kb(engine.indexGzipBytes)} | ${ms(engine.loadMedianMs)} / ${ms(engine.loadP95Ms)} ms | ${ms(engine.allQueries.medianMs)} / ${ms(engine.allQueries.p95Ms)} ms | ${percent(engine.allQueries.right)} |`,
      );
    }
  }
  lines.push("");
  const columns = bench.sizes.flatMap((size) => size.engines.map((engine) => ({ size, engine })));
  lines.push(`| query kind | ${columns.map(({ size, engine }) => `${size.codes.toLocaleString("en-US")}, ${engine.engine.split(" ")[0]}: median / p95 (right)`).join(" | ")} |`);
  lines.push(`|---|${columns.map(() => "---:").join("|")}|`);
  for (const kind of queryKinds) {
    const cells = columns.map(({ engine }) => {
      const figures = engine.byKind.find((candidate) => candidate.kind === kind);
      return figures ? `${ms(figures.medianMs)} / ${ms(figures.p95Ms)} ms (${percent(figures.right)})` : "–";
    });
    lines.push(`| ${kind} | ${cells.join(" | ")} |`);
  }
  lines.push("");
  lines.push("Split index (lib/search/split.ts), each query from nothing fetched:");
  lines.push("");
  lines.push(splitTable(bench.sizes));
  lines.push("");
  lines.push(`Engine code in the browser (minified, gzip): ${Object.entries(bench.browserGzipBytes).map(([name, bytes]) => `${name} ${kb(bytes)}`).join(", ")}.`);
  lines.push("");
  lines.push("Index and letter pages of the same corpora (scripts/bench/browse-pages.ts), HTML:");
  lines.push("");
  lines.push("| codes | index pages | index gzip: median / max (raw max) | letter pages | letter page gzip: median / max (raw max) | largest letter |");
  lines.push("|---:|---:|---:|---:|---:|---|");
  for (const { codes, browse } of bench.sizes) {
    const { index, letters } = browse;
    lines.push(
      `| ${codes.toLocaleString("en-US")} | ${index.pages} | ${kb(index.medianGzip)} / ${kb(index.maxGzip)} (${kb(index.maxRaw)}) | ${letters.pages} | ${kb(letters.medianGzip)} / ${kb(letters.maxGzip)} (${kb(letters.maxRaw)}) | ${letters.letter}: ${letters.pagesOfLargestLetter} page${letters.pagesOfLargestLetter === 1 ? "" : "s"} |`,
    );
  }
  return lines.join("\n");
}
