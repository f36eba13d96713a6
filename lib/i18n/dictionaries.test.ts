import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type ChecklistStrings, checklistDictionaries } from "./checklist";
import { type Dictionary, dictionaries } from "./dictionaries";
import { dictionaryFor, format, interfaceLocaleFor, languageName, sourceLocale } from "./index";

/** Every string of a dictionary by a path such as `stepCount.one`. */
function strings(dictionary: Dictionary | ChecklistStrings): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(dictionary)) {
    if (typeof value === "string") out.set(key, value);
    else for (const [form, text] of Object.entries(value)) out.set(`${key}.${form}`, text);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}

const sets: Array<[string, Readonly<Record<string, Dictionary | ChecklistStrings>>]> = [
  ["page", dictionaries],
  ["checklist", checklistDictionaries],
];

describe("interface dictionaries", () => {
  for (const [name, set] of sets) {
    it(`${name} strings exist for pt-PT, en-US, es-ES and de-DE`, () => {
      assert.deepEqual(Object.keys(set).sort(), ["de-DE", "en-US", "es-ES", "pt-PT"]);
    });

    for (const [locale, dictionary] of Object.entries(set)) {
      it(`${name} strings: ${locale} has every pt-PT key, no other, each a non-empty string with the pt-PT placeholders`, () => {
        const reference = set[sourceLocale];
        assert.ok(reference, "the pt-PT dictionary is the reference");
        const expected = strings(reference);
        const actual = strings(dictionary);
        assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
        for (const [key, text] of actual) {
          assert.ok(text.trim().length > 0, `${locale} ${key} is empty`);
          assert.deepEqual(placeholders(text), placeholders(expected.get(key) ?? ""), `${locale} ${key} placeholders`);
        }
      });
    }
  }

  it("serves a content locale without a dictionary the same language first, else en-US", () => {
    assert.equal(interfaceLocaleFor("pt-BR"), "pt-PT");
    assert.equal(interfaceLocaleFor("de-AT"), "de-DE");
    assert.equal(interfaceLocaleFor("fr-FR"), "en-US");
    assert.equal(dictionaryFor("fr-FR").languageLabel, "Language");
  });

  it("names languages inside a sentence of the interface language", () => {
    const english = dictionaryFor("en-US");
    const text = format(english.noticeUntranslated, {
      language: languageName("en-US", "en-US"),
      source: languageName(sourceLocale, "en-US"),
    });
    assert.equal(text, "This article is not available in English yet; showing the Portuguese (Portugal) original.");
    assert.equal(languageName("de-DE", "pt-PT"), "alemão");
    assert.equal(languageName("pt-BR", "pt-PT"), "português (Brasil)", "the region tells apart two forms of the source language");
  });
});
