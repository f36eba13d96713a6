/**
 * Renders the whole site into the export folder with the static renderer (lib/static): every
 * route of app/ for every param its generateStaticParams gives, the 404 page, the stylesheet,
 * the icon, the islands' scripts and `_headers` (whose CSP allows the inline scripts the pages
 * run, noted as each page is rendered: nothing is read back). Fails closed: a client component
 * that is no island's, a route or metadata the renderer does not know, a page that throws: the
 * build stops, named.
 *
 * Incremental: the build notes, per page, what it read of the content (lib/static/incremental.ts),
 * and the next one renders only the pages whose content changed; a change to the code, the
 * dependencies, the assets or an environment variable read renders everything again, as does
 * FULL_BUILD=1. Each page's file is written only when it is rendered, so later steps (the
 * compressed copies) see which files changed.
 *
 * The pages are rendered by worker threads (render-worker.mts), one per core (BUILD_WORKERS
 * sets how many), each loading the app and the content once.
 *
 * Usage: tsx scripts/static/build.mts (the export folder is EXPORT_DIR, or out/)
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { cacheFileForOutput, readCacheFile, writeCacheFile } from "@/lib/build-cache";
import { mediaFolder } from "@/lib/content/images";
import { readAppTree } from "@/lib/static/app-routes";
import { fullBuildReason, isManifest, newManifest, type PageRecord, sourceFingerprint } from "@/lib/static/incremental";
import { buildStylesheet } from "@/lib/static/stylesheet";
import { bundleIslands, type IslandBundles } from "../islands/bundle.mts";
import { checkClientModules } from "../islands/client-modules";
import { compressedSuffixes, type KnownFiles } from "../postbuild/precompress";
import { writeHeadersFile } from "../postbuild/security-headers";
import { runWorker, workerCount } from "../workers/run.mts";
import type { IslandBundle } from "../islands/lean-page.mts";
import type { RenderResult, RenderTask } from "./render-worker.mts";

const outDir = process.env.EXPORT_DIR ?? "out";
const appDir = "app";
const assetsFolder = "_assets";

/** The last build's manifest, for the export folder it wrote. */
const manifestFile = cacheFileForOutput("build", outDir);

/**
 * Files of the export that this build did not write and no later step rewrites (a page that
 * is gone, an earlier build's assets) are removed, with the folders they leave empty: the
 * export is then what a cold build writes. The images are the next step's (it writes them
 * afresh), the compressed copies the last step's (it removes stale ones).
 */
function removeOthers(dir: string, written: Set<string>, left: string[]): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const target = path.join(dir, entry.name);
    const relative = path.relative(outDir, target);
    if (entry.isDirectory()) {
      if (relative === mediaFolder) empty = false;
      else if (removeOthers(target, written, left)) rmdirSync(target);
      else empty = false;
    } else if (written.has(relative) || compressedSuffixes.some((suffix) => relative.endsWith(suffix))) {
      empty = false;
      left.push(target);
    } else rmSync(target);
  }
  return empty;
}

function isRenderResult(value: unknown): value is RenderResult {
  return typeof value === "object" && value !== null && "records" in value && "rendered" in value && "byIslands" in value && "env" in value;
}

/** The islands as the last build with the same source code bundled them. */
interface KeptIslands {
  source: string;
  bundles: [string, IslandBundle][];
  description: string;
  /** By path in the export folder, base64. */
  files: [string, string][];
}

function isKeptIslands(value: unknown): value is KeptIslands {
  const isPair = (pair: unknown): pair is [string, unknown] => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === "string";
  const isBundle = (bundle: unknown) =>
    typeof bundle === "object" && bundle !== null && "entry" in bundle && typeof bundle.entry === "string" && "imports" in bundle && Array.isArray(bundle.imports) && bundle.imports.every((url) => typeof url === "string");
  return (
    typeof value === "object" &&
    value !== null &&
    "source" in value &&
    typeof value.source === "string" &&
    "description" in value &&
    typeof value.description === "string" &&
    "bundles" in value &&
    Array.isArray(value.bundles) &&
    value.bundles.every((pair) => isPair(pair) && isBundle(pair[1])) &&
    "files" in value &&
    Array.isArray(value.files) &&
    value.files.every((pair) => isPair(pair) && typeof pair[1] === "string")
  );
}

/**
 * The client components checked against the island registry, and the islands bundled. Both
 * look at the code only, so a build with the same code (`source`, its fingerprint) reuses the
 * last one's (a third of a second of every rebuild); only a passing check is kept.
 */
