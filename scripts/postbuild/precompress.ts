/**
 * Writes a gzip (`.gz`) and a brotli (`.br`) copy beside every text file of the export, once,
 * at build time: the server (and any host configured for it, see the README's nginx snippet)
 * sends them as they are instead of compressing each response again.
 *
 * A file the last run compressed and nobody rewrote since (same size and modification time:
 * an incremental build writes only the pages it renders) keeps its copies; what they were is
 * noted in `node_modules/.cache/error-guide/`, per export folder.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { cacheFileForOutput, readCacheFile, writeCacheFile } from "../../lib/build-cache";
import { immutablePrefixes } from "./headers.mjs";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export const compressibleExtensions = new Set([".html", ".js", ".mjs", ".css", ".json", ".txt", ".svg", ".xml", ".webmanifest", ".map"]);
export const compressedSuffixes = [".gz", ".br"];
/** Below this, a compressed copy saves less than a packet. */
export const minimumBytes = 512;
/**
 * Brotli's best quality is 50 times slower than quality 6 for 2 % smaller pages (the seed site,
 * 2 MB: 6.7 s against 0.16 s): it is kept for the content-hashed scripts and styles, a few files
 * cached for a year, and pages (thousands, rewritten at each build) get quality 6.
 */
const brotliQuality = { immutable: 11, page: 6 };

export interface PrecompressSummary {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
  /** Files whose copies from the last run were kept. */
  reused: number;
}

async function filesUnder(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const target = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(target)));
    else if (entry.isFile()) files.push(target);
  }
  return files;
}

/** What one file's compression gave: its sizes, and which copies were written (a copy no smaller is not). */
interface Compressed {
  stamp: string;
  bytes: number;
  gzipBytes: number | null;
  brotliBytes: number | null;
}

async function compressOne(file: string, immutable: boolean, stamp: string): Promise<Compressed | null> {
  const bytes = await readFile(file);
  if (bytes.length < minimumBytes) return null;
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(bytes, { level: 9 }),
    brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: immutable ? brotliQuality.immutable : brotliQuality.page,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  const write = async (copy: Buffer, suffix: string) => {
    // A copy no smaller than the file is not worth a second representation.
    if (copy.length >= bytes.length) {
      await rm(`${file}${suffix}`, { force: true });
      return null;
    }
    await writeFile(`${file}${suffix}`, copy);
    return copy.length;
  };
  return { stamp, bytes: bytes.length, gzipBytes: await write(gzipped, ".gz"), brotliBytes: await write(brotli, ".br") };
}

const stampOf = (stats: { size: number; mtimeMs: number }) => `${stats.size}:${stats.mtimeMs}`;

function isCompressedRecord(value: unknown): value is Record<string, Compressed> {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every(
      (record: unknown) =>
        typeof record === "object" &&
        record !== null &&
        "stamp" in record &&
        typeof record.stamp === "string" &&
        "bytes" in record &&
        typeof record.bytes === "number" &&
        "gzipBytes" in record &&
        (record.gzipBytes === null || typeof record.gzipBytes === "number") &&
        "brotliBytes" in record &&
        (record.brotliBytes === null || typeof record.brotliBytes === "number"),
    )
  );
}

function readRecords(file: string): Record<string, Compressed> {
  const value = readCacheFile(file);
  return isCompressedRecord(value) ? value : {};
}

/**
 * The last run's copies are still there: the listing has exactly the copies it wrote. (Their
 * sizes are not looked at: a stat per copy was most of a rebuild's time here, and the copies
 * are this step's alone.)
 */
function copiesPresent(file: string, record: Compressed, listed: Set<string>): boolean {
  return (record.gzipBytes !== null) === listed.has(`${file}.gz`) && (record.brotliBytes !== null) === listed.has(`${file}.br`);
}

/**
 * Files handled at once: compression runs on libuv's threads whatever the number, and most
 * of a rebuild's files only need looking at (a few stats each), which is waiting, not work.
 */
const filesAtOnce = 16;

/** The export's files as the step before left them, so the folder need not be walked again. */
export interface KnownFiles {
  /** Paths under the export folder, compressed copies included. */
  files: string[];
  /** Folders of the export written since, whose files `files` lacks: these are listed. */
  unlisted: string[];
}

/** Compresses the text files of `outDir`: every file under it, or those `known` names. */
export async function precompress(outDir: string, known?: KnownFiles): Promise<PrecompressSummary> {
  const summary: PrecompressSummary = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0, reused: 0 };
  const recordsFile = cacheFileForOutput("precompressed", outDir);
  const previous = readRecords(recordsFile);
  await rm(recordsFile, { force: true });
  const records: Record<string, Compressed> = {};
  const listed = known ? await Promise.all(known.unlisted.map((folder) => (existsSync(folder) ? filesUnder(folder) : []))) : [await filesUnder(outDir)];
  const files = [...(known?.files ?? []), ...listed.flat()];
  const present = new Set(files);
  // Copies of a file that is gone (an earlier build into the same folder) would be served for it.
  const stale = files.filter((file) => compressedSuffixes.some((suffix) => file.endsWith(suffix)) && !present.has(file.slice(0, -3)));
  await Promise.all(stale.map((file) => rm(file)));
  const queue = files.filter((file) => compressibleExtensions.has(path.extname(file).toLowerCase()));
  const workers = Array.from({ length: filesAtOnce }, async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const relative = path.relative(outDir, file);
      const urlPath = `/${relative.split(path.sep).join("/")}`;
      const immutable = immutablePrefixes.some((prefix) => urlPath.startsWith(prefix));
      const stats = await stat(file);
      if (!stats.isFile()) continue;
      const stamp = stampOf(stats);
      const before = previous[relative];
      const reused = before?.stamp === stamp && copiesPresent(file, before, present);
      const record = reused ? before : await compressOne(file, immutable, stamp);
      if (!record) {
        await Promise.all(compressedSuffixes.filter((suffix) => present.has(`${file}${suffix}`)).map((suffix) => rm(`${file}${suffix}`)));
        continue;
      }
      records[relative] = record;
      summary.files += 1;
      if (reused) summary.reused += 1;
      summary.bytes += record.bytes;
      summary.gzipBytes += record.gzipBytes ?? record.bytes;
      summary.brotliBytes += record.brotliBytes ?? record.bytes;
    }
  });
  await Promise.all(workers);
  writeCacheFile(recordsFile, records);
  return summary;
}
