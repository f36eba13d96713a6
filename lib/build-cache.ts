import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Where builds keep what the next one may reuse (the parsed content, the last output's
 * manifest, the compressed copies' records): BUILD_CACHE_DIR, else under node_modules.
 * A module of its own, so the steps that only need the cache do not load the parser.
 */
export const buildCacheDir = process.env.BUILD_CACHE_DIR || path.join("node_modules", ".cache", "error-guide");

/** The cache file of one kind for one export folder: two exports built from one checkout keep theirs apart. */
export function cacheFileForOutput(kind: string, outDir: string): string {
  const folder = createHash("sha256").update(path.resolve(outDir)).digest("hex").slice(0, 16);
  return path.join(buildCacheDir, `${kind}-${folder}.json`);
}

/** A cache file's value, or null when it is missing or unreadable: a lost cache only costs time. */
export function readCacheFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Written aside then renamed, so a reader (or a build stopped half-way) never sees half a file. */
export function writeCacheFile(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, file);
}
