import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { loadContent } from "../../lib/content/loader";
import { Catalog } from "../../lib/site/catalog";
import { syntheticCorpus } from "./corpus";
import { writeSyntheticCorpus } from "./write";

describe("synthetic corpus", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "error-guide-synthetic-test-"));
  writeSyntheticCorpus(dir, { codes: 300 });
  const model = loadContent([dir]);
  const catalog = new Catalog(model);

  it("parses without errors and has exactly the codes asked for, each with a page", () => {
    assert.deepEqual(model.diagnostics.filter((d) => d.severity === "error"), []);
    assert.equal(catalog.codes().length, 300);
    for (const code of catalog.codes().slice(0, 50)) assert.ok(catalog.errorPage("pt-PT", code), code);
  });

  it("has the real shape: four locales, steps linking to a shared section, aliases, entries without steps", () => {
    assert.deepEqual(readdirSync(dir).filter((name) => !name.startsWith(".")).sort(), ["de-DE", "en-US", "es-ES", "pt-PT"]);
    const entries = catalog.articles("pt-PT").flatMap(({ source }) => source.entries);
    assert.ok(entries.some((entry) => entry.codes.length === 2), "some entries have two codes");
    assert.ok(entries.some((entry) => entry.steps.length === 0), "some entries have no steps");
    const withSteps = entries.filter((entry) => entry.steps.length > 0);
    assert.ok(withSteps.length > entries.length / 2);
    assert.ok(withSteps.every((entry) => entry.steps.every((step) => step.solution && step.target)), "every cause has its solution");
  });

  it("translates every entry, keeping codes and step anchors", () => {
    const english = catalog.articles("en-US");
    assert.ok(english.every(({ fallback, article }) => !fallback && article.translation?.sourceLocale === "pt-PT"));
    for (const { article, source } of english) {
      assert.deepEqual(article.entries.map((entry) => entry.codes), source.entries.map((entry) => entry.codes));
      assert.deepEqual(article.entries.map((entry) => entry.steps.map((step) => step.id)), source.entries.map((entry) => entry.steps.map((step) => step.id)));
      assert.equal(article.translation?.sourceSha256, source.sha256);
    }
  });

  it("is the same for the same seed and different for another", () => {
    assert.deepEqual(syntheticCorpus({ codes: 120, seed: 7 }), syntheticCorpus({ codes: 120, seed: 7 }));
    assert.notDeepEqual(syntheticCorpus({ codes: 120, seed: 7 }), syntheticCorpus({ codes: 120, seed: 8 }));
    assert.equal(syntheticCorpus({ codes: 120, locales: ["pt-PT"] }).every((file) => file.path.startsWith("pt-PT/")), true);
  });

  it("never overwrites a folder it did not write", () => {
    const other = mkdtempSync(path.join(tmpdir(), "error-guide-not-synthetic-"));
    writeFileSync(path.join(other, "notes.txt"), "mine");
    assert.throws(() => writeSyntheticCorpus(other, { codes: 10 }), /not empty/);
    writeSyntheticCorpus(dir, { codes: 20 });
    assert.equal(new Catalog(loadContent([dir])).codes().length, 20, "a synthetic corpus is replaced");
  });
});
