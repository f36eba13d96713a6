/**
 * Bench section "lighthouse": Lighthouse 12.2.3 with Debian's Chromium, mobile and desktop
 * presets, several runs per page and preset; the table shows medians (mobile timings vary
 * a lot between runs on a shared 2-core machine).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { chromiumArgs, chromiumPath } from "../browser.mjs";
import { rawPath, serve } from "./site";
import { median } from "./stats";
import type { BenchPage } from "./weight";

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof categories)[number];
const presets = ["mobile", "desktop"] as const;
type Preset = (typeof presets)[number];

interface RunFigures {
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Lighthouse's estimate of this machine's speed (a fast desktop is about 1,500–2,000). */
  benchmarkIndex: number;
  /** Audits below full marks in the non-performance categories, to know what to fix. */
  failing: string[];
}

export interface LighthouseResult {
  page: string;
  urlPath: string;
  preset: Preset;
  runs: RunFigures[];
  median: Omit<RunFigures, "failing">;
  failing: string[];
}

export interface LighthouseFigures {
  lighthouse: string;
  chromium: string;
  chromeFlags: string[];
  runsPerPreset: number;
  /** Load average of the machine when the runs started: other work slows Lighthouse's timings. */
  loadAverage: number[];
  results: LighthouseResult[];
}

const lighthouseCli = path.resolve("node_modules/lighthouse/cli/index.js");
const chromeFlags = [...new Set(["--headless", "--no-sandbox", "--disable-gpu", ...chromiumArgs])];

interface Audit {
  numericValue?: number;
  score: number | null;
}
interface Report {
  lighthouseVersion: string;
  environment: { benchmarkIndex: number; hostUserAgent: string };
  categories: Record<Category, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

function isReport(value: unknown): value is Report {
  return typeof value === "object" && value !== null && "categories" in value && "audits" in value && "environment" in value;
}

function byCategory(score: (category: Category) => number): Record<Category, number> {
  return { performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo") };
}

function runLighthouse(url: string, preset: Preset, output: string): Promise<Report> {
  const args = [
    lighthouseCli,
    url,
    "--quiet",
    "--output=json",
    `--output-path=${output}`,
    `--only-categories=${categories.join(",")}`,
    `--chrome-flags=${chromeFlags.join(" ")}`,
  ];
  if (preset === "desktop") args.push("--preset=desktop");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code}: ${errors.trim()}`));
      const report: unknown = JSON.parse(readFileSync(output, "utf8"));
      if (!isReport(report)) return reject(new Error(`${output} is not a Lighthouse report`));
      resolve(report);
    });
  });
}

function figuresOf(report: Report): RunFigures {
  const numeric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const failing = categories
    .filter((category) => category !== "performance")
    .flatMap((category) =>
      report.categories[category].auditRefs
        .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category}: ${ref.id}`),
    );
  return {
    scores: byCategory((category) => Math.round(report.categories[category].score * 100)),
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    fcpMs: numeric("first-contentful-paint"),
    benchmarkIndex: report.environment.benchmarkIndex,
    failing,
  };
}

function medianOf(runs: RunFigures[]): Omit<RunFigures, "failing"> {
  const of = (pick: (run: RunFigures) => number) => median(runs.map(pick));
  return {
    scores: byCategory((category) => of((run) => run.scores[category])),
    lcpMs: of((run) => run.lcpMs),
    tbtMs: of((run) => run.tbtMs),
    cls: of((run) => run.cls),
    fcpMs: of((run) => run.fcpMs),
    benchmarkIndex: of((run) => run.benchmarkIndex),
  };
}

export async function benchLighthouse(outDir: string, pages: BenchPage[], runsPerPreset: number): Promise<LighthouseFigures> {
  if (!chromiumPath) throw new Error("no Chromium found: install Debian's chromium (npm test does) or set CHROMIUM_PATH");
  const loadAverage = loadavg().map((value) => Math.round(value * 10) / 10);
  const served = await serve(outDir);
  const results: LighthouseResult[] = [];
  let version = "";
  let chromium = "";
  try {
    for (const page of pages) {
      for (const preset of presets) {
        const runs: RunFigures[] = [];
        for (let run = 1; run <= runsPerPreset; run++) {
          const slug = `${page.urlPath.replace(/\W+/g, "_").replace(/^_|_$/g, "")}-${preset}-${run}`;
          const report = await runLighthouse(served.origin + page.urlPath, preset, rawPath(`lighthouse-${slug}.json`)).catch(async (error: unknown) => {
            // Once more, in case the server was stopped under us; a second failure ends the benchmark.
            console.warn(`    ${error instanceof Error ? error.message : String(error)}; trying again`);
            await served.ensureRunning();
            return runLighthouse(served.origin + page.urlPath, preset, rawPath(`lighthouse-${slug}.json`));
          });
          version = report.lighthouseVersion;
          chromium = report.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? report.environment.hostUserAgent;
          const figures = figuresOf(report);
          runs.push(figures);
          console.log(`    ${page.name} ${preset} run ${run}: performance ${figures.scores.performance}, LCP ${Math.round(figures.lcpMs)} ms, TBT ${Math.round(figures.tbtMs)} ms`);
        }
        results.push({ page: page.name, urlPath: page.urlPath, preset, runs, median: medianOf(runs), failing: [...new Set(runs.flatMap((run) => run.failing))] });
      }
    }
  } finally {
    await served.stop();
  }
  return { lighthouse: version, chromium, chromeFlags, runsPerPreset, loadAverage, results };
}

const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;

export function lighthouseTables(figures: LighthouseFigures): string {
  const lines = [
    `Lighthouse ${figures.lighthouse}, ${figures.chromium}, median of ${figures.runsPerPreset} runs; load average when started: ${figures.loadAverage.join(", ")}.`,
    "",
    "| page | preset | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | benchmarkIndex |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const result of figures.results) {
    const m = result.median;
    lines.push(
      `| ${result.page} | ${result.preset} | ${m.scores.performance} | ${m.scores.accessibility} | ${m.scores["best-practices"]} | ${m.scores.seo} | ${seconds(m.fcpMs)} | ${seconds(m.lcpMs)} | ${Math.round(m.tbtMs)} ms | ${m.cls.toFixed(3)} | ${Math.round(m.benchmarkIndex)} |`,
    );
  }
  const failing = figures.results.filter((result) => result.failing.length > 0);
  if (failing.length) {
    lines.push("");
    for (const result of failing) lines.push(`${result.page} ${result.preset}, below full marks: ${result.failing.join(", ")}.`);
  }
  return lines.join("\n");
}
