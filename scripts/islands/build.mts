/**
 * After `next build`: every exported page drops the framework's runtime (about 130 KB gzip
 * of JavaScript) and its inline page data (the rendered tree a second time), and runs its
 * islands with small scripts instead: each island's definition bundled with Preact (see
 * components/islands/registry.ts). A page without islands keeps no script but our inline ones.
 * The framework's payload files beside a lean page (`index.txt`, `__next.*.txt`, read only
 * by its client-side router) are removed: they are most of the export's size.
 *
 * It fails closed: first the check that every client component is an island's
 * (client-modules.ts), then each page; the build stops naming the component and the page.
 * Pages that keep the runtime on purpose (KeepFrameworkRuntime) are left as they are.
 *
 * Usage: tsx scripts/islands/build.mts (the export folder is EXPORT_DIR, as for next build, or out/)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bundleIslands, islandsFolder } from "./bundle.mts";
import { checkClientModules } from "./client-modules";
import { type IslandBundle, LeanPageError, type LeanResult, leanPage } from "./lean-page.mts";

const outDir = process.env.EXPORT_DIR ?? "out";
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** Every exported HTML page, outside the framework's and our script folders. */
function htmlPages(dir: string): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const target = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (dir === outDir && (entry.name === "_next" || entry.name === islandsFolder)) continue;
      pages.push(...htmlPages(target));
    } else if (entry.name.endsWith(".html")) pages.push(target);
  }
  return pages;
}

/** The framework's payload files of the page `<dir>/index.html`, which only its router reads. */
function removeRouterPayload(page: string): number {
  if (path.basename(page) !== "index.html") return 0;
  const dir = path.dirname(page);
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (name === "index.txt" || (name.startsWith("__next.") && name.endsWith(".txt"))) {
      rmSync(path.join(dir, name));
      removed += 1;
    }
  }
  return removed;
}

function leanOrFailure(html: string, bundles: ReadonlyMap<string, IslandBundle>): LeanResult | { failure: string } {
  try {
    return leanPage(html, bundles);
  } catch (error) {
    if (error instanceof LeanPageError) return { failure: error.message };
    throw error;
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const check = await checkClientModules(process.cwd());
  if (check.problems.length > 0) {
    for (const problem of check.problems) console.error(`islands: ${problem}`);
    throw new Error(`islands: ${count(check.problems.length, "client component problem")} (above); no page was changed`);
  }
  const { bundles, description, files } = await bundleIslands(outDir);
  rmSync(path.join(outDir, islandsFolder), { recursive: true, force: true });
  for (const [file, contents] of files) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), contents);
  }
  const failed: string[] = [];
  const kept = new Map<string, string[]>();
  const byIslands = new Map<string, number>();
  let payloadFiles = 0;
  for (const page of htmlPages(outDir)) {
    const name = path.relative(outDir, page);
    const result = leanOrFailure(readFileSync(page, "utf8"), bundles);
    if ("failure" in result) {
      failed.push(`${name} cannot be made lean: ${result.failure}`);
      continue;
    }
    if ("keptRuntime" in result) {
      kept.set(result.keptRuntime, [...(kept.get(result.keptRuntime) ?? []), name]);
      continue;
    }
    writeFileSync(page, result.html);
    payloadFiles += removeRouterPayload(page);
    const key = result.islands.length > 0 ? result.islands.join(" + ") : "no island";
    byIslands.set(key, (byIslands.get(key) ?? 0) + 1);
  }
  if (failed.length > 0) {
    for (const failure of failed) console.error(`islands: ${failure}`);
    throw new Error(`islands: ${count(failed.length, "page")} with islands cannot be made lean (above)`);
  }
  const counts = [...byIslands].map(([islands, pages]) => `${pages} with ${islands}`).join(", ");
  console.log(`islands: lean pages: ${counts}; ${payloadFiles} router payload files removed; ${description}; ${Math.round(performance.now() - started)} ms`);
  for (const [reason, pages] of kept) console.log(`islands: ${pages.length} pages keep the framework's runtime on purpose (${reason}): ${pages.slice(0, 3).join(", ")}${pages.length > 3 ? ", …" : ""}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
