/**
 * Renders the whole site into the export folder with the static renderer (lib/static): every
 * route of app/ for every param its generateStaticParams gives, the 404 page, the stylesheet,
 * the icon and the islands' scripts. Fails closed: a client component that is no island's, a
 * route or metadata the renderer does not know, a page that throws: the build stops, named.
 *
 * Incremental: the build notes, per page, what it read of the content (lib/static/incremental.ts),
 * and the next one renders only the pages whose content changed; a change to the code, the
 * dependencies, the assets or an environment variable read renders everything again, as does
 * FULL_BUILD=1. Each page's file is written only when it is rendered, so later steps (the
 * compressed copies) see which files changed.
 *
 * Usage: tsx scripts/static/build.mts (the export folder is EXPORT_DIR, or out/)
 */
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { IslandName } from "@/components/islands/registry";
import { buildCacheDir } from "@/lib/content/cache";
import { mediaFolder } from "@/lib/content/images";
import type { Catalog } from "@/lib/site/catalog";
import { readAppTree } from "@/lib/static/app-routes";
import { fullBuildReason, isManifest, newManifest, type PageRecord, ReadFingerprints, recordingEnvironment, sourceFingerprint } from "@/lib/static/incremental";
import { type PageInstance, StaticRenderer } from "@/lib/static/render";
import { buildStylesheet } from "@/lib/static/stylesheet";
import { bundleIslands } from "../islands/bundle.mts";
import { checkClientModules } from "../islands/client-modules";
import { islandTags } from "../islands/lean-page.mts";
import { headersFileName } from "../postbuild/headers.mjs";
import { compressedSuffixes } from "../postbuild/precompress";

const outDir = process.env.EXPORT_DIR ?? "out";
const appDir = "app";
const assetsFolder = "_assets";
const require = createRequire(import.meta.url);

/**
 * The catalog the pages ask, loaded as they load it: this script is an ES module, and tsx gives
 * an ES import of lib/site/catalog.ts a module instance of its own, which pages never read.
 */
function pagesCatalog(): Catalog {
  const loaded: unknown = require(path.resolve("lib/site/catalog.ts"));
  if (typeof loaded !== "object" || loaded === null || !("getCatalog" in loaded) || typeof loaded.getCatalog !== "function") {
    throw new Error("static build: lib/site/catalog.ts exports no getCatalog");
  }
  const catalog: unknown = loaded.getCatalog();
  if (!isCatalog(catalog)) throw new Error("static build: getCatalog() of lib/site/catalog.ts gave no catalog");
  return catalog;
}

function isCatalog(value: unknown): value is Catalog {
  return typeof value === "object" && value !== null && "startRecording" in value && "stopRecording" in value && "readSource" in value;
}

// Route modules import app/globals.css for Next.js's bundler; here the stylesheet is built on its own (lib/static/stylesheet.ts).
require.extensions[".css"] = () => undefined;

/** Where a page's file goes in the export: a page is a folder's index.html (trailingSlash). */
export function outputFile(page: PageInstance): string {
  const relative = page.path.endsWith("/") ? `${page.path}index.html` : page.path;
  return path.join(...relative.split("/").filter(Boolean));
}

/** The last build's manifest, for the export folder it wrote. */
const manifestFile = path.join(buildCacheDir, `build-${createHash("sha256").update(path.resolve(outDir)).digest("hex").slice(0, 16)}.json`);

function readManifest(): unknown {
  try {
    return JSON.parse(readFileSync(manifestFile, "utf8"));
  } catch {
    return null;
  }
}

/**
 * Files of the export that this build did not write and no later step rewrites (a page that
 * is gone, an earlier build's assets) are removed, with the folders they leave empty: the
 * export is then what a cold build writes. The images and the headers are the next steps'
 * (they write them afresh), the compressed copies the last step's (it removes stale ones).
 */
function removeOthers(dir: string, written: Set<string>): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const target = path.join(dir, entry.name);
    const relative = path.relative(outDir, target);
    if (entry.isDirectory()) {
      if (relative === mediaFolder) empty = false;
      else if (removeOthers(target, written)) rmdirSync(target);
      else empty = false;
    } else if (written.has(relative) || relative === headersFileName || compressedSuffixes.some((suffix) => relative.endsWith(suffix))) {
      empty = false;
    } else rmSync(target);
  }
  return empty;
}

