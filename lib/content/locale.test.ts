import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nearestLocale } from "./locale";

describe("nearestLocale: the text a reader gets when their locale has none", () => {
  it("gives readers their own locale when it has the text", () => {
    assert.equal(nearestLocale("de-DE", ["pt-PT", "en-US", "de-DE"]), "de-DE");
  });

  it("prefers the same language, then English, then the source", () => {
    assert.equal(nearestLocale("pt-BR", ["pt-PT", "en-US"]), "pt-PT");
    assert.equal(nearestLocale("es-ES", ["pt-PT", "en-US", "de-DE"]), "en-US");
    assert.equal(nearestLocale("es-MX", ["pt-PT", "en-US", "es-ES"]), "es-ES");
    assert.equal(nearestLocale("fr-FR", ["pt-PT", "de-DE"]), "pt-PT");
    // Within the reader's language the source comes first (pt-BR reads the pt-PT original, not pt-AO).
    assert.equal(nearestLocale("pt-BR", ["pt-AO", "pt-PT"]), "pt-PT");
  });

  it("takes en-US among several English locales, whatever their order", () => {
    assert.equal(nearestLocale("ja-JP", ["pt-PT", "en-GB", "en-US"]), "en-US");
    assert.equal(nearestLocale("ja-JP", ["pt-PT", "en-GB"]), "en-GB");
  });

  it("is null when neither the language, English nor the source has the text", () => {
    assert.equal(nearestLocale("fr-FR", ["de-DE"]), null);
    assert.equal(nearestLocale("fr-FR", []), null);
  });
});