async function checkedIslands(source: string): Promise<IslandBundles> {
  const keptFile = cacheFileForOutput("islands", outDir);
  const kept = readCacheFile(keptFile);
  if (isKeptIslands(kept) && kept.source === source) {
    return { bundles: new Map(kept.bundles), description: kept.description, files: new Map(kept.files.map(([file, body]) => [file, Buffer.from(body, "base64")])) };
  }
  const check = await checkClientModules(process.cwd());
  for (const problem of check.problems) console.error(`static build: ${problem}`);
  if (check.problems.length > 0) throw new Error("static build: client component problems (above); nothing was written");
  if (check.keepRuntime.length > 0) throw new Error(`static build: ${check.keepRuntime.join(", ")} keep the framework's runtime, which only \`npm run build -- --next\` ships`);
  const bundling = await bundleIslands(outDir);
  const files = [...bundling.files].map(([file, body]): [string, string] => [file, Buffer.from(body).toString("base64")]);
  writeCacheFile(keptFile, { source, bundles: [...bundling.bundles], description: bundling.description, files } satisfies KeptIslands);
  return bundling;
}

/**
 * Renders the site into the export folder (see above); throws, named, when it cannot. Returns
 * the files it left, for the compression: every file but the images' folder (the next step's),
 * which need not be walked again (a third of a second at 2,000 error pages, most of it listing
 * their folders).
 */
export async function buildPages(): Promise<KnownFiles> {
  const started = performance.now();
  const source = sourceFingerprint(process.cwd());
  const bundling = await checkedIslands(source);
  const tree = readAppTree(appDir);
  for (const problem of tree.problems) console.error(`static build: ${problem}`);
  if (tree.problems.length > 0) throw new Error("static build: app/ has files the static renderer does not render (above)");

  const previous = readCacheFile(manifestFile);
  // Gone until this build has written every file: one that fails leaves the next to build everything.
  rmSync(manifestFile, { force: true });
  const written = new Set<string>();
  const write = (relative: string, body: string | Uint8Array) => {
    const file = path.join(outDir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
    written.add(relative);
  };
  const stylesheet = await buildStylesheet(path.join(appDir, "globals.css"), process.cwd());
  const stylesheetFile = path.join(assetsFolder, stylesheet.fileName);
  const icon = tree.icon ? `/${path.basename(tree.icon)}?${createHash("sha256").update(readFileSync(tree.icon)).digest("hex").slice(0, 12)}` : null;
  const assetNames = [stylesheetFile, icon ?? "", ...bundling.files.keys()];
  const site = createHash("sha256").update(source).update(assetNames.join("\u0000")).digest("hex");
  const forced = process.env.FULL_BUILD === "1" ? "FULL_BUILD=1" : null;
  // React's production build is what is published (its development build renders other markup).
  const workerEnv = { ...process.env, NODE_ENV: "production" };
  const fullReason = forced ?? fullBuildReason(previous, site, workerEnv);
  const kept = fullReason === null && isManifest(previous) ? previous.pages : {};
  if (fullReason !== null) rmSync(outDir, { recursive: true, force: true });

  write(stylesheetFile, stylesheet.css);
  if (tree.icon) write(path.basename(tree.icon), readFileSync(tree.icon));
  for (const [file, body] of bundling.files) write(file, body);
  const prepared = performance.now();
  const of = workerCount();
  const shares = await Promise.all(
    Array.from({ length: of }, (_, index) =>
      runWorker(new URL("./render-worker.mts", import.meta.url), { outDir, tree, stylesheet: `/${stylesheetFile}`, icon, bundles: [...bundling.bundles], kept, share: { index, of } } satisfies RenderTask, isRenderResult, workerEnv),
    ),
  );
  const records: Record<string, PageRecord> = {};
  const env: Record<string, string | null> = {};
  const byIslands = new Map<string, number>();
  for (const share of shares) {
    Object.assign(records, share.records);
    Object.assign(env, share.env);
    for (const [islands, n] of share.byIslands) byIslands.set(islands, (byIslands.get(islands) ?? 0) + n);
  }
  for (const file of Object.keys(records)) written.add(file);
  const headersFile = await writeHeadersFile(outDir, Object.values(records).flatMap((record) => record.scripts));
  written.add(path.relative(outDir, headersFile));
  const left: string[] = [];
  removeOthers(outDir, written, left);
  writeCacheFile(manifestFile, newManifest(site, env, records));
  const rendered = performance.now();
  const files = Object.keys(records).length;
  const renderedCount = shares.reduce((sum, share) => sum + share.rendered, 0);
  const counts = [...byIslands].map(([islands, n]) => `${n} with ${islands}`).join(", ");
  const what = fullReason === null ? `incremental: ${renderedCount} of ${files} files rendered again` : `${files} files, all rendered (${fullReason})`;
  console.log(
    `static build: ${what}${counts ? ` (${counts})` : ""}; ${bundling.description}; ` +
      `set-up ${Math.round(prepared - started)} ms, rendering ${Math.round(rendered - prepared)} ms in ${of} worker(s)` +
      (renderedCount > 0 ? ` (${((rendered - prepared) / renderedCount).toFixed(1)} ms a file)` : ""),
  );
  return { files: left, unlisted: [path.join(outDir, mediaFolder)] };
}

// Run as a script (scripts/build.ts imports it instead).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildPages().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
