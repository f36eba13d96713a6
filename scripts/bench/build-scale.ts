/**
 * Bench section "build": `npm run build` of synthetic corpora (npm run corpus:synthetic)
 * of several sizes, cold each time (no build cache, no export folder), with wall and CPU
 * time, peak memory of the whole process tree, the build's own phases and the cost of each
 * extra page; then, for each size, one article edited and the site built again from the
 * cold build's cache and output (the incremental build).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { buildSite } from "./site";

export interface BuildRun {
  codes: number;
  /** HTML pages in the export, and error pages among them. */
  pages: number;
  errorPages: number;
  wallMs: number;
  cpuMs: number;
  peakBytes: number;
  peakProcesses: number;
  /** The build's phases as it prints them (`build phases: content check 2.4 s, pages 7.9 s, …`), in seconds. */
  phases: Record<string, number>;
  exportBytes: number;
  /** After one article was edited: the rebuild from this build's cache and output. */
  incremental: { wallMs: number; rendered: number; files: number } | null;
}

export interface BuildFigures {
  runs: BuildRun[];
  /** Between the smallest and the largest corpus: extra wall time per extra page. */
  msPerExtraPage: number | null;
  cpuMsPerExtraPage: number | null;
  loadAverage: number[];
}

/** Where the synthetic exports go while they are counted; removed afterwards (10,000 codes is several GB). */
const exportDir = (codes: number) => path.join("bench", "sites", `out-${codes}`);

/** Pages, error pages among them, and bytes of an export. */
function countPages(dir: string): { pages: number; errorPages: number; bytes: number } {
  const totals = { pages: 0, errorPages: 0, bytes: 0 };
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const target = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(target);
      else if (entry.isFile()) {
        totals.bytes += statSync(target).size;
        if (entry.name !== "index.html") continue;
        totals.pages += 1;
        // <locale>/errors/<code>/: the locale-less /errors/<code>/ only sends the visitor on.
        const errors = path.dirname(folder);
        if (path.basename(errors) === "errors" && path.dirname(errors) !== dir) totals.errorPages += 1;
      }
    }
  };
  walk(dir);
  return totals;
}

/** `build phases: content check 2.4 s, pages 7.9 s, images 1.5 s, headers and compression 1.9 s; total 13.7 s` → seconds by phase. */
export function buildPhases(output: string): Record<string, number> {
  const line = output.split("\n").find((candidate) => candidate.startsWith("build phases: "));
  if (!line) return {};
  const phases: Record<string, number> = {};
  for (const part of line.slice("build phases: ".length).split(/[,;] /)) {
    const match = /^(.+) ([\d.]+) s$/.exec(part.trim());
    if (match?.[1] && match[2]) phases[match[1]] = Number(match[2]);
  }
  return phases;
}

/** The first error message of the first pt-PT article, edited as an editor would. */
function editOneArticle(corpus: string): void {
  const folder = path.join(corpus, "pt-PT");
  const [name] = readdirSync(folder).filter((file) => file.endsWith(".md")).sort();
  if (!name) throw new Error(`no article in ${folder}`);
  const file = path.join(folder, name);
  const text = readFileSync(file, "utf8");
  const edited = text.replace(/(\*\*Mensagem de erro\*\*: )/, "$1(revisto) ");
  if (edited === text) throw new Error(`${file} has no "**Mensagem de erro**:" line to edit`);
  writeFileSync(file, edited);
}

function generateCorpus(codes: number): string {
  const dir = path.join(tmpdir(), `error-guide-synthetic-${codes}`);
  const generated = spawnSync("npm", ["run", "--silent", "corpus:synthetic", "--", "--codes", String(codes), "--out", dir], { stdio: "inherit" });
  if (generated.status !== 0) throw new Error(`npm run corpus:synthetic -- --codes ${codes} failed`);
  return dir;
}

