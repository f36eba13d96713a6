/**
 * Writes `_headers` into the export: the security headers of every response (the CSP with
 * the hashes of the inline scripts the built pages run) and the cache rules, as
 * scripts/postbuild/headers.mjs computes them. scripts/serve.mjs reads the same file. The
 * static build knows its pages' scripts as it renders them; `next build`'s pages are read back.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { formatHeadersFile, frameAncestorsFrom, headerRules, headersFileName, imageHostsFrom, inlineScripts, scriptHash } from "./headers.mjs";

async function htmlPages(dir: string): Promise<string[]> {
  const pages: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const target = path.join(dir, entry.name);
    if (entry.isDirectory()) pages.push(...(await htmlPages(target)));
    else if (entry.isFile() && entry.name.endsWith(".html")) pages.push(target);
  }
  return pages;
}

/** Pages read at once: one at a time, waiting on each file, took most of this step. */
const readsAtOnce = 16;

/** Every distinct inline script of the built pages, with the first page (in folder order) that runs it. */
export async function inlineScriptHashes(outDir: string): Promise<Map<string, string>> {
  const pages = await htmlPages(outDir);
  const scriptHashes = new Map<number, string[]>();
  let next = 0;
  const readers = Array.from({ length: readsAtOnce }, async () => {
    for (let index = next++; index < pages.length; index = next++) {
      const page = pages[index];
      if (page !== undefined) scriptHashes.set(index, inlineScripts(await readFile(page, "utf8")).map(scriptHash));
    }
  });
  await Promise.all(readers);
  const hashes = new Map<string, string>();
  pages.forEach((page, index) => {
    for (const hash of scriptHashes.get(index) ?? []) if (!hashes.has(hash)) hashes.set(hash, path.relative(outDir, page));
  });
  return hashes;
}

/** `_headers` allowing the inline scripts of `scriptHashes`; returns its path. */
export async function writeHeadersFile(outDir: string, scriptHashes: Iterable<string>, env: Record<string, string | undefined> = process.env): Promise<string> {
  const rules = headerRules({
    scriptHashes: [...new Set(scriptHashes)].sort(),
    frameAncestors: frameAncestorsFrom(env),
    imageHosts: imageHostsFrom(env),
  });
  const file = path.join(outDir, headersFileName);
  await writeFile(file, formatHeadersFile(rules));
  return file;
}
