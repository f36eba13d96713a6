/**
 * Bench section "weight": what a visitor downloads for the largest error page and the
 * index page of the seed site, measured in Chromium against the gzip server, and how
 * much of the HTML is the framework's inline page data (`self.__next_f.push` scripts).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { launchOptions } from "../browser.mjs";
import { type Served, pagesUnder, serve } from "./site";
import { kb } from "./stats";

export interface BenchPage {
  name: string;
  urlPath: string;
  file: string;
}

interface Transfer {
  requests: number;
  bytes: number;
}

export interface PageWeight {
  page: string;
  urlPath: string;
  /** Bytes on the wire (compressed bodies) by kind, and in all. */
  transfer: { html: Transfer; js: Transfer; css: Transfer; other: Transfer; total: Transfer };
  /** Scripts of the framework's runtime, and the rest (ours), gzip. */
  frameworkJsGzip: number;
  ownJsGzip: number;
  ownScripts: string[];
  html: {
    rawBytes: number;
    gzipBytes: number;
    /** The `self.__next_f.push(…)` scripts: the rendered tree again, for hydration. */
    inlineDataRawBytes: number;
    inlineDataGzipBytes: number;
    /** The document without any script: the rendered content alone. */
    contentRawBytes: number;
    contentGzipBytes: number;
    /** HTML gzip ÷ content-alone gzip (goal ≤ 1.5 for the error page). */
    ratio: number;
  };
  /** Code that must never reach the browser on this page, and where it was found. */
  forbidden: { name: string; foundIn: string[]; detectable: boolean }[];
  requests: { url: string; type: string; bytes: number }[];
}

export interface WeightFigures {
  pages: PageWeight[];
}

const inlineData = /<script>self\.__next_f\.push\([\s\S]*?<\/script>/g;
// React escapes "</" inside inline scripts, so the first "</script>" ends the element.
const anyScript = /<script\b[^>]*>[\s\S]*?<\/script>/g;
const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 6 }).length;

/**
 * Strings that survive minification and mark a module: if one appears in a chunk the page
 * loads, that module was sent to the browser. Each is checked against the server bundle
 * first, so a marker that could never match is reported as such instead of passing silently.
 */
const forbiddenMarkers = [
  { name: "unified (markdown pipeline)", marker: "without `parser`" },
  { name: "micromark (markdown parser)", marker: "codeFencedFenceSequence" },
  { name: "GFM tables (remark-gfm)", marker: "tableDelimiterFiller" },
  { name: "react-markdown", marker: "remarkjs/react-markdown" },
  { name: "hast-util-to-jsx-runtime", marker: "hast-util-to-jsx-runtime" },
  { name: "YAML front matter parser", marker: "Implicit keys need to be on a single line" },
  { name: "lib/content (article parser)", marker: "it contains NUL bytes" },
];
const searchIndexRequest = /\/search\/[a-z]+(-\d+)?\.json$/;

function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return names.filter((name) => name.endsWith(".js")).map((name) => path.join(dir, name));
}

function serverBundleHas(marker: string): boolean {
  return filesUnder(".next/server").some((file) => readFileSync(file, "utf8").includes(marker));
}

/** The framework's runtime is served from /_next/; anything else a page loads is ours. */
const isFramework = (url: string) => new URL(url).pathname.startsWith("/_next/");

function classify(type: string, url: string): keyof Omit<PageWeight["transfer"], "total"> {
  if (type === "document") return "html";
  if (type === "script" || url.endsWith(".js")) return "js";
  if (type === "stylesheet" || url.endsWith(".css")) return "css";
  return "other";
}

