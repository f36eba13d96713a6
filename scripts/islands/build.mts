/**
 * After `next build`: every exported page drops the framework's runtime (about 130 KB gzip
 * of JavaScript) and its inline page data (the rendered tree a second time), and runs its
 * islands with small scripts instead: each island's definition bundled with Preact (see
 * components/islands/registry.ts). A page without islands keeps no script but our inline ones.
 * The framework's payload files beside a lean page (`index.txt`, `__next.*.txt`, read only
 * by its client-side router) are removed: they are most of the export's size.
 *
 * It fails closed: first the check that every client component is an island's
 * (client-modules.ts), then each page; the build stops naming the component and the page.
 * Pages that keep the runtime on purpose (KeepFrameworkRuntime) are left as they are.
 *
 * Usage: tsx scripts/islands/build.mts (the export folder is EXPORT_DIR, as for next build, or out/)
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build, type Metafile, type Plugin } from "esbuild";
import { type IslandRecord, isHydratedIsland } from "@/components/islands/define";
import { type IslandName, islandNames, islandRegistry } from "@/components/islands/registry";
import { checkClientModules } from "./client-modules";
import { type IslandBundle, LeanPageError, type LeanResult, leanPage } from "./lean-page.mts";

const outDir = process.env.EXPORT_DIR ?? "out";
/** Not a locale (an underscore is never part of a language tag), so no page can sit there. */
const islandsFolder = "_islands";

/** Each island's browser entry, made from the registry: hydrate its definition. */
const islandEntries: Plugin = {
  name: "island-entries",
  setup(build) {
    build.onResolve({ filter: /^island:/ }, (args) => ({ path: args.path.slice("island:".length), namespace: "island" }));
    build.onLoad({ filter: /.*/, namespace: "island" }, (args) => {
      const name = islandNames.find((candidate) => candidate === args.path);
      if (!name) return { errors: [{ text: `no island ${args.path} in components/islands/registry.ts` }] };
      const record: IslandRecord = islandRegistry[name];
      const contents = isHydratedIsland(record)
        ? [
            `import { hydrateIsland } from "./components/islands/hydrate.ts";`,
            `import { ${record.island.export} as island } from ${JSON.stringify(`./${record.island.module}`)};`,
            `hydrateIsland(${JSON.stringify(name)}, island);`,
          ].join("\n")
        : `import ${JSON.stringify(`./${record.script}`)};`;
      return { contents, loader: "ts", resolveDir: process.cwd() };
    });
  },
};

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
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
    entryPoints: { [name]: `island:${name}` },
    plugins: [islandEntries],
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
  const entry = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === `island:${name}`)?.[0];
  if (!entry) throw new Error(`esbuild wrote no module for the island ${name}`);
  const imports = staticImports(metafile, entry);
  const url = (output: string) => `/${path.relative(outDir, output).split(path.sep).join("/")}`;
  return {
    bundle: { entry: url(entry), imports: imports.map(url) },
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

function leanOrFailure(html: string, bundles: ReadonlyMap<string, IslandBundle>): LeanResult | { failure: string } {
  try {
    return leanPage(html, bundles);
  } catch (error) {
    if (error instanceof LeanPageError) return { failure: error.message };
    throw error;
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const check = await checkClientModules(process.cwd());
  if (check.problems.length > 0) {
    for (const problem of check.problems) console.error(`islands: ${problem}`);
    throw new Error(`islands: ${count(check.problems.length, "client component problem")} (above); no page was changed`);
  }
  const { bundles, description } = await bundleIslands();
  const failed: string[] = [];
  const kept = new Map<string, string[]>();
  const byIslands = new Map<string, number>();
  let payloadFiles = 0;
  for (const page of htmlPages(outDir)) {
    const name = path.relative(outDir, page);
    const result = leanOrFailure(readFileSync(page, "utf8"), bundles);
    if ("failure" in result) {
      failed.push(`${name} cannot be made lean: ${result.failure}`);
      continue;
    }
    if ("keptRuntime" in result) {
      kept.set(result.keptRuntime, [...(kept.get(result.keptRuntime) ?? []), name]);
      continue;
    }
    writeFileSync(page, result.html);
    payloadFiles += removeRouterPayload(page);
    const key = result.islands.length > 0 ? result.islands.join(" + ") : "no island";
    byIslands.set(key, (byIslands.get(key) ?? 0) + 1);
  }
  if (failed.length > 0) {
    for (const failure of failed) console.error(`islands: ${failure}`);
    throw new Error(`islands: ${count(failed.length, "page")} with islands cannot be made lean (above)`);
  }
  const counts = [...byIslands].map(([islands, pages]) => `${pages} with ${islands}`).join(", ");
  console.log(`islands: lean pages: ${counts}; ${payloadFiles} router payload files removed; ${description}; ${Math.round(performance.now() - started)} ms`);
  for (const [reason, pages] of kept) console.log(`islands: ${pages.length} pages keep the framework's runtime on purpose (${reason}): ${pages.slice(0, 3).join(", ")}${pages.length > 3 ? ", …" : ""}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
