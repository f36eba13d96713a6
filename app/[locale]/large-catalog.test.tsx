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
import { codesListedOnIndex, groupByLetter, letterSlug } from "@/lib/site/browse";
import { getCatalog } from "@/lib/site/catalog";
import LetterPage, { generateStaticParams } from "./codes/[letter]/page";
import IndexPage from "./page";

const dir = mkdtempSync(path.join(tmpdir(), "error-guide-large-"));
const codes = codesListedOnIndex + 50;

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
    assert.match(html, /There are 1,050 codes: choose a letter/);
    for (const slug of getCatalog().slugs()) assert.ok(html.includes(`href="/en-US/articles/${slug}/"`), slug);
  });

  it("gets a page per letter listing each of its codes once", async () => {
    const params = generateStaticParams();
    const groups = groupByLetter(getCatalog().codes(), (code) => code);
    assert.deepEqual(params.map(({ letter }) => letter), groups.map(({ letter }) => letterSlug(letter)));
    const [first] = groups;
    assert.ok(first);
    const html = renderToString(await LetterPage({ params: Promise.resolve({ locale: "en-US", letter: letterSlug(first.letter) }) }));
    const listed = [...html.matchAll(/data-code="([^"]+)"/g)].map(([, code]) => code);
    assert.deepEqual(listed, first.items);
    assert.match(html, new RegExp(`aria-current="page"[^>]*>${first.letter}<`));
  });
});
