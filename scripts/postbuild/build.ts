/**
 * After the pages: `_headers` (security and cache headers for the server and static hosts),
 * then gzip and brotli copies of the text files.
 *
 * scripts/build.ts runs it as its last step. The static build writes `_headers` itself, from the
 * inline scripts it noted while rendering, and has only the compression run; after `next build`
 * the pages are read back for their scripts.
 *
 * Usage: tsx scripts/postbuild/build.ts (both, on EXPORT_DIR or out/)
 */
import { type KnownFiles, precompress } from "./precompress";
import { inlineScriptHashes, writeHeadersFile } from "./security-headers";

const outDir = process.env.EXPORT_DIR ?? "out";
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** The headers file (unless another step wrote it) and the compressed copies; returns what it did. */
export async function postbuild({ headers, known }: { headers: boolean; known?: KnownFiles }): Promise<string> {
  const started = performance.now();
  let written = "";
  if (headers) {
    const hashes = await inlineScriptHashes(outDir);
    await writeHeadersFile(outDir, hashes.keys());
    written = `_headers with ${hashes.size} inline script hashes; `;
  }
  const summary = await precompress(outDir, known);
  return (
    `postbuild: ${written}${summary.files} text files precompressed (${summary.reused} kept from the last build) ` +
    `(${mb(summary.bytes)} → gzip ${mb(summary.gzipBytes)}, brotli ${mb(summary.brotliBytes)}); ${Math.round(performance.now() - started)} ms`
  );
}

// Run as a script (scripts/build.ts imports it instead).
if (require.main === module) {
  postbuild({ headers: true }).then(console.log, (error: unknown) => {
    console.error(`postbuild: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
