/**
 * The index against the pages: every locale's rows say what the pages of their codes
 * show (the catalog's pairing of translations, not one of its own), a code explained in
 * several articles is found in each, and a code a translation re-spelt is found both ways.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { loadContent } from "../content/loader";
import { Catalog } from "../site/catalog";
import { buildSearchIndex } from "./build";
import { loadSearchIndex, search } from "./engine";

/** Each row's message and step count against the entry its article shows for the code in that locale. */
function assertRowsMatchPages(catalog: Catalog): void {
  for (const locale of catalog.locales) {
    const index = buildSearchIndex(catalog, locale);
    const articles = catalog.articles(locale).filter(({ entries }) => entries.length > 0);
    for (const [code, message, position, steps] of index.codes) {
      const shown = articles[position]?.entries.find(({ entry }) => entry.codes.includes(code))?.entry;
      assert.ok(shown, `${locale} ${code}`);
      assert.equal(steps, shown.steps.length, `${locale} ${code}: steps`);
      assert.equal(message, shown.message, `${locale} ${code}: message`);
    }
    for (const code of catalog.codes()) {
      const page = catalog.errorPage(locale, code);
      const row = index.codes.find(([rowCode, , position]) => rowCode === code && index.articles[position]?.[0] === page?.source.slug);
      assert.equal(row?.[3], page?.entry.steps.length, `${locale} ${code}: the page's own steps`);
    }
  }
}

describe("search rows match the pages", () => {
  it("on the seed site, in every locale", () => assertRowsMatchPages(new Catalog(loadContent(["content"]))));
});

const corpus = "../shared/corpus";

describe("search over the reference corpus", { skip: existsSync(corpus) ? false : `${corpus} is absent` }, () => {
  const catalog = new Catalog(loadContent(["content", corpus]));

  it("gives every locale's rows the step counts of its pages (es-ES and de-DE translations included)", () => assertRowsMatchPages(catalog));

  it("finds a code a translation re-spelt under both spellings", () => {
    const spanish = loadSearchIndex(buildSearchIndex(catalog, "es-ES"));
    for (const query of ["ExtentionOperationFailedForManagedDisks", "ExtensionOperationFailedForManagedDisks"]) {
      const first = search(spanish, query).hits[0];
      assert.equal(first?.code.code, "ExtentionOperationFailedForManagedDisks", query);
      assert.equal(first?.kind, "code", query);
    }
    assert.equal(search(spanish, "ExtensionOperationFailedForManagedDisks").hits[0]?.spelling, "ExtensionOperationFailedForManagedDisks");
    const portuguese = loadSearchIndex(buildSearchIndex(catalog, "pt-PT"));
    assert.equal(search(portuguese, "ExtensãoInstalaçãoFailedCOM").hits[0]?.code.code, "ExtensionInstallationFailedCOM");
  });

  it("lists every article that explains a code, each found by its own words", () => {
    const index = loadSearchIndex(buildSearchIndex(catalog, "pt-PT"));
    const exact = search(index, "100050").hits.filter((hit) => hit.kind === "code");
    assert.deepEqual(exact.map((hit) => hit.code.article.slug).sort(), ["backup-azure-mabs-troubleshoot", "backup-azure-mars-troubleshoot"]);
    assert.equal(search(index, "Agente de Reserva Azure").hits[0]?.code.code, "100050", "words of the MABS article");
    assert.equal(search(index, "agente de serviço de recuperação do Microsoft Azure não conseguiu ligar").hits[0]?.code.code, "100050", "words of the MARS article");
  });
});
