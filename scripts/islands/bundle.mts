/**
 * The islands' browser scripts: one ES module per island of the registry
 * (components/islands/registry.ts), bundled with Preact by esbuild into `<site>/_islands/`.
 * Both ways of building the site load them: the static renderer (lib/static) and the islands
 * step after `next build` (build.mts).
 */
import path from "node:path";
import { build, type Metafile, type Plugin } from "esbuild";
import { type IslandRecord, isHydratedIsland } from "@/components/islands/define";
import { type IslandName, islandNames, islandRegistry } from "@/components/islands/registry";
import type { IslandBundle } from "./lean-page.mts";

/** Not a locale (an underscore is never part of a language tag), so no page can sit there. */
export const islandsFolder = "_islands";

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
async function bundleIsland(name: IslandName, outDir: string, target: string): Promise<IslandBuild> {
  const { metafile, outputFiles } = await build({
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
    // The caller writes the files: an incremental build keeps the rest of the export.
    write: false,
  });
  const entry = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === `island:${name}`)?.[0];
  if (!entry) throw new Error(`esbuild wrote no module for the island ${name}`);
  const imports = staticImports(metafile, entry);
  const url = (output: string) => `/${path.relative(outDir, output).split(path.sep).join("/")}`;
  return {
    bundle: { entry: url(entry), imports: imports.map(url) },
    description: describe(name, metafile, [entry, ...imports]),
    files: outputFiles.map((file) => [path.relative(outDir, file.path), file.contents]),
  };
}

interface IslandBuild {
  bundle: IslandBundle;
  description: string;
  files: [string, Uint8Array][];
}

export interface IslandBundles {
  bundles: Map<string, IslandBundle>;
  description: string;
  /** The scripts to write, by path in the export folder (under `_islands/`). */
  files: Map<string, Uint8Array>;
}

/** Every island of the registry bundled for `<outDir>/_islands/`; nothing is written. */
export async function bundleIslands(outDir: string): Promise<IslandBundles> {
  const target = path.join(path.resolve(outDir), islandsFolder);
  const bundles = new Map<string, IslandBundle>();
  const files = new Map<string, Uint8Array>();
  const descriptions: string[] = [];
  for (const name of islandNames) {
    const built = await bundleIsland(name, path.resolve(outDir), target);
    bundles.set(name, built.bundle);
    descriptions.push(built.description);
    for (const [file, contents] of built.files) files.set(file, contents);
  }
  return { bundles, description: `minified first load: ${descriptions.join(", ")}`, files };
}