async function main(): Promise<void> {
  if (process.env.NODE_ENV !== "production") throw new Error("static build: run with NODE_ENV=production (React's development build renders other markup)");
  const started = performance.now();
  const check = await checkClientModules(process.cwd());
  for (const problem of check.problems) console.error(`static build: ${problem}`);
  if (check.problems.length > 0) throw new Error("static build: client component problems (above); nothing was written");
  if (check.keepRuntime.length > 0) throw new Error(`static build: ${check.keepRuntime.join(", ")} keep the framework's runtime, which only \`npm run build -- --next\` ships`);
  const tree = readAppTree(appDir);
  for (const problem of tree.problems) console.error(`static build: ${problem}`);
  if (tree.problems.length > 0) throw new Error("static build: app/ has files the static renderer does not render (above)");

  const previous = readManifest();
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
  const assets: string[] = [];
  const stylesheetFile = path.join(assetsFolder, stylesheet.fileName);
  assets.push(stylesheetFile);
  let icon: string | null = null;
  if (tree.icon) {
    icon = `/${path.basename(tree.icon)}?${createHash("sha256").update(readFileSync(tree.icon)).digest("hex").slice(0, 12)}`;
    assets.push(icon);
  }
  const bundling = await bundleIslands(outDir);
  assets.push(...[...bundling.files.keys()]);
  const site = createHash("sha256").update(sourceFingerprint(process.cwd())).update(assets.join("\u0000")).digest("hex");
  const forced = process.env.FULL_BUILD === "1" ? "FULL_BUILD=1" : null;
  const fullReason = forced ?? fullBuildReason(previous, site, process.env);
  const kept = fullReason === null && isManifest(previous) ? previous.pages : {};
  if (fullReason !== null) rmSync(outDir, { recursive: true, force: true });

  write(stylesheetFile, stylesheet.css);
  if (tree.icon) write(path.basename(tree.icon), readFileSync(tree.icon));
  for (const [file, body] of bundling.files) write(file, body);
  const { bundles, description } = bundling;
  const renderer = new StaticRenderer({
    tree,
    assets: { stylesheet: `/${stylesheetFile}`, icon },
    load: async (file) => require(path.resolve(file)),
    islandTags: (islands: IslandName[]) =>
      islandTags(
        islands.map((name) => {
          const bundle = bundles.get(name);
          if (!bundle) throw new Error(`static build: the island ${name} has no script`);
          return bundle;
        }),
      ),
  });
  const prepared = performance.now();
  // Every variable read from here on (by the pages, as their modules load and as they render) is
  // noted with its value: a change to one renders every page again.
  const environment = recordingEnvironment(process.env);
  process.env = environment.env;
  const catalog = pagesCatalog();
  const fingerprints = new ReadFingerprints(catalog);
  const pages = await renderer.pages();
  const records: Record<string, PageRecord> = {};
  const byIslands = new Map<string, number>();
  let renderedCount = 0;
  for (const page of pages) {
    const relative = outputFile(page);
    const file = path.join(outDir, relative);
    const before = kept[relative];
    if (before && unchanged(file, before) && fingerprints.of(before.reads) === before.fingerprint) {
      records[relative] = before;
      written.add(relative);
      continue;
    }
    catalog.startRecording();
    const { body, islands } = await renderer.render(page);
    const reads = ReadFingerprints.effectiveReads(catalog.stopRecording());
    write(relative, body);
    const { size, mtimeMs } = statSync(file);
    records[relative] = { reads, fingerprint: fingerprints.of(reads), size, mtimeMs };
    renderedCount += 1;
    if (page.route.kind === "page") {
      const key = islands.length > 0 ? islands.join(" + ") : "no island";
      byIslands.set(key, (byIslands.get(key) ?? 0) + 1);
    }
  }
  removeOthers(outDir, written);
  mkdirSync(path.dirname(manifestFile), { recursive: true });
  writeFileSync(manifestFile, JSON.stringify(newManifest(site, environment.reads(), records)));
  const rendered = performance.now();
  const counts = [...byIslands].map(([islands, n]) => `${n} with ${islands}`).join(", ");
  const what = fullReason === null ? `incremental: ${renderedCount} of ${pages.length} files rendered again` : `${pages.length} files, all rendered (${fullReason})`;
  console.log(
    `static build: ${what}${counts ? ` (${counts})` : ""}; ${description}; ` +
      `set-up ${Math.round(prepared - started)} ms, rendering ${Math.round(rendered - prepared)} ms` +
      (renderedCount > 0 ? ` (${((rendered - prepared) / renderedCount).toFixed(1)} ms a file)` : ""),
  );
}

/** The file is still the one the last build wrote. */
function unchanged(file: string, record: PageRecord): boolean {
  try {
    const stats = statSync(file);
    return stats.size === record.size && stats.mtimeMs === record.mtimeMs;
  } catch {
    return false;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
