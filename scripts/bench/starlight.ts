/**
 * Bench section "build", first part: our cold build against Starlight's for the same 2,000
 * error pages (../shared/perf-ref: 500 synthetic codes in four locales, and the same pages
 * as a minimal Starlight 0.37 site; see its README). Starlight is set up once in a scratch
 * folder; then the two builds alternate (ours, Starlight, ours, Starlight…), cold each time,
 * and the medians are compared: these machines are noisy, and a ratio measured in one run
 * is what holds. Skipped, with a message, when the reference is not there.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { buildPhases } from "./build-scale";
import { runMeasured } from "./process-tree";
import { buildSite, rawPath } from "./site";
import { median } from "./stats";

const referenceDir = path.resolve("..", "shared", "perf-ref");
const scratch = path.join(tmpdir(), "error-guide-perf-ref");

interface Run {
  wallMs: number;
  cpuMs: number;
  peakBytes: number;
}

export interface StarlightFigures {
  ours: (Run & { phases: Record<string, number> })[];
  starlight: Run[];
  /** Median of our wall times ÷ median of Starlight's. */
  ratio: number;
  loadAverage: number[];
}

function run(command: string, args: string[], cwd: string, what: string): void {
  const done = spawnSync(command, args, { cwd, stdio: "inherit", env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" } });
  if (done.status !== 0) throw new Error(`${what} failed (${command} ${args.join(" ")} in ${cwd})`);
}

/** The synthetic corpus and the Starlight site, unpacked and installed once per machine. */
function setUp(): { corpus: string; site: string } {
  const corpus = path.join(scratch, "syn500");
  const site = path.join(scratch, "starlight");
  if (!existsSync(corpus)) {
    mkdirSync(scratch, { recursive: true });
    run("tar", ["xzf", path.join(referenceDir, "synthetic-500.tar.gz"), "-C", scratch], ".", "unpacking the synthetic corpus");
  }
  if (!existsSync(path.join(site, "node_modules"))) {
    rmSync(site, { recursive: true, force: true });
    run("cp", ["-r", path.join(referenceDir, "starlight"), site], ".", "copying the Starlight site");
    run("tar", ["xzf", path.join(referenceDir, "starlight-docs-500.tar.gz"), "-C", path.join(site, "src")], ".", "unpacking the Starlight pages");
    run("npm", ["ci", "--no-audit", "--no-fund"], site, "installing Starlight");
  }
  return { corpus, site };
}

export async function benchStarlight(rounds: number): Promise<StarlightFigures | { skipped: string }> {
  if (!existsSync(path.join(referenceDir, "starlight"))) return { skipped: `no reference at ${referenceDir} (see the issue's perf-ref)` };
  const { corpus, site } = setUp();
  const loadAverage = loadavg().map((value) => Math.round(value * 10) / 10);
  const ours: StarlightFigures["ours"] = [];
  const starlight: Run[] = [];
  const outDir = path.join(scratch, "out");
  const cacheDir = path.join(scratch, "build-cache");
  for (let round = 1; round <= rounds; round += 1) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
    const measured = await buildSite({ outDir, contentDir: corpus, cacheDir, log: `build-vs-starlight-${round}.log` });
    ours.push({ wallMs: measured.wallMs, cpuMs: measured.cpuMs, peakBytes: measured.peakBytes, phases: buildPhases(measured.output) });
    console.log(`    round ${round}: Error Guide ${(measured.wallMs / 1000).toFixed(1)} s …`);
    for (const folder of ["dist", ".astro", path.join("node_modules", ".astro"), path.join("node_modules", ".vite")]) rmSync(path.join(site, folder), { recursive: true, force: true });
    const other = await runMeasured("npx", ["astro", "build"], {
      cwd: site,
      env: { SL_SIDEBAR: "small", ASTRO_TELEMETRY_DISABLED: "1" },
      logFile: rawPath(`starlight-${round}.log`),
    });
    if (other.exitCode !== 0) throw new Error(`the Starlight build failed; see ${rawPath(`starlight-${round}.log`)}`);
    starlight.push({ wallMs: other.wallMs, cpuMs: other.cpuMs, peakBytes: other.peakBytes });
    console.log(`    round ${round}: Starlight ${(other.wallMs / 1000).toFixed(1)} s`);
  }
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const ratio = median(ours.map((r) => r.wallMs)) / median(starlight.map((r) => r.wallMs));
  return { ours, starlight, ratio, loadAverage };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function starlightTables(figures: StarlightFigures | { skipped: string }): string {
  if ("skipped" in figures) return `Against Starlight: skipped, ${figures.skipped}.`;
  const lines = [
    `Against Starlight 0.37 (small sidebar, pagefind on), the same 2,000 error pages, cold builds alternating; load average when started: ${figures.loadAverage.join(", ")}.`,
    "",
    "| round | Error Guide: wall (CPU), peak memory | its phases | Starlight: wall (CPU), peak memory |",
    "|---:|---:|---|---:|",
  ];
  figures.ours.forEach((ours, n) => {
    const other = figures.starlight[n];
    const phases = Object.entries(ours.phases)
      .filter(([name]) => name !== "total")
      .map(([name, s]) => `${name} ${s.toFixed(1)} s`)
      .join(", ");
    lines.push(
      `| ${n + 1} | ${seconds(ours.wallMs)} (${seconds(ours.cpuMs)}), ${(ours.peakBytes / 2 ** 30).toFixed(2)} GB | ${phases} | ${other ? `${seconds(other.wallMs)} (${seconds(other.cpuMs)}), ${(other.peakBytes / 2 ** 30).toFixed(2)} GB` : "–"} |`,
    );
  });
  lines.push("", `Median wall time, Error Guide ÷ Starlight: **${figures.ratio.toFixed(2)} ×** (goal ≤ 0.8 ×).`);
  return lines.join("\n");
}
