/**
 * After `next build`: every exported page whose interactive parts are all islands drops the
 * framework's runtime (about 130 KB gzip of JavaScript) and its inline page data (the
 * rendered tree a second time), and runs its islands with small scripts instead: the same
 * components bundled with Preact (islands/*.ts). A page without islands keeps no script.
 * The framework's payload files beside a lean page (`index.txt`, `__next.*.txt`, read only
 * by its client-side router) are removed: they are most of the export's size.
 * A page holding any other client component is left as it is, and reported.
 *
 * Usage: tsx scripts/islands/build.ts (the export folder is EXPORT_DIR, as for next build, or out/)
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build, type Metafile } from "esbuild";
import { type IslandName, islandNames } from "@/components/islands/markup";
import { type IslandBundle, leanPage } from "./lean-page";

const outDir = process.env.EXPORT_DIR ?? "out";
/** Not a locale (an underscore is never part of a language tag), so no page can sit there. */
const islandsFolder = "_islands";

/** The client component each island's browser entry (islands/<name>.ts) hydrates. */
const islandComponents: Record<IslandName, string> = {
  checklist: "Checklist",
  search: "SearchBox",
  "not-found": "NotFoundSuggestions",
  // A server component: its script shows the page's copy buttons, it hydrates nothing.
  copy: "CopyButtons",
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Minified bytes of an island's first load (entry and static imports), and Preact's share of them. */
function describe(name: string, metafile: Metafile, files: string[]): string {
  let preact = 0;
  let total = 0;
  for (const file of files) {
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[file]?.inputs ?? {})) {
      total += bytesInOutput;
      if (input.includes("node_modules/preact/")) preact += bytesInOutput;
    }
  }
  return `${name} ${kb(total)} (Preact ${kb(preact)})`;
}

/** The static imports of an output, and theirs: what loads before the entry runs. */
function staticImports(metafile: Metafile, output: string, seen = new Set<string>()): string[] {
  for (const imported of metafile.outputs[output]?.imports ?? []) {
    if (imported.kind !== "import-statement" || seen.has(imported.path)) continue;
    seen.add(imported.path);
    staticImports(metafile, imported.path, seen);
  }
  return [...seen];
}

/**
 * One ES module per island, bundled on its own so a page loads one file (a page has one
 * island); only what an island loads on demand (the search engine) is split off, and
 * fetched on first use.
 */
async function bundleIsland(name: IslandName, target: string): Promise<{ bundle: IslandBundle; description: string }> {
  const { metafile } = await build({
    entryPoints: { [name]: `islands/${name}.ts` },
    outdir: target,
    entryNames: "[name].[hash]",
    chunkNames: "chunk.[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    target: "es2020",
    legalComments: "none",
    // The components are written for React; Preact runs them with a tenth of the code.
    alias: { react: "preact/compat", "react-dom": "preact/compat" },
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
    metafile: true,
  });
  const entry = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === `islands/${name}.ts`)?.[0];
  if (!entry) throw new Error(`esbuild wrote no module for islands/${name}.ts`);
  const imports = staticImports(metafile, entry);
  const url = (output: string) => `/${path.relative(outDir, output).split(path.sep).join("/")}`;
  return {
    bundle: { component: islandComponents[name], entry: url(entry), imports: imports.map(url) },
    description: describe(name, metafile, [entry, ...imports]),
  };
}

async function bundleIslands(): Promise<{ bundles: Map<string, IslandBundle>; description: string }> {
  const target = path.join(outDir, islandsFolder);
  rmSync(target, { recursive: true, force: true });
  const bundles = new Map<string, IslandBundle>();
  const descriptions: string[] = [];
  for (const name of islandNames) {
    const { bundle, description } = await bundleIsland(name, target);
    bundles.set(name, bundle);
    descriptions.push(description);
  }
  return { bundles, description: `minified first load: ${descriptions.join(", ")}` };
}

/** Every exported HTML page, outside the framework's and our script folders. */
function htmlPages(dir: string): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const target = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (dir === outDir && (entry.name === "_next" || entry.name === islandsFolder)) continue;
      pages.push(...htmlPages(target));
    } else if (entry.name.endsWith(".html")) pages.push(target);
  }
  return pages;
}

/** The framework's payload files of the page `<dir>/index.html`, which only its router reads. */
function removeRouterPayload(page: string): number {
  if (path.basename(page) !== "index.html") return 0;
  const dir = path.dirname(page);
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (name === "index.txt" || (name.startsWith("__next.") && name.endsWith(".txt"))) {
      rmSync(path.join(dir, name));
      removed += 1;
    }
  }
  return removed;
}

async function main(): Promise<void> {
  const started = performance.now();
  const { bundles, description } = await bundleIslands();
  const skipped = new Map<string, string[]>();
  const byIslands = new Map<string, number>();
  let payloadFiles = 0;
  for (const page of htmlPages(outDir)) {
    const result = leanPage(readFileSync(page, "utf8"), bundles);
    if ("skipped" in result) {
      const pages = skipped.get(result.skipped) ?? [];
      pages.push(path.relative(outDir, page));
      skipped.set(result.skipped, pages);
      continue;
    }
    writeFileSync(page, result.html);
    payloadFiles += removeRouterPayload(page);
    const key = result.islands.length > 0 ? result.islands.join(" + ") : "no island";
    byIslands.set(key, (byIslands.get(key) ?? 0) + 1);
  }
  const counts = [...byIslands].map(([islands, count]) => `${count} with ${islands}`).join(", ");
  console.log(`islands: lean pages: ${counts}; ${payloadFiles} router payload files removed; ${description}; ${Math.round(performance.now() - started)} ms`);
  for (const [reason, pages] of skipped) console.warn(`islands: ${pages.length} pages keep the framework because ${reason}: ${pages.slice(0, 3).join(", ")}${pages.length > 3 ? ", …" : ""}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
