/**
 * A catalog too large to list on the index (lib/site/browse.ts, codesListedOnIndex): the
 * index lists the articles and sends each letter to its own page, which lists its codes.
 * The e2e sites are small, so this renders the pages here from a synthetic corpus.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { renderToString } from "react-dom/server";
import { writeSyntheticCorpus } from "@/scripts/synthetic/write";
import { codesPerLetterPage, groupByLetter, letterPages, letterSlug } from "@/lib/site/browse";
import { getCatalog } from "@/lib/site/catalog";
import LetterPage, { generateStaticParams } from "./codes/[letter]/[[...page]]/page";
import IndexPage from "./page";

const dir = mkdtempSync(path.join(tmpdir(), "error-guide-large-"));
// Enough codes for the index to stop listing them, and for the largest letter (R: Replication, Restore…) to need two pages.
const codes = 2200;

describe("a catalog too large to list on the index", () => {
  before(() => {
    writeSyntheticCorpus(dir, { codes, seed: 7, locales: ["pt-PT"] });
    // The catalog is built once per process, from CONTENT_DIR, on first use.
    process.env.CONTENT_DIR = dir;
    assert.equal(getCatalog().codes().length, codes);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("gets an index that lists the articles and links each letter to its page", async () => {
    const html = renderToString(await IndexPage({ params: Promise.resolve({ locale: "en-US" }) }));
    assert.doesNotMatch(html, /data-testid="code-list"|data-testid="az-list"|data-code=/);
    const letters = groupByLetter(getCatalog().codes(), (code) => code);
    for (const { letter } of letters) assert.match(html, new RegExp(`href="/en-US/codes/${letterSlug(letter)}/"`));
    assert.match(html, /There are 2,200 codes: choose a letter/);
    for (const slug of getCatalog().slugs()) assert.ok(html.includes(`href="/en-US/articles/${slug}/"`), slug);
  });

  it("gets a page per letter listing each of its codes once, in numbered pages beyond one page's worth", async () => {
    const params = generateStaticParams();
    const groups = groupByLetter(getCatalog().codes(), (code) => code);
    assert.deepEqual(
      params.map(({ letter, page }) => [letter, ...page].join("/")),
      groups.flatMap(({ letter, items }) => letterPages(items).map((_, position) => [letterSlug(letter), ...(position ? [String(position + 1)] : [])].join("/"))),
    );
    const render = async (letter: string, page: string[] = []) =>
      renderToString(await LetterPage({ params: Promise.resolve({ locale: "en-US", letter: letterSlug(letter), page }) }));
    const listedIn = (html: string) => [...html.matchAll(/data-code="([^"]+)"/g)].map(([, code]) => code);

    const [first] = groups;
    assert.ok(first && first.items.length <= codesPerLetterPage);
    const html = await render(first.letter);
    assert.deepEqual(listedIn(html), first.items);
    assert.match(html, new RegExp(`aria-current="page"[^>]*>${first.letter}<`));
    assert.doesNotMatch(html, /data-testid="letter-pages"/);

    const long = groups.find(({ items }) => items.length > codesPerLetterPage);
    assert.ok(long, "some letter needs more than one page");
    const pages = letterPages(long.items);
    const rendered = await Promise.all(pages.map((_, position) => render(long.letter, position ? [String(position + 1)] : [])));
    assert.deepEqual(rendered.flatMap(listedIn), long.items, "every code of the letter once, in order, over its pages");
    rendered.forEach((page, position) => {
      assert.ok(listedIn(page).length <= codesPerLetterPage);
      assert.match(page, new RegExp(`Codes starting with ${long.letter}, page ${position + 1} of ${pages.length}`));
      assert.match(page, new RegExp(`href="/en-US/codes/${letterSlug(long.letter)}/${position ? `${position + 1}/` : ""}" aria-current="page"`));
    });
    await assert.rejects(render(long.letter, [String(pages.length + 1)]), /NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});
