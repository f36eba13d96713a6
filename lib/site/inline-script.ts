/**
 * Our inline scripts (the few bytes a page runs before or without any island), each written
 * once as a TypeScript module in lib/site/inline/ whose default export runs it with its
 * data. Each is bundled and minified with esbuild the first time a page asks for it (for a
 * static export, at build time). Its data rides in the script element's
 * `data-inline-data` attribute, as JSON, not in its text: so a script's text is the same on
 * every page, and the Content-Security-Policy allows each by one hash
 * (scripts/postbuild/headers.mjs), however many pages carry it.
 */
import path from "node:path";
import { buildSync } from "esbuild";

interface InlineScripts {
  "locale-redirect": typeof import("./inline/locale-redirect").default;
  "case-redirect": typeof import("./inline/case-redirect").default;
  "keep-hash": typeof import("./inline/keep-hash").default;
  "not-found-language": typeof import("./inline/not-found-language").default;
}

export type InlineScriptName = keyof InlineScripts;

/** A script by name, with the data it runs with (nothing for most). */
export type InlineScriptCall = {
  [Name in InlineScriptName]: Parameters<InlineScripts[Name]> extends [] ? { name: Name } : { name: Name; data: Parameters<InlineScripts[Name]>[0] };
}[InlineScriptName];

/** The attribute of the script element that holds its data as JSON. */
export const inlineDataAttribute = "data-inline-data";
const bundled = new Map<InlineScriptName, string>();

function bundle(name: InlineScriptName, withData: boolean): string {
  const data = `JSON.parse(document.currentScript.getAttribute(${JSON.stringify(inlineDataAttribute)}))`;
  const known = bundled.get(name);
  if (known) return known;
  const { outputFiles } = buildSync({
    stdin: {
      contents: `import run from "./lib/site/inline/${name}.ts";\nrun(${withData ? data : ""});`,
      resolveDir: process.cwd(),
      sourcefile: path.join("lib/site/inline", `${name}.entry.ts`),
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "iife",
    minify: true,
    target: "es2020",
    legalComments: "none",
    logLevel: "warning",
  });
  const code = outputFiles[0]?.text.trim();
  if (!code) throw new Error(`esbuild wrote nothing for the inline script lib/site/inline/${name}.ts`);
  bundled.set(name, code);
  return code;
}

/** The script's text and the value of its data attribute, if it takes data (see components/InlineScript.tsx). */
export function inlineScript(call: InlineScriptCall): { text: string; data: string | null } {
  if (!("data" in call)) return { text: bundle(call.name, false), data: null };
  return { text: bundle(call.name, true), data: JSON.stringify(call.data) };
}
