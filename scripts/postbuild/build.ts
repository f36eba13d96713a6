/**
 * After the islands step: `_headers` (security and cache headers for the server and static
 * hosts), then gzip and brotli copies of the text files (the headers file included).
 *
 * Usage: tsx scripts/postbuild/build.ts (the export folder is EXPORT_DIR, as for next build, or out/)
 */
import { precompress } from "./precompress";
import { writeHeadersFile } from "./security-headers";

const outDir = process.env.EXPORT_DIR ?? "out";
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** The headers file and the compressed copies; returns what it did. */
export async function postbuild(): Promise<string> {
  const started = performance.now();
  const { hashes } = await writeHeadersFile(outDir);
  const summary = await precompress(outDir);
  return (
    `postbuild: _headers with ${hashes.size} inline script hashes; ${summary.files} text files precompressed (${summary.reused} kept from the last build) ` +
      `(${mb(summary.bytes)} → gzip ${mb(summary.gzipBytes)}, brotli ${mb(summary.brotliBytes)}); ${Math.round(performance.now() - started)} ms`
  );
}

// Run as a script (scripts/build.ts imports it instead).
if (require.main === module) {
  postbuild().then(console.log, (error: unknown) => {
    console.error(`postbuild: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
