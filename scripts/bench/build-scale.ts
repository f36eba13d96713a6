/**
 * Bench section "build": `npm run build` of synthetic corpora (npm run corpus:synthetic)
 * of several sizes, from a cold Next.js cache each time, with wall and CPU time, peak
 * memory of the whole process tree, and the cost of each extra page.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync, statSync } from "node:fs";
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
  /** Phases as Next.js reports them (seconds), when it does. */
  phases: { compileS: number | null; typescriptS: number | null; staticGenerationS: number | null };
  exportBytes: number;
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

function phase(output: string, pattern: RegExp): number | null {
  const match = output.match(pattern);
  if (!match?.[1]) return null;
  const value = Number(match[1]);
  return match[2] === "min" ? value * 60 : match[2] === "ms" ? value / 1000 : value;
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
    // A cold cache each time, as on a fresh clone or a CI machine without a cache.
    rmSync(".next", { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    console.log(`    build: ${codes} codes from ${corpus} …`);
    const run = await buildSite({ outDir, contentDir: corpus, log: `build-${codes}.log` });
    const counted = countPages(outDir);
    console.log(`    build: ${counted.pages} pages in ${(run.wallMs / 1000).toFixed(1)} s; removing the export …`);
    rmSync(outDir, { recursive: true, force: true });
    runs.push({
      codes,
      pages: counted.pages,
      errorPages: counted.errorPages,
      wallMs: run.wallMs,
      cpuMs: run.cpuMs,
      peakBytes: run.peakBytes,
      peakProcesses: run.peakProcesses,
      phases: {
        compileS: phase(run.output, /Compiled successfully in ([\d.]+)(ms|s|min)/),
        typescriptS: phase(run.output, /Finished TypeScript in ([\d.]+)(ms|s|min)/),
        staticGenerationS: phase(run.output, /Generating static pages[^\n]*\) in ([\d.]+)(ms|s|min)/),
      },
      exportBytes: counted.bytes,
    });
  }
  rmSync(".next", { recursive: true, force: true });
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
const orDash = (value: number | null, unit: string) => (value === null ? "–" : `${Math.round(value)} ${unit}`);

export function buildTables(figures: BuildFigures): string {
  const lines = [
    `Cold builds (no .next cache), \`npm run build\` (content check + next build); load average when started: ${figures.loadAverage.join(", ")}.`,
    "",
    "| codes | pages (error pages) | wall time | CPU time | peak memory (processes) | compile | TypeScript | static generation | export size |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const run of figures.runs) {
    lines.push(
      `| ${run.codes.toLocaleString("en-US")} | ${run.pages.toLocaleString("en-US")} (${run.errorPages.toLocaleString("en-US")}) | ${minutes(run.wallMs)} | ${minutes(run.cpuMs)} | ${gib(run.peakBytes)} (${run.peakProcesses}) | ${orDash(run.phases.compileS, "s")} | ${orDash(run.phases.typescriptS, "s")} | ${orDash(run.phases.staticGenerationS, "s")} | ${(run.exportBytes / 2 ** 20).toFixed(0)} MB |`,
    );
  }
  if (figures.msPerExtraPage !== null && figures.cpuMsPerExtraPage !== null) {
    lines.push("", `Each extra page: ${figures.msPerExtraPage.toFixed(1)} ms wall, ${figures.cpuMsPerExtraPage.toFixed(1)} ms CPU.`);
  }
  return lines.join("\n");
}
