/**
 * Writes a gzip (`.gz`) and a brotli (`.br`) copy beside every text file of the export, once,
 * at build time: the server (and any host configured for it, see the README's nginx snippet)
 * sends them as they are instead of compressing each response again.
 */
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
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

async function compressOne(file: string, immutable: boolean, summary: PrecompressSummary): Promise<void> {
  const bytes = await readFile(file);
  if (bytes.length < minimumBytes) return;
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
  summary.files += 1;
  summary.bytes += bytes.length;
  // A copy no smaller than the file is not worth a second representation.
  if (gzipped.length < bytes.length) {
    await writeFile(`${file}.gz`, gzipped);
    summary.gzipBytes += gzipped.length;
  } else summary.gzipBytes += bytes.length;
  if (brotli.length < bytes.length) {
    await writeFile(`${file}.br`, brotli);
    summary.brotliBytes += brotli.length;
  } else summary.brotliBytes += bytes.length;
}

export async function precompress(outDir: string, concurrency = os.availableParallelism() * 2): Promise<PrecompressSummary> {
  const summary: PrecompressSummary = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const files = await filesUnder(outDir);
  const present = new Set(files);
  // Copies of a file that is gone (an earlier build into the same folder) would be served for it.
  const stale = files.filter((file) => compressedSuffixes.some((suffix) => file.endsWith(suffix)) && !present.has(file.slice(0, -3)));
  await Promise.all(stale.map((file) => rm(file)));
  const queue = files.filter((file) => compressibleExtensions.has(path.extname(file).toLowerCase()));
  const workers = Array.from({ length: Math.max(1, concurrency) }, async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const urlPath = `/${path.relative(outDir, file).split(path.sep).join("/")}`;
      const immutable = immutablePrefixes.some((prefix) => urlPath.startsWith(prefix));
      if ((await stat(file)).isFile()) await compressOne(file, immutable, summary);
    }
  });
  await Promise.all(workers);
  return summary;
}
