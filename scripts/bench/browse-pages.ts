/**
 * Bench helper for issue 15: renders the index page of each locale and every
 * letter page of the catalog in CONTENT_DIR, as the build renders them, and prints their
 * sizes as JSON (the search section runs it beside each synthetic corpus it measures, so the
 * pages are measured at 100,000 codes without building 500,000 pages). Run with tsx.
 */
import { gzipSync } from "node:zlib";
import { renderToString } from "react-dom/server";
import LetterPage, { generateStaticParams } from "../../app/[locale]/codes/[letter]/[[...page]]/page";
import IndexPage from "../../app/[locale]/page";
import { getCatalog } from "../../lib/site/catalog";
import type { BrowseFigures, PageSizes } from "./browse-figures";
import { median } from "./stats";

function sizes(bodies: readonly string[]): PageSizes {
  const gzip = bodies.map((body) => gzipSync(body).length);
  return { pages: bodies.length, medianGzip: median(gzip), maxGzip: Math.max(0, ...gzip), maxRaw: Math.max(0, ...bodies.map((body) => Buffer.byteLength(body))) };
}

async function measure(): Promise<BrowseFigures> {
  const { locales } = getCatalog();
  const indexes = await Promise.all(locales.map(async (locale) => renderToString(await IndexPage({ params: Promise.resolve({ locale }) }))));
  const params = generateStaticParams();
  const [locale = "en-US"] = locales;
  const letters: string[] = [];
  for (const { letter, page } of params) letters.push(renderToString(await LetterPage({ params: Promise.resolve({ locale, letter, page }) })));
  const pagesByLetter = new Map<string, number>();
  for (const { letter } of params) pagesByLetter.set(letter, (pagesByLetter.get(letter) ?? 0) + 1);
  const [largest, pagesOfLargestLetter] = [...pagesByLetter].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  return { codes: getCatalog().codes().length, index: sizes(indexes), letters: { ...sizes(letters), letter: largest, pagesOfLargestLetter } };
}

measure().then(
  (figures) => console.log(JSON.stringify(figures)),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
