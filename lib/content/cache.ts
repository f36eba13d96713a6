/**
 * The parsed content model kept on disk, so one build parses each article once: the
 * content check that starts `npm run build` parses and writes the model, and Next.js's
 * build workers read it instead of parsing again (they are separate processes, so the
 * catalog's per-process memo cannot be shared). A later build with the same content
 * reads it too.
 *
 * The key covers every markdown and image file under the content roots, the parser's own source
 * (lib/content, and lib/guards.ts) and package-lock.json: a change to any of them parses afresh.
 */
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentRootsFrom, loadContent } from "./loader";
import { readArticleFile } from "./limits";
import type { ContentModel } from "./model";

export const contentCacheDir = path.join("node_modules", ".cache", "error-guide");
const parserDir = path.join("lib", "content");
/** Models of other content (a synthetic corpus, another CONTENT_DIR) kept besides the current one. */
const keptModels = 3;

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return names
    .filter(keep)
    .map((name) => path.join(dir, name))
    .sort();
}

/** The cache key, or null when the parser's source is not where a build runs from (no caching then). */
export function contentKey(roots: string[]): string | null {
  const parserFiles = filesUnder(parserDir, (name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));
  if (parserFiles.length === 0) return null;
  const hash = createHash("sha256");
  const add = (file: string) => {
    hash.update(`${file}\u0000`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update("unreadable");
    }
    hash.update("\u0000");
  };
  // Articles are read as the loader reads them: no FIFO or device is opened, no file over the limit read.
  const addArticle = (file: string) => {
    const read = readArticleFile(file);
    hash.update(`${file}\u0000`);
    hash.update("bytes" in read ? read.bytes : `refused: ${read.problem}`);
    hash.update("\u0000");
  };
  const addImage = (file: string) => {
    let stamp = "unreadable";
    try {
      const stats = lstatSync(file);
      stamp = `${stats.size}:${stats.mtimeMs}:${stats.isFile()}`;
    } catch {
      // An image that cannot be looked at is shown as its alt text; the key notes it.
    }
    hash.update(`${file}\u0000${stamp}\u0000`);
  };
  // Diagnostics name files relative to the working directory: it is part of the result.
  hash.update(`${process.cwd()}\u0000${roots.join("\u0000")}\u0001`);
  for (const root of roots) filesUnder(root, (name) => name.endsWith(".md")).forEach(addArticle);
  // Images count too (the model holds their sizes and content hashes, lib/content/images.ts),
  // by size and time only: nothing is opened, so no FIFO or huge file can stall the key.
  for (const root of roots) filesUnder(root, (name) => /\.(?:png|jpe?g|gif|svg)$/i.test(name)).forEach(addImage);
  hash.update("\u0001");
  // The parser also uses lib/guards.ts, the one module it imports from outside its folder.
  [...parserFiles, path.join("lib", "guards.ts"), "package-lock.json"].forEach(add);
  return hash.digest("hex").slice(0, 32);
}

function isContentModel(value: unknown): value is ContentModel {
  return (
    typeof value === "object" &&
    value !== null &&
    "articles" in value &&
    Array.isArray(value.articles) &&
    "diagnostics" in value &&
    Array.isArray(value.diagnostics)
  );
}

function readModel(file: string): ContentModel | null {
  try {
    const value: unknown = JSON.parse(readFileSync(file, "utf8"));
    return isContentModel(value) ? value : null;
  } catch {
    return null;
  }
}

function writeModel(file: string, model: ContentModel, cacheDir: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Written aside then renamed: a reader never sees half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(model));
    renameSync(partial, file);
    const older = filesUnder(cacheDir, (name) => name.startsWith("content-") && name.endsWith(".json"))
      .map((candidate) => ({ candidate, written: statSync(candidate).mtimeMs }))
      .sort((a, b) => b.written - a.written)
      .slice(keptModels + 1);
    for (const { candidate } of older) rmSync(candidate, { force: true });
  } catch {
    // A cache that cannot be written only costs time.
  }
}

interface CacheOptions {
  /** loadContent, unless a test counts the calls. */
  parse?: (roots: string[]) => ContentModel;
  cacheDir?: string;
}

/** loadContent, through the cache. */
export function loadContentCached(roots: string[] = contentRootsFrom(process.env.CONTENT_DIR), options: CacheOptions = {}): ContentModel {
  const { parse = loadContent, cacheDir = contentCacheDir } = options;
  const key = contentKey(roots);
  if (key === null) return parse(roots);
  const file = path.join(cacheDir, `content-${key}.json`);
  const cached = readModel(file);
  if (cached) return cached;
  const model = parse(roots);
  writeModel(file, model, cacheDir);
  return model;
}