async function measurePage(served: Served, outDir: string, page: BenchPage): Promise<PageWeight> {
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext();
  const tab = await context.newPage();
  const responses: Promise<{ url: string; type: string; bytes: number }>[] = [];
  tab.on("requestfinished", (request) => {
    responses.push(request.sizes().then((sizes) => ({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize })));
  });
  await tab.goto(served.origin + page.urlPath, { waitUntil: "networkidle" });
  const requests = await Promise.all(responses);
  await browser.close();

  const empty = (): Transfer => ({ requests: 0, bytes: 0 });
  const transfer = { html: empty(), js: empty(), css: empty(), other: empty(), total: empty() };
  for (const request of requests) {
    for (const bucket of [transfer[classify(request.type, request.url)], transfer.total]) {
      bucket.requests += 1;
      bucket.bytes += request.bytes;
    }
  }

  const html = readFileSync(page.file, "utf8");
  const inline = (html.match(inlineData) ?? []).join("");
  const content = html.replace(anyScript, "");
  const scripts = requests.filter((request) => classify(request.type, request.url) === "js");
  const ownScripts = scripts.filter((script) => !isFramework(script.url));
  const chunkTexts = scripts.map((script) => ({ url: new URL(script.url).pathname, text: readFileSync(path.join(outDir, new URL(script.url).pathname), "utf8") }));
  const forbidden = forbiddenMarkers.map(({ name, marker }) => ({
    name,
    foundIn: chunkTexts.filter((chunk) => chunk.text.includes(marker)).map((chunk) => chunk.url),
    detectable: serverBundleHas(marker),
  }));
  forbidden.push({
    name: "search index",
    foundIn: requests.filter((request) => searchIndexRequest.test(request.url)).map((request) => new URL(request.url).pathname),
    detectable: true,
  });
  const htmlGzip = gzipSize(html);
  const contentGzip = gzipSize(content);
  return {
    page: page.name,
    urlPath: page.urlPath,
    transfer,
    frameworkJsGzip: scripts.filter((script) => isFramework(script.url)).reduce((sum, script) => sum + script.bytes, 0),
    ownJsGzip: ownScripts.reduce((sum, script) => sum + script.bytes, 0),
    ownScripts: ownScripts.map((script) => new URL(script.url).pathname),
    html: {
      rawBytes: Buffer.byteLength(html),
      gzipBytes: htmlGzip,
      inlineDataRawBytes: Buffer.byteLength(inline),
      inlineDataGzipBytes: gzipSize(inline),
      contentRawBytes: Buffer.byteLength(content),
      contentGzipBytes: contentGzip,
      ratio: htmlGzip / contentGzip,
    },
    forbidden,
    requests: requests.map((request) => ({ ...request, url: new URL(request.url).pathname })),
  };
}

/** The largest error page (by HTML size, any locale) and the source locale's index page. */
export function benchPages(outDir: string, sourceLocale: string): { errorPage: BenchPage; indexPage: BenchPage } {
  const largest = pagesUnder(outDir, "errors").sort((a, b) => b.bytes - a.bytes)[0];
  if (!largest) throw new Error(`no error page in ${outDir}: build the site first`);
  return {
    errorPage: { name: "largest error page", urlPath: largest.urlPath, file: largest.file },
    indexPage: { name: "index page", urlPath: `/${sourceLocale}/`, file: path.join(outDir, sourceLocale, "index.html") },
  };
}

export async function benchWeight(outDir: string, pages: BenchPage[]): Promise<WeightFigures> {
  const served = await serve(outDir);
  try {
    const measured: PageWeight[] = [];
    for (const page of pages) measured.push(await measurePage(served, outDir, page));
    return { pages: measured };
  } finally {
    await served.stop();
  }
}

const cell = (transfer: Transfer) => `${kb(transfer.bytes)} (${transfer.requests})`;

export function weightTables(figures: WeightFigures): string {
  const lines = [
    "| page | total transfer (requests) | HTML | JS | CSS | other | framework JS | our JS | inline data raw / gzip | HTML gzip ÷ content alone |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const page of figures.pages) {
    const { transfer: t, html } = page;
    lines.push(
      `| ${page.page} \`${page.urlPath}\` | ${cell(t.total)} | ${cell(t.html)} | ${cell(t.js)} | ${cell(t.css)} | ${cell(t.other)} | ${kb(page.frameworkJsGzip)} | ${kb(page.ownJsGzip)} | ${kb(html.inlineDataRawBytes)} / ${kb(html.inlineDataGzipBytes)} | ${kb(html.gzipBytes)} ÷ ${kb(html.contentGzipBytes)} = ${html.ratio.toFixed(2)} |`,
    );
  }
  lines.push("");
  for (const page of figures.pages) {
    const found = page.forbidden.filter((entry) => entry.foundIn.length > 0);
    const blind = page.forbidden.filter((entry) => !entry.detectable).map((entry) => entry.name);
    lines.push(
      `${page.page}: ${found.length ? `SENT TO THE BROWSER: ${found.map((entry) => `${entry.name} (${entry.foundIn.join(", ")})`).join("; ")}` : "no markdown renderer, parser or search index in what the browser loads"}` +
        (blind.length ? ` (markers not found in the server bundle, so not checked: ${blind.join(", ")})` : "") +
        ".",
    );
  }
  return lines.join("\n");
}
