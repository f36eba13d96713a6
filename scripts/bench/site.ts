/** Building the site and serving an export folder, for the sections that measure them. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { type MeasuredRun, runMeasured } from "./process-tree";

export const resultsDir = path.resolve("bench/results");
/** Raw outputs (Lighthouse reports, build logs, synthetic exports): not committed. */
export const rawDir = path.join(resultsDir, "raw");

export function rawPath(name: string): string {
  mkdirSync(rawDir, { recursive: true });
  return path.join(rawDir, name);
}

const buildProgress = (line: string) => /build phases:|^static build:|articles, .* error entries|: error:|Error:|Failed/.test(line);

/** `npm run build` into `outDir`, measured; with `cacheDir`, the build keeps (and reuses) what it parsed and wrote there. */
export async function buildSite(options: { outDir: string; contentDir?: string; cacheDir?: string; log: string }): Promise<MeasuredRun> {
  const env: Record<string, string> = { EXPORT_DIR: options.outDir, NEXT_TELEMETRY_DISABLED: "1" };
  if (options.contentDir) env.CONTENT_DIR = options.contentDir;
  if (options.cacheDir) env.BUILD_CACHE_DIR = options.cacheDir;
  const run = await runMeasured("npm", ["run", "--silent", "build"], { env, logFile: rawPath(options.log), echo: buildProgress });
  if (run.exitCode !== 0) throw new Error(`build failed (exit ${run.exitCode}); see ${rawPath(options.log)}`);
  return run;
}

/** The port given in BENCH_PORT, else one the system says is free. */
export async function benchPort(): Promise<number> {
  if (process.env.BENCH_PORT) return Number(process.env.BENCH_PORT);
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface Served {
  origin: string;
  /** Starts the server again if it has stopped (another session may end processes by name). */
  ensureRunning(): Promise<void>;
  stop(): Promise<void>;
  /** The server's process id (its memory is read from /proc). */
  pid(): number;
}

function startServer(outDir: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, OUT_DIR: outDir, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    server.once("exit", (code) => reject(new Error(`the server for ${outDir} exited (${code}) before listening on ${port}`)));
    server.stdout?.once("data", () => resolve(server));
  });
}

const hasExited = (server: ChildProcess) => server.exitCode !== null || server.signalCode !== null;

/** Serves `outDir` with scripts/serve.mjs (precompressed copies, as a CDN would) until `stop()`. */
export async function serve(outDir: string): Promise<Served> {
  const port = await benchPort();
  let server = await startServer(outDir, port);
  return {
    origin: `http://127.0.0.1:${port}`,
    pid: () => server.pid ?? 0,
    async ensureRunning() {
      if (!hasExited(server)) return;
      console.warn(`    the server for ${outDir} had stopped; starting it again`);
      server = await startServer(outDir, port);
    },
    stop: () =>
      new Promise((resolve) => {
        if (hasExited(server)) return resolve();
        server.removeAllListeners("exit");
        server.once("exit", () => resolve());
        server.kill("SIGTERM");
      }),
  };
}

/** Every `index.html` under `dir/<locale>/<section>/`, with its size. */
export function pagesUnder(outDir: string, section: string): { file: string; urlPath: string; bytes: number }[] {
  const pages: { file: string; urlPath: string; bytes: number }[] = [];
  for (const locale of readdirSync(outDir)) {
    const sectionDir = path.join(outDir, locale, section);
    let names: string[];
    try {
      names = readdirSync(sectionDir);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(sectionDir, name, "index.html");
      try {
        pages.push({ file, urlPath: `/${locale}/${section}/${name}/`, bytes: statSync(file).size });
      } catch {
        // not a page folder
      }
    }
  }
  return pages;
}

/**
 * A copy of a page without any script, served from the same export: what the page costs
 * with no JavaScript at all, measured on the same machine at the same time. `remove()`
 * deletes the copy.
 */
export function scriptFreeCopy(outDir: string, page: { name: string; file: string }): { name: string; urlPath: string; file: string; remove(): void } {
  const folder = path.join(outDir, "_bench-no-js");
  const file = path.join(folder, "index.html");
  mkdirSync(folder, { recursive: true });
  // React writes every script element as <script…>…</script>, ending at the first </script>.
  writeFileSync(file, readFileSync(page.file, "utf8").replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ""));
  return { name: `${page.name} without JavaScript`, urlPath: "/_bench-no-js/", file, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
