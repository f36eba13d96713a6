/**
 * The split index answers as the whole one: for every query kind of the bench (drawn from
 * the seed and corpus sites themselves) and the issue's examples, the same first answer,
 * with the index cut into small chunks so that every query crosses chunk boundaries.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { benchQueries } from "../../scripts/bench/search-queries";
import { loadContent } from "../content/loader";
import { Catalog } from "../site/catalog";
import { buildSearchIndex } from "./build";
import { closestCodes, listCodes, loadSearchIndex, search, type SearchHit } from "./engine";
import { type ChunkKind, splitSearchIndex } from "./split";
import { SplitSearch } from "./split-search";

const examples = [
  "usererrorguestagentstatusunavailable",
  "GuestAgent",
  "guest agent status",
  "SnapshotTask",
  "UserErrorGuestAgnetStatusUnavailable",
  "não é possível comunicar",
  "nao e possivel comunicar",
  "unable to communicate",
  "Backup failed: error code UserErrorRpCollectionLimitReached (see portal)",
  "limit reached",
  "reached limit",
  "conetivid",
  "conetividadde",
  "xyzzy123",
  "u",
  "us",
  "e",
  "100050",
  "ExtensionOperationFailedForManagedDisks",
];

const answer = (hit: SearchHit | undefined) => (hit ? `${hit.code.code} (${hit.kind}${hit.spelling ? `, as ${hit.spelling}` : ""}) row ${hit.code.row}` : "none");

/** Asserts the same first answer for every query; returns how many queries, and how many gave the very same hits. */
async function assertSameAnswers(catalog: Catalog, locale: string, otherLocale: string): Promise<{ queries: number; sameHits: number; earlyAnswers: number }> {
  const whole = buildSearchIndex(catalog, locale);
  const unsplit = loadSearchIndex(whole);
  // About eight chunks of codes, whatever the site's size, and their first keys in pages of three.
  const split = splitSearchIndex(whole, { chunkChars: Math.max(60, JSON.stringify(whole.codes.map(([code]) => [code, 0, 1])).length / 8), rowsPerChunk: 3, keysPerPage: 3, rowsPerPiece: 4 });
  assert.ok(split.codes.length > 3 && split.terms.length > 3 && split.suffixes.length > 3, "the index is cut into several chunks of each kind");
  assert.ok(Object.values(split.manifest.chunks).every(({ keys }) => keys === undefined), "every kind's first keys are fetched in pages");
  const fetched: string[] = [];
  const fetchChunk = async (kind: ChunkKind, chunk: number): Promise<unknown> => {
    fetched.push(`${kind}:${chunk}`);
    return JSON.parse(JSON.stringify(split[kind][chunk]));
  };
  const queries = [...examples, ...benchQueries(catalog, locale, otherLocale, 15).map(({ text }) => text)];
  let sameHits = 0;
  let earlyAnswers = 0;
  for (const query of queries) {
    // A fresh split search for each query: it must not lean on chunks an earlier query fetched.
    const engine = new SplitSearch(split.manifest, fetchChunk);
    const expected = search(unsplit, query);
    let early: SearchHit | undefined;
    const got = await engine.search(query, {}, 20, (first) => {
      early = first.hits[0];
      earlyAnswers++;
    });
    assert.equal(answer(got.hits[0]), answer(expected.hits[0]), `${locale} «${query}»`);
    if (early) assert.equal(answer(early), answer(expected.hits[0]), `${locale} «${query}»: the first answer, shown before the rest`);
    if (got.hits.map(answer).join() === expected.hits.map(answer).join()) sameHits++;
    if (expected.total === 0) {
      const closest = await new SplitSearch(split.manifest, fetchChunk).closest(query);
      assert.equal(answer(closest[0]), answer(closestCodes(unsplit, query)[0]), `${locale} «${query}»: the closest code`);
    }
  }
  assert.ok(fetched.some((key) => key.startsWith("keys:")), "queries fetch the key pages they need");
  assert.ok(fetched.some((key) => key.startsWith("answers:")), "short queries fetch their stored answers");
  for (const filters of [{ article: 0 }, { article: unsplit.articles.length - 1 }, { service: unsplit.services[0] ?? "" }, { service: "none" }]) {
    const listed = await new SplitSearch(split.manifest, fetchChunk).list(filters, 5);
    const expected = listCodes(unsplit, filters, 5);
    assert.deepEqual([listed.total, listed.hits.map(answer)], [expected.total, expected.hits.map(answer)], `${locale} ${JSON.stringify(filters)}`);
  }
  return { queries: queries.length, sameHits, earlyAnswers };
}

describe("the split index answers as the whole one", () => {
  const seed = new Catalog(loadContent(["content"]));
  it("on the seed site, in pt-PT and en-US", async () => {
    const { queries, sameHits, earlyAnswers } = await assertSameAnswers(seed, "pt-PT", "en-US");
    assert.ok(queries > 100);
    assert.ok(earlyAnswers > queries / 4, `${earlyAnswers} of ${queries} queries answered first from the first rows`);
    // The rest differ only in weak matches further down: a message word misspelt in its first letters is looked for in the chunks fetched.
    assert.ok(sameHits >= 0.95 * queries, `${sameHits} of ${queries} queries gave the very same hits`);
    await assertSameAnswers(seed, "en-US", "pt-PT");
  });

  const corpus = "../shared/corpus";
  it("on the corpus site", { skip: existsSync(corpus) ? false : `${corpus} is absent` }, async () => {
    const catalog = new Catalog(loadContent(["content", corpus]));
    await assertSameAnswers(catalog, "pt-PT", "en-US");
    await assertSameAnswers(catalog, "es-ES", "pt-PT");
  });
});
