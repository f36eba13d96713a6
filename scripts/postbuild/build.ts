/**
 * After the pages: `_headers` (security and cache headers for the server and static hosts),
 * then gzip and brotli copies of the text files (the headers file included).
 *
 * Usage: tsx scripts/postbuild/build.ts [--compression-only] (the export folder is EXPORT_DIR, as
 * for next build, or out/). The static build writes `_headers` itself, from the inline scripts
 * it noted while rendering, and runs only the compression; after `next build` the pages are
 * read back for their scripts.
 */
import { parseArgs } from "node:util";
import { precompress } from "./precompress";
import { inlineScriptHashes, writeHeadersFile } from "./security-headers";

const outDir = process.env.EXPORT_DIR ?? "out";
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** The headers file (unless another step wrote it) and the compressed copies; returns what it did. */
export async function postbuild({ headers }: { headers: boolean }): Promise<string> {
  const started = performance.now();
  let written = "";
  if (headers) {
    const hashes = await inlineScriptHashes(outDir);
    await writeHeadersFile(outDir, hashes.keys());
    written = `_headers with ${hashes.size} inline script hashes; `;
  }
  const summary = await precompress(outDir);
  return (
    `postbuild: ${written}${summary.files} text files precompressed (${summary.reused} kept from the last build) ` +
    `(${mb(summary.bytes)} → gzip ${mb(summary.gzipBytes)}, brotli ${mb(summary.brotliBytes)}); ${Math.round(performance.now() - started)} ms`
  );
}

// Run as a script (scripts/build.ts runs it so).
if (require.main === module) {
  const { values } = parseArgs({ options: { "compression-only": { type: "boolean", default: false } } });
  postbuild({ headers: !values["compression-only"] }).then(console.log, (error: unknown) => {
    console.error(`postbuild: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
