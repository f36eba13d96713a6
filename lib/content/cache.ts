/**
 * The parsed content model kept on disk, so one build parses each article once: the
 * content check that starts `npm run build` parses and writes the model, and Next.js's
 * build workers read it instead of parsing again (they are separate processes, so the
 * catalog's per-process memo cannot be shared). A later build with the same content
 * reads it too.
 *
 * The key covers every markdown and image file under the content roots, the parser's own source
 * (lib/content, and lib/guards.ts) and package-lock.json. When it differs, only the articles
 * that changed are parsed again: each article's parse is kept too, by its bytes, for the same
 * roots, parser and images (a changed image or parser parses every article afresh); what
 * relates articles to each other (translations, shared codes) is always worked out anew.
 */
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { buildCacheDir, readCacheFile, writeCacheFile } from "../build-cache";
import type { ArticleSource, ParsedArticle } from "./article";
import { contentRootsFrom, parseSafely, readArticleSources, relateArticles } from "./loader";
import { readArticleFile } from "./limits";
import type { ContentModel } from "./model";

export { buildCacheDir };
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

/** The parser's own source and the dependencies' versions, or null when they are not where a build runs from. */
function parserFingerprint(): string | null {
  const parserFiles = filesUnder(parserDir, (name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));
  if (parserFiles.length === 0) return null;
  const hash = createHash("sha256");
  // The parser also uses lib/guards.ts, the one module it imports from outside its folder.
  for (const file of [...parserFiles, path.join("lib", "guards.ts"), "package-lock.json"]) {
    hash.update(`${file}\u0000`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update("unreadable");
    }
    hash.update("\u0000");
  }
  return hash.digest("hex");
}

/**
 * The images under the roots, by size and time only: nothing is opened, so no FIFO or huge
 * file can stall the key (the model holds their sizes and content hashes, lib/content/images.ts).
 */
function imagesFingerprint(roots: string[]): string {
  const hash = createHash("sha256");
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
  for (const root of roots) filesUnder(root, (name) => /\.(?:png|jpe?g|gif|svg)$/i.test(name)).forEach(addImage);
  return hash.digest("hex");
}

/** What a parse depends on besides the article itself. Diagnostics name files relative to the working directory: it is part of the result. */
function setting(roots: string[], parser: string, images: string): string {
  return createHash("sha256").update(`${process.cwd()}\u0000${roots.join("\u0000")}\u0001${parser}\u0000${images}`).digest("hex");
}

/** The cache key, or null when the parser's source is not where a build runs from (no caching then). */
export function contentKey(roots: string[]): string | null {
  const parser = parserFingerprint();
  if (parser === null) return null;
  const hash = createHash("sha256").update(setting(roots, parser, imagesFingerprint(roots)));
  // Articles are read as the loader reads them: no FIFO or device is opened, no file over the limit read.
  const addArticle = (file: string) => {
    const read = readArticleFile(file);
    hash.update(`${file}\u0000`);
    hash.update("bytes" in read ? read.bytes : `refused: ${read.problem}`);
    hash.update("\u0000");
  };
  for (const root of roots) filesUnder(root, (name) => name.endsWith(".md")).forEach(addArticle);
  return hash.digest("hex").slice(0, 32);
}

const articleKey = (source: ArticleSource) =>
  createHash("sha256").update(`${source.file}\u0000${source.locale}\u0000${source.slug}\u0000`).update(source.bytes).digest("hex");

function isParsedArticles(value: unknown): value is Record<string, ParsedArticle> {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every(
      (parsed: unknown) =>
        typeof parsed === "object" && parsed !== null && "article" in parsed && "diagnostics" in parsed && Array.isArray(parsed.diagnostics),
    )
  );
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
  const value = readCacheFile(file);
  return isContentModel(value) ? value : null;
}

