/**
 * The site's stylesheet: app/globals.css through Tailwind's PostCSS plugin, as `next build`
 * compiles it (postcss.config.mjs), minified; named by its content's hash so it can be
 * cached for good.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import tailwindcss from "@tailwindcss/postcss";
import postcss from "postcss";

export interface Stylesheet {
  css: string;
  /** `site.<hash>.css` */
  fileName: string;
}

export async function buildStylesheet(file: string, projectRoot: string): Promise<Stylesheet> {
  const source = readFileSync(file, "utf8");
  // base: where Tailwind looks for class names (every source file of the project that git does not ignore).
  const result = await postcss([tailwindcss({ base: projectRoot, optimize: { minify: true } })]).process(source, { from: file });
  const hash = createHash("sha256").update(result.css).digest("hex").slice(0, 12);
  return { css: result.css, fileName: `site.${hash}.css` };
}