export async function benchBuild(sizes: number[]): Promise<BuildFigures> {
  const loadAverage = loadavg().map((value) => Math.round(value * 10) / 10);
  const runs: BuildRun[] = [];
  for (const codes of sizes) {
    const corpus = generateCorpus(codes);
    const outDir = exportDir(codes);
    // Cold each time, as on a fresh clone or a CI machine without a cache.
    rmSync(outDir, { recursive: true, force: true });
    const cacheDir = path.join(tmpdir(), `error-guide-build-cache-${codes}`);
    rmSync(cacheDir, { recursive: true, force: true });
    console.log(`    build: ${codes} codes from ${corpus} …`);
    const run = await buildSite({ outDir, contentDir: corpus, cacheDir, log: `build-${codes}.log` });
    const counted = countPages(outDir);
    console.log(`    build: ${counted.pages} pages in ${(run.wallMs / 1000).toFixed(1)} s; one article edited, built again …`);
    editOneArticle(corpus);
    const again = await buildSite({ outDir, contentDir: corpus, cacheDir, log: `build-${codes}-incremental.log` });
    const rendered = /incremental: (\d+) of (\d+) files rendered again/.exec(again.output);
    console.log(`    build: incremental in ${(again.wallMs / 1000).toFixed(1)} s; removing the export …`);
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
    runs.push({
      codes,
      pages: counted.pages,
      errorPages: counted.errorPages,
      wallMs: run.wallMs,
      cpuMs: run.cpuMs,
      peakBytes: run.peakBytes,
      peakProcesses: run.peakProcesses,
      phases: buildPhases(run.output),
      exportBytes: counted.bytes,
      incremental: rendered ? { wallMs: again.wallMs, rendered: Number(rendered[1]), files: Number(rendered[2]) } : null,
    });
  }
  const first = runs[0];
  const last = runs[runs.length - 1];
  const extraPages = first && last ? last.pages - first.pages : 0;
  return {
    runs,
    msPerExtraPage: first && last && extraPages > 0 ? (last.wallMs - first.wallMs) / extraPages : null,
    cpuMsPerExtraPage: first && last && extraPages > 0 ? (last.cpuMs - first.cpuMs) / extraPages : null,
    loadAverage,
  };
}

const minutes = (ms: number) => (ms >= 60_000 ? `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s` : `${(ms / 1000).toFixed(1)} s`);
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const orDash = (value: number | null, unit: string) => (value === null ? "–" : `${value.toFixed(1)} ${unit}`);

const phaseNames = (figures: BuildFigures) => [...new Set(figures.runs.flatMap((run) => Object.keys(run.phases).filter((name) => name !== "total")))];

export function buildTables(figures: BuildFigures): string {
  const phases = phaseNames(figures);
  const lines = [
    `Cold builds (no build cache, no export folder), \`npm run build\`; load average when started: ${figures.loadAverage.join(", ")}. ` +
      "Incremental: one article edited, then built again from the cold build's cache and output.",
    "",
    `| codes | pages (error pages) | wall time | CPU time | peak memory (processes) | ${phases.join(" | ")} | export size | incremental (files rendered) |`,
    `|---:|---:|---:|---:|---:|${phases.map(() => "---:|").join("")}---:|---:|`,
  ];
  for (const run of figures.runs) {
    const incremental = run.incremental
      ? `${minutes(run.incremental.wallMs)}, ${Math.round((run.incremental.wallMs / run.wallMs) * 100)} % (${run.incremental.rendered.toLocaleString("en-US")} of ${run.incremental.files.toLocaleString("en-US")})`
      : "–";
    lines.push(
      `| ${run.codes.toLocaleString("en-US")} | ${run.pages.toLocaleString("en-US")} (${run.errorPages.toLocaleString("en-US")}) | ${minutes(run.wallMs)} | ${minutes(run.cpuMs)} | ${gib(run.peakBytes)} (${run.peakProcesses}) | ${phases.map((name) => orDash(run.phases[name] ?? null, "s")).join(" | ")} | ${(run.exportBytes / 2 ** 20).toFixed(0)} MB | ${incremental} |`,
    );
  }
  if (figures.msPerExtraPage !== null && figures.cpuMsPerExtraPage !== null) {
    lines.push("", `Each extra page: ${figures.msPerExtraPage.toFixed(1)} ms wall, ${figures.cpuMsPerExtraPage.toFixed(1)} ms CPU.`);
  }
  return lines.join("\n");
}
