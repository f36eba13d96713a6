/**
 * One render worker of the static build (build.mts): it loads the app's modules and the
 * catalog, lists every page as the others do, and renders its share of them (every n-th),
 * keeping the files an incremental build may keep. It answers with a record of each of its
 * pages and the environment variables it read.
 */
import { statSync } from "node:fs";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { IslandName } from "@/components/islands/registry";
import type { Catalog, CatalogRead } from "@/lib/site/catalog";
import type { AppTree } from "@/lib/static/app-routes";
import { type PageRecord, ReadFingerprints, recordingEnvironment } from "@/lib/static/incremental";
import { type PageInstance, StaticRenderer } from "@/lib/static/render";
import { type IslandBundle, islandTags } from "../islands/lean-page.mts";
import { inlineScripts, scriptHash } from "../postbuild/headers.mjs";
import { workerTask } from "../workers/run.mts";

export interface RenderTask {
  outDir: string;
  tree: AppTree;
  stylesheet: string;
  icon: string | null;
  bundles: [string, IslandBundle][];
  /** The last build's records of the pages it may keep (none in a full build). */
  kept: Record<string, PageRecord>;
  share: { index: number; of: number };
}

export interface RenderResult {
  records: Record<string, PageRecord>;
  rendered: number;
  /** Pages (HTML documents) rendered, by the islands they have. */
  byIslands: [string, number][];
  env: Record<string, string | null>;
}

const require = createRequire(import.meta.url);
// Route modules import app/globals.css for Next.js's bundler; here the stylesheet is built on its own (lib/static/stylesheet.ts).
require.extensions[".css"] = () => undefined;

/** Where a page's file goes in the export: a page is a folder's index.html (trailingSlash). */
export function outputFile(page: PageInstance): string {
  const relative = page.path.endsWith("/") ? `${page.path}index.html` : page.path;
  return path.join(...relative.split("/").filter(Boolean));
}

function isCatalog(value: unknown): value is Catalog {
  return typeof value === "object" && value !== null && "startRecording" in value && "stopRecording" in value && "readSource" in value;
}

/**
 * The catalog the pages ask, loaded as they load it: this is an ES module, and tsx gives an
 * ES import of lib/site/catalog.ts a module instance of its own, which pages never read.
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

/** The file is still the one the last build wrote. */
function unchanged(file: string, record: PageRecord): boolean {
  try {
    const stats = statSync(file);
    return stats.size === record.size && stats.mtimeMs === record.mtimeMs;
  } catch {
    return false;
  }
}

export async function renderShare(task: RenderTask): Promise<RenderResult> {
  // Every variable read from here on (by the pages, as their modules load and as they render) is
  // noted with its value: a change to one renders every page again.
  const environment = recordingEnvironment(process.env);
  process.env = environment.env;
  const bundles = new Map(task.bundles);
  const renderer = new StaticRenderer({
    tree: task.tree,
    assets: { stylesheet: task.stylesheet, icon: task.icon },
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
  const catalog = pagesCatalog();
  const fingerprints = new ReadFingerprints(catalog);
  const pages = (await renderer.pages()).filter((_, n) => n % task.share.of === task.share.index);
  const records: Record<string, PageRecord> = {};
  const byIslands = new Map<string, number>();
  // Folders are made, and files written, while the next page renders (each took about a
  // millisecond of the rendering thread); a few at a time, so rendered pages do not pile up in memory.
  const folders = new Map<string, Promise<unknown>>();
  const folderReady = (folder: string) => {
    let made = folders.get(folder);
    if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
    return made;
  };
  const writing = new Set<Promise<void>>();
  /**
   * A page rendered again that came out as the last build wrote it (a letter page or a search
   * file after an edit elsewhere) keeps its file untouched, so the compressed copies are kept too.
   */
  const writeRecorded = async (file: string, relative: string, body: string | Uint8Array, reads: CatalogRead[], intact: PageRecord | null) => {
    const fingerprint = fingerprints.of(reads);
    // What the security headers' script hashes need (build.mts writes them), noted now rather than read back later.
    const scripts = typeof body === "string" && relative.endsWith(".html") ? [...new Set(inlineScripts(body).map(scriptHash))] : [];
    if (intact && Buffer.from(body).equals(await readFile(file))) {
      records[relative] = { ...intact, reads, fingerprint, scripts };
      return;
    }
    await folderReady(path.dirname(file));
    await writeFile(file, body);
    const { size, mtimeMs } = await stat(file);
    records[relative] = { reads, fingerprint, size, mtimeMs, scripts };
  };
  let rendered = 0;
  for (const page of pages) {
    const relative = outputFile(page);
    const file = path.join(task.outDir, relative);
    const before = task.kept[relative];
    const intact = before && unchanged(file, before) ? before : null;
    if (intact && fingerprints.of(intact.reads) === intact.fingerprint) {
      records[relative] = intact;
      continue;
    }
    catalog.startRecording();
    const { body, islands } = await renderer.render(page);
    const reads = ReadFingerprints.effectiveReads(catalog.stopRecording());
    const written = writeRecorded(file, relative, body, reads, intact).finally(() => writing.delete(written));
    writing.add(written);
    if (writing.size >= 8) await Promise.race(writing);
    rendered += 1;
    if (page.route.kind === "page") {
      const key = islands.length > 0 ? islands.join(" + ") : "no island";
      byIslands.set(key, (byIslands.get(key) ?? 0) + 1);
    }
  }
  await Promise.all(writing);
  return { records, rendered, byIslands: [...byIslands], env: environment.reads() };
}

function isRenderTask(value: unknown): value is RenderTask {
  return typeof value === "object" && value !== null && "outDir" in value && "tree" in value && "kept" in value && "share" in value && "bundles" in value;
}

const work = workerTask(isRenderTask);
if (work) await renderShare(work.task).then(work.answer);
