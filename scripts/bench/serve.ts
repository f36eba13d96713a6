/**
 * The server under load, on loopback only: requests per second, p50/p99 latency, errors and
 * the server's resident memory, for an error page and a search index, each with the
 * precompressed copy a browser takes (brotli) and without compression. The load is bounded:
 * a fixed number of requests from a fixed number of keep-alive connections, and a time cap.
 * The load generator runs in the bench's own process on the same machine, so on 2 cores it
 * takes CPU from the server: the figures are a floor, for comparing targets within one run.
 */
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { serve } from "./site";
import { percentile } from "./stats";

export interface ServeTarget {
  name: string;
  urlPath: string;
  acceptEncoding: string;
}

export interface ServeFigures {
  name: string;
  urlPath: string;
  acceptEncoding: string;
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  bytesPerResponse: number;
  serverPeakRssMB: number;
}

export interface ServeBenchOptions {
  requests: number;
  connections: number;
  /** Each round of a target stops here even if its requests are not all answered. */
  maxSeconds: number;
  /** Rounds each target is run in, taking turns with the others. */
  rounds: number;
}

export const defaultServeBench: ServeBenchOptions = { requests: 6000, connections: 16, maxSeconds: 20, rounds: 5 };

export function serveTargets(locale: string, errorPath: string): ServeTarget[] {
  const index = `/${locale}/search-index.json`;
  return [
    { name: "error page, brotli", urlPath: errorPath, acceptEncoding: "br, gzip" },
    { name: "error page, uncompressed", urlPath: errorPath, acceptEncoding: "identity" },
    { name: "search index, brotli", urlPath: index, acceptEncoding: "br, gzip" },
    { name: "search index, gzip", urlPath: index, acceptEncoding: "gzip" },
    { name: "404 page", urlPath: `/${locale}/errors/NoSuchCode/`, acceptEncoding: "br, gzip" },
  ];
}

function residentMB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function once(agent: Agent, port: number, target: ServeTarget): Promise<{ ok: boolean; bytes: number }> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path: target.urlPath, agent, headers: { "accept-encoding": target.acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ ok: res.statusCode === 200 || (target.name === "404 page" && res.statusCode === 404), bytes }));
      res.on("error", () => resolve({ ok: false, bytes }));
    });
    req.setTimeout(10_000, () => req.destroy());
    req.on("error", () => resolve({ ok: false, bytes: 0 }));
    req.end();
  });
}

async function load(port: number, pid: number, target: ServeTarget, options: ServeBenchOptions): Promise<ServeFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let sent = 0;
  let peak = residentMB(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, residentMB(pid))), 100);
  const started = performance.now();
  const deadline = started + options.maxSeconds * 1000;
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (sent < options.requests && performance.now() < deadline) {
        sent += 1;
        const begun = performance.now();
        const reply = await once(agent, port, target);
        latencies.push(performance.now() - begun);
        if (reply.ok) bytes += reply.bytes;
        else errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  agent.destroy();
  return {
    name: target.name,
    urlPath: target.urlPath,
    acceptEncoding: target.acceptEncoding,
    requests: latencies.length,
    errors,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    bytesPerResponse: bytes / Math.max(1, latencies.length - errors),
    serverPeakRssMB: peak,
  };
}

export async function benchServe(outDir: string, targets: ServeTarget[], options: ServeBenchOptions = defaultServeBench): Promise<ServeFigures[]> {
  const served = await serve(outDir);
  const port = Number(new URL(served.origin).port);
  const runs = new Map<string, ServeFigures[]>();
  try {
    for (const target of targets) {
      // A few requests first, so the file system cache, the JIT and the connections are warm.
      await load(port, served.pid(), target, { ...options, requests: options.connections * 4 });
    }
    // The targets take turns, round after round: a machine whose load changes during the run
    // changes every target's figures alike, and each target reports its median round.
    for (let round = 0; round < options.rounds; round++) {
      for (const target of targets) {
        await served.ensureRunning();
        const result = await load(port, served.pid(), target, { ...options, requests: Math.ceil(options.requests / options.rounds) });
        runs.set(target.name, [...(runs.get(target.name) ?? []), result]);
      }
    }
  } finally {
    await served.stop();
  }
  return targets.map((target) => {
    const rounds = [...(runs.get(target.name) ?? [])].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
    const middle = rounds[Math.floor(rounds.length / 2)];
    if (!middle) throw new Error(`no round of ${target.name} was run`);
    const all = { ...middle, errors: rounds.reduce((sum, r) => sum + r.errors, 0), requests: rounds.reduce((sum, r) => sum + r.requests, 0) };
    console.log(`    ${target.name}: ${all.requestsPerSecond.toFixed(0)} req/s, p50 ${all.p50Ms.toFixed(2)} ms, p99 ${all.p99Ms.toFixed(2)} ms, ${all.errors} errors`);
    return all;
  });
}

export function serveTables(figures: ServeFigures[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.name} (\`${f.urlPath}\`) | ${(f.bytesPerResponse / 1024).toFixed(1)} KB | ${f.requestsPerSecond.toFixed(0)} | ${f.p50Ms.toFixed(2)} / ${f.p99Ms.toFixed(2)} ms | ${f.errors} of ${f.requests} | ${f.serverPeakRssMB.toFixed(0)} MB |`,
  );
  return ["| target | body | requests/s (median round) | p50 / p99 | errors (all rounds) | server memory (peak RSS) |", "|---|---:|---:|---:|---:|---:|", ...rows].join("\n");
}
