/**
 * After `next build`: published error pages drop the framework's runtime (about 130 KB
 * gzip of JavaScript) and its inline page data (the rendered tree a second time), and run
 * their one interactive part, the checklist, with a small script instead: the same
 * Checklist component bundled with Preact (islands/checklist.ts). Other pages keep the
 * framework. A page that holds a client component besides the checklist is left as it is.
 *
 * Usage: tsx scripts/islands/build.ts (the export folder is EXPORT_DIR, as for next build, or out/)
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { leanPage } from "./lean-page";

const outDir = process.env.EXPORT_DIR ?? "out";
/** Not a locale (an underscore is never part of a language tag), so no page can sit there. */
const islandsPath = "/_islands";

/** Minified bytes of the bundle that come from Preact, and from everything else (ours). */
function composition(inputs: Record<string, { bytesInOutput: number }>): string {
  let preact = 0;
  let ours = 0;
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    if (file.includes("node_modules/preact/")) preact += bytesInOutput;
    else ours += bytesInOutput;
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return `${kb(preact + ours)} minified: Preact ${kb(preact)}, ours ${kb(ours)}`;
}

async function bundleChecklist(): Promise<{ src: string; composition: string }> {
  const result = await build({
    entryPoints: ["islands/checklist.ts"],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
    legalComments: "none",
    // The component is written for React; Preact runs it with a tenth of the code.
    alias: { react: "preact/compat", "react-dom": "preact/compat" },
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
    metafile: true,
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error("esbuild wrote nothing for islands/checklist.ts");
  const name = `checklist.${createHash("sha256").update(code).digest("hex").slice(0, 12)}.js`;
  rmSync(path.join(outDir, islandsPath), { recursive: true, force: true });
  mkdirSync(path.join(outDir, islandsPath), { recursive: true });
  writeFileSync(path.join(outDir, islandsPath, name), code);
  const output = Object.values(result.metafile.outputs)[0];
  return { src: `${islandsPath}/${name}`, composition: output ? composition(output.inputs) : "" };
}

/** `<out>/<locale>/errors/<code>/index.html` for every locale and code. */
function errorPages(): string[] {
  const pages: string[] = [];
  for (const locale of readdirSync(outDir, { withFileTypes: true })) {
    if (!locale.isDirectory()) continue;
    const errors = path.join(outDir, locale.name, "errors");
    let codes: string[];
    try {
      codes = readdirSync(errors);
    } catch {
      continue;
    }
    for (const code of codes) pages.push(path.join(errors, code, "index.html"));
  }
  return pages;
}

async function main(): Promise<void> {
  const started = performance.now();
  const { src: scriptSrc, composition: bundled } = await bundleChecklist();
  const skipped = new Map<string, number>();
  let lean = 0;
  for (const page of errorPages()) {
    let html: string;
    try {
      html = readFileSync(page, "utf8");
    } catch {
      continue;
    }
    const result = leanPage(html, { component: "Checklist", scriptSrc });
    if ("skipped" in result) {
      skipped.set(result.skipped, (skipped.get(result.skipped) ?? 0) + 1);
      continue;
    }
    writeFileSync(page, result.html);
    lean += 1;
  }
  console.log(`islands: ${lean} error pages run the checklist with ${scriptSrc} (${bundled}; ${Math.round(performance.now() - started)} ms)`);
  for (const [reason, count] of skipped) console.warn(`islands: ${count} error pages keep the framework: ${reason}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
