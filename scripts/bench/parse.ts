/**
 * Bench section "parse": the content pipeline alone (lib/content loadContent, no cache) on
 * synthetic corpora of growing size, to show that its cost grows with the content and no
 * faster. Each size is parsed once to warm up, then the sizes take turns, round after round; the table gives
 * medians, the cost per megabyte of markdown, and how that cost changes from the smallest
 * corpus to each larger one (1.00 × is perfectly linear).
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { loadContent } from "../../lib/content/loader";
import { syntheticLocales } from "../synthetic/corpus";
import { defaultCorpusDir, writeSyntheticCorpus } from "../synthetic/write";
import { median, ms, timeEach } from "./stats";

export interface ParseRun {
  codes: number;
  files: number;
  bytes: number;
  entries: number;
  medianMs: number;
  msPerMiB: number;
}

export interface ParseFigures {
  runs: ParseRun[];
  repeats: number;
}

function markdownBytes(dir: string): { files: number; bytes: number } {
  const totals = { files: 0, bytes: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
    totals.files += 1;
    totals.bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return totals;
}

export function benchParse(sizes: number[], repeats: number): ParseFigures {
  const corpora = sizes.map((codes) => {
    const dir = defaultCorpusDir(codes);
    writeSyntheticCorpus(dir, { codes, seed: 1, locales: [...syntheticLocales] });
    const warm = loadContent([dir]);
    return { codes, dir, ...markdownBytes(dir), entries: warm.articles.reduce((n, article) => n + article.entries.length, 0), times: [] as number[] };
  });
  // Sizes take turns in every round, so that a change in the machine's load falls on all of
  // them alike and the ratios between sizes stay meaningful.
  for (let round = 0; round < repeats; round++) {
    for (const corpus of corpora) corpus.times.push(...timeEach(1, () => loadContent([corpus.dir])));
  }
  return {
    repeats,
    runs: corpora.map(({ codes, files, bytes, entries, times }) => {
      const medianMs = median(times);
      console.log(`    parse: ${codes} codes (${files} files, ${(bytes / 2 ** 20).toFixed(1)} MiB) in ${ms(medianMs)} ms`);
      return { codes, files, bytes, entries, medianMs, msPerMiB: medianMs / (bytes / 2 ** 20) };
    }),
  };
}

export function parseTables(figures: ParseFigures): string {
  const first = figures.runs[0];
  const lines = [
    `Content pipeline alone (loadContent, no cache), synthetic corpora in ${syntheticLocales.length} locales, median of ${figures.repeats} rounds (the sizes take turns in each round) after one warm-up.`,
    "",
    "| codes | files | markdown | error entries | parse time | per MiB | per MiB ÷ smallest |",
    "|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const run of figures.runs) {
    const ratio = first ? (run.msPerMiB / first.msPerMiB).toFixed(2) : "–";
    lines.push(
      `| ${run.codes.toLocaleString("en-US")} | ${run.files.toLocaleString("en-US")} | ${(run.bytes / 2 ** 20).toFixed(1)} MiB | ${run.entries.toLocaleString("en-US")} | ${ms(run.medianMs)} ms | ${ms(run.msPerMiB)} ms | ${ratio} × |`,
    );
  }
  return lines.join("\n");
}