/** Written whole (see writeCacheFile); the oldest of the same kind beyond a few are removed. */
function keepInCache(file: string, value: unknown, cacheDir: string, prefix: string): void {
  try {
    writeCacheFile(file, value);
    const older = filesUnder(cacheDir, (name) => name.startsWith(prefix) && name.endsWith(".json"))
      .map((candidate) => ({ candidate, written: statSync(candidate).mtimeMs }))
      .sort((a, b) => b.written - a.written)
      .slice(keptModels + 1);
    for (const { candidate } of older) rmSync(candidate, { force: true });
  } catch {
    // A cache that cannot be written only costs time.
  }
}

interface CacheOptions {
  /** loadContent through the per-article cache, unless a test counts the calls. */
  parse?: (roots: string[]) => ContentModel;
  cacheDir?: string;
}

/** The articles of the roots, with the parses the cache holds; `finish` relates them with the missing ones' parses. */
interface LoadPlan {
  /** The articles that need parsing, in order. */
  missing: ArticleSource[];
  finish(parsedMissing: ParsedArticle[]): ContentModel;
}

/**
 * Parses are kept by article bytes, for the same roots, parser and images; the parses of
 * this load are kept for the next (and only they: the file does not grow).
 */
function planLoad(roots: string[], cacheDir: string): LoadPlan {
  const parser = parserFingerprint();
  const { sources, channel } = readArticleSources(roots);
  const file = parser === null ? null : path.join(cacheDir, `articles-${setting(roots, parser, imagesFingerprint(roots)).slice(0, 32)}.json`);
  const stored = file === null ? null : readCacheFile(file);
  const known = isParsedArticles(stored) ? stored : {};
  const keys = sources.map(articleKey);
  const missing = sources.filter((_, n) => !known[keys[n] ?? ""]);
  return {
    missing,
    finish(parsedMissing) {
      if (parsedMissing.length !== missing.length) throw new Error(`${missing.length} articles to parse, ${parsedMissing.length} parses`);
      const fresh = parsedMissing.values();
      const parses: Record<string, ParsedArticle> = {};
      const parsed = keys.map((key) => {
        const parse = known[key] ?? fresh.next().value;
        if (!parse) throw new Error("a parse is missing");
        parses[key] = parse;
        return parse;
      });
      const model = relateArticles(parsed, channel);
      if (file !== null) keepInCache(file, parses, cacheDir, "articles-");
      return model;
    },
  };
}

/** loadContent, parsing only the articles the cache has not seen. */
export function loadContentByArticle(roots: string[], cacheDir: string = buildCacheDir): ContentModel {
  const plan = planLoad(roots, cacheDir);
  return plan.finish(plan.missing.map((source) => parseSafely(source)));
}

/** Parses articles elsewhere (worker threads, scripts/content-parse.mts), in order. */
export type ParseMany = (sources: ArticleSource[]) => Promise<ParsedArticle[]>;

/** loadContentCached, with the articles the cache has not seen parsed by `parseMany`. */
export async function loadContentCachedWith(parseMany: ParseMany, roots: string[], cacheDir: string = buildCacheDir): Promise<ContentModel> {
  const key = contentKey(roots);
  const file = key === null ? null : path.join(cacheDir, `content-${key}.json`);
  const cached = file === null ? null : readModel(file);
  if (cached) return cached;
  const plan = planLoad(roots, cacheDir);
  const model = plan.finish(await parseMany(plan.missing));
  if (file !== null) keepInCache(file, model, cacheDir, "content-");
  return model;
}

/** loadContent, through the cache. */
export function loadContentCached(roots: string[] = contentRootsFrom(process.env.CONTENT_DIR), options: CacheOptions = {}): ContentModel {
  const { cacheDir = buildCacheDir, parse = (some: string[]) => loadContentByArticle(some, cacheDir) } = options;
  const key = contentKey(roots);
  if (key === null) return parse(roots);
  const file = path.join(cacheDir, `content-${key}.json`);
  const cached = readModel(file);
  if (cached) return cached;
  const model = parse(roots);
  keepInCache(file, model, cacheDir, "content-");
  return model;
}
