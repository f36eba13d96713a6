import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { loadContent } from "../content/loader";
import type { Article } from "../content/model";
import { parseText } from "../content/test-helpers";
import { Catalog } from "./catalog";
import { adoptOriginalCodes } from "../content/versions";

/** What the loader does with parsed articles: machine translations take their original's codes. */
function loadContentFrom(articles: Article[]) {
  return { articles: adoptOriginalCodes(articles).articles, diagnostics: [] };
}

function article(locale: string, body: string, sourceSha256?: string): Article {
  const front = sourceSha256 ? `translation:\n  sourceLocale: pt-PT\n  sourceSha256: ${sourceSha256}\n` : "";
  const parsed = parseText(`---\ntitle: T\n${front}---\n# T\n\n${body}`, `${locale}/guide.md`, locale);
  assert.ok(parsed.article);
  return parsed.article;
}

const entry = (code: string, steps: string[] = []) =>
  `## <a name="${code.toLowerCase()}"></a>${code}\n\n**Error code**: ${code}\n\n${steps.map((id, i) => `**Cause ${i + 1}: [${id}](#${id})**`).join("\n\n")}\n\n`;
const solutions = "## <a name=\"a\"></a>A\n\nx\n\n## <a name=\"b\"></a>B\n\ny\n";

const source = article("pt-PT", entry("Same", ["a", "b"]) + entry("Dropped") + entry("Reordered", ["a", "b"]) + solutions);
const current = article("en-US", entry("Same", ["a", "b"]) + entry("Reordered", ["b", "a"]) + solutions, source.sha256);
const older = article("de-DE", entry("Same", ["a", "b"]) + entry("Dropped") + entry("Reordered", ["a", "b"]) + solutions, "0".repeat(64));
const catalog = new Catalog({ articles: [source, current, older], diagnostics: [] });

describe("catalog: what each locale's page shows", () => {
  it("shows a current translation without a notice, and the original in its own locale", () => {
    assert.equal(catalog.errorPage("en-US", "Same")?.status, "translated");
    assert.equal(catalog.errorPage("en-US", "Same")?.article, current);
    assert.equal(catalog.errorPage("pt-PT", "same")?.status, "original");
    assert.equal(catalog.errorPage("pt-PT", "same")?.code, "Same");
  });

  it("shows the source, with the reason, for an error the translation lacks or has other steps for", () => {
    const dropped = catalog.errorPage("en-US", "Dropped");
    assert.equal(dropped?.status, "entry-untranslated");
    assert.equal(dropped?.fallback, true);
    assert.equal(dropped?.article, source);
    const reordered = catalog.errorPage("en-US", "Reordered");
    assert.equal(reordered?.status, "entry-differs");
    assert.deepEqual(reordered?.entry.steps.map((step) => step.id), ["a", "b"]);
  });

  it("marks a translation of another source version as outdated", () => {
    assert.equal(catalog.errorPage("de-DE", "Same")?.status, "outdated");
    assert.equal(catalog.article("de-DE", "guide")?.status, "outdated");
  });

  it("shows the nearest translation in a locale without one: English, else the source", () => {
    const page = catalog.errorPage("es-ES", "Same");
    assert.equal(page?.status, "untranslated");
    assert.equal(page?.fallback, true);
    assert.equal(page?.article, current);
    assert.equal(catalog.article("es-ES", "guide")?.article, current);
    // What the English translation lacks, or has other steps for, comes from the source.
    assert.equal(catalog.errorPage("es-ES", "Dropped")?.article, source);
    assert.equal(catalog.errorPage("es-ES", "Reordered")?.article, source);
    assert.equal(catalog.errorPage("es-ES", "Reordered")?.status, "untranslated");
    const onlySource = new Catalog({ articles: [source, older], diagnostics: [] });
    assert.equal(onlySource.errorPage("es-ES", "Same")?.article, source);
    assert.equal(onlySource.errorPage("es-ES", "Same")?.status, "untranslated");
  });

  it("lists as language versions only the locales that show their own language", () => {
    assert.deepEqual(catalog.errorLocales("Same"), ["pt-PT", "en-US", "de-DE"]);
    assert.deepEqual(catalog.errorLocales("Dropped"), ["pt-PT", "de-DE"]);
    assert.deepEqual(catalog.articleLocales("guide"), ["pt-PT", "en-US", "de-DE"]);
  });
});

const corpus = "../shared/corpus";

describe("catalog over the reference corpus", { skip: existsSync(corpus) ? false : `${corpus} is absent` }, () => {
  const full = new Catalog(loadContent(["content", corpus]));

  it("files every page under the source's codes, in every locale", () => {
    for (const locale of full.locales) {
      for (const code of full.codes()) {
        assert.equal(full.errorPage(locale, code)?.code, code, `${locale} ${code}`);
      }
    }
  });

  it("shows the real es-ES and de-DE translations where they match the source", () => {
    const spanish = full.errorPage("es-ES", "UserErrorRpCollectionLimitReached");
    assert.equal(spanish?.article.locale, "es-ES");
    assert.equal(spanish?.fallback, false);
    // The translator re-spelt this code (and its anchor); the page keeps the source's.
    const respelt = full.errorPage("es-ES", "ExtentionOperationFailedForManagedDisks");
    assert.equal(respelt?.article.locale, "es-ES");
    assert.equal(respelt?.code, "ExtentionOperationFailedForManagedDisks");
    assert.equal(respelt?.entry.id, "ExtentionOperationFailedForManagedDisks", "progress is saved under the source's id");
    assert.deepEqual(respelt?.entry.visibleCodes, ["ExtensionOperationFailedForManagedDisks"], "the text is shown as printed");
    const german = full.errorPage("de-DE", "UserErrorGuestAgentStatusUnavailable");
    assert.equal(german?.article.locale, "de-DE");
    assert.equal(german?.status, "outdated", "the corpus translations do not record their source version");
  });

  it("falls back, saying why, where a corpus translation lacks an error or has other steps", () => {
    assert.equal(full.errorPage("de-DE", "UserErrorBackupOperationInProgress")?.status, "entry-untranslated");
    assert.equal(full.errorPage("es-ES", "UserErrorStandardSSDNotSupported")?.status, "entry-untranslated");
    assert.equal(full.errorPage("es-ES", "GuestAgentSnapshotTaskStatusError")?.status, "entry-differs");
  });
});

describe("catalog: one code in several articles", () => {
  const mars = parseText(`---\ntitle: MARS\n---\n# MARS\n\n${entry("100050", ["a"])}${entry("MarsOnly")}${solutions}`, "pt-PT/mars.md").article;
  const mabs = parseText(`---\ntitle: MABS\n---\n# MABS\n\n${entry("100050", ["b"])}${solutions}`, "pt-PT/mabs.md").article;
  assert.ok(mars && mabs);
  const shared = new Catalog({ articles: [mars, mabs], diagnostics: [] });

  it("gives the code one page with a section per article, in article order", () => {
    const page = shared.errorPage("pt-PT", "100050");
    assert.deepEqual(page?.sections.map((section) => [section.article.slug, section.entry.steps.map((step) => step.id)]), [
      ["mars", ["a"]],
      ["mabs", ["b"]],
    ]);
    assert.deepEqual(shared.codes(), ["100050", "MarsOnly"]);
    assert.equal(shared.errorPage("en-US", "100050")?.sections.length, 2);
  });
});

describe("catalog: a machine translation laid over its original", () => {
  const spot = (locale: string, front: string, body: string) => {
    const parsed = parseText(`---\ntitle: Spot\nms.date: 01/30/2020\n${front}---\n# Spot\n\n${body}`, `${locale}/spot.md`, locale);
    assert.ok(parsed.article);
    return parsed.article;
  };
  const original = spot("en-US", "", entry("AllocationFailed") + entry("NewerCode"));
  const translated = spot("pt-PT", "ms.translationtype: MT\n", entry("AlocacaoFalhada"));
  const model = loadContentFrom([translated, original]);
  const catalog = new Catalog(model);

  it("files pages under the original's codes and shows each locale its own version", () => {
    assert.deepEqual(catalog.codes(), ["AllocationFailed", "NewerCode"]);
    const pt = catalog.errorPage("pt-PT", "AllocationFailed");
    assert.equal(pt?.article.locale, "pt-PT");
    assert.deepEqual(pt?.entry.visibleCodes, ["AlocacaoFalhada"]);
    assert.equal(pt?.status, "translated");
    assert.equal(catalog.errorPage("pt-PT", "NewerCode")?.status, "entry-untranslated");
    assert.equal(catalog.errorPage("en-US", "AllocationFailed")?.status, "original");
  });
});
