/**
 * Renders the whole site into the export folder with the static renderer (lib/static): every
 * route of app/ for every param its generateStaticParams gives, the 404 page, the stylesheet,
 * the icon and the islands' scripts. Fails closed: a client component that is no island's, a
 * route or metadata the renderer does not know, a page that throws: the build stops, named.
 *
 * Usage: tsx scripts/static/build.mts (the export folder is EXPORT_DIR, or out/)
 */
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { IslandName } from "@/components/islands/registry";
import { readAppTree } from "@/lib/static/app-routes";
import { type PageInstance, StaticRenderer } from "@/lib/static/render";
import { buildStylesheet } from "@/lib/static/stylesheet";
import { bundleIslands } from "../islands/bundle.mts";
import { checkClientModules } from "../islands/client-modules";
import { islandTags } from "../islands/lean-page.mts";

const outDir = process.env.EXPORT_DIR ?? "out";
const appDir = "app";
const assetsFolder = "_assets";
const require = createRequire(import.meta.url);

// Route modules import app/globals.css for Next.js's bundler; here the stylesheet is built on its own (lib/static/stylesheet.ts).
require.extensions[".css"] = () => undefined;

/** Where a page's file goes in the export: a page is a folder's index.html (trailingSlash). */
export function outputFile(page: PageInstance): string {
  const relative = page.path.endsWith("/") ? `${page.path}index.html` : page.path;
  return path.join(outDir, ...relative.split("/").filter(Boolean));
}

async function main(): Promise<void> {
  if (process.env.NODE_ENV !== "production") throw new Error("static build: run with NODE_ENV=production (React's development build renders other markup)");
  const started = performance.now();
  const check = await checkClientModules(process.cwd());
  for (const problem of check.problems) console.error(`static build: ${problem}`);
  if (check.problems.length > 0) throw new Error("static build: client component problems (above); nothing was written");
  if (check.keepRuntime.length > 0) throw new Error(`static build: ${check.keepRuntime.join(", ")} keep the framework's runtime, which only \`npm run build -- --next\` ships`);
  const tree = readAppTree(appDir);
  for (const problem of tree.problems) console.error(`static build: ${problem}`);
  if (tree.problems.length > 0) throw new Error("static build: app/ has files the static renderer does not render (above)");

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, assetsFolder), { recursive: true });
  const stylesheet = await buildStylesheet(path.join(appDir, "globals.css"), process.cwd());
  writeFileSync(path.join(outDir, assetsFolder, stylesheet.fileName), stylesheet.css);
  let icon: string | null = null;
  if (tree.icon) {
    copyFileSync(tree.icon, path.join(outDir, path.basename(tree.icon)));
    icon = `/${path.basename(tree.icon)}?${createHash("sha256").update(readFileSync(tree.icon)).digest("hex").slice(0, 12)}`;
  }
  const { bundles, description } = await bundleIslands(outDir);
  const renderer = new StaticRenderer({
    tree,
    assets: { stylesheet: `/${assetsFolder}/${stylesheet.fileName}`, icon },
    load: async (file) => require(path.resolve(file)),
    islandTags: (islands: IslandName[]) =>
      islandTags(
        islands.map((name) => {
          const bundle = bundles.get(name);
          if (!bundle) throw new Error(`static build: the island ${name} has no script`);
          return bundle;
        }),
      ),
  });
  const prepared = performance.now();
  const pages = await renderer.pages();
  const byIslands = new Map<string, number>();
  const folders = new Set<string>();
  for (const page of pages) {
    const { body, islands } = await renderer.render(page);
    const file = outputFile(page);
    const folder = path.dirname(file);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(file, body);
    if (page.route.kind === "page") {
      const key = islands.length > 0 ? islands.join(" + ") : "no island";
      byIslands.set(key, (byIslands.get(key) ?? 0) + 1);
    }
  }
  const rendered = performance.now();
  const counts = [...byIslands].map(([islands, n]) => `${n} with ${islands}`).join(", ");
  console.log(
    `static build: ${pages.length} files (${counts}); ${description}; ` +
      `set-up ${Math.round(prepared - started)} ms, rendering ${Math.round(rendered - prepared)} ms (${((rendered - prepared) / pages.length).toFixed(1)} ms a file)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
