import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { missingPage, stringsFor } from "./NotFoundSuggestions";

describe("what a 404 URL asked for", () => {
  const locales = ["pt-PT", "en-US"];

  it("reads the locale, as the site spells it, and the code asked for", () => {
    assert.deepEqual(missingPage("/pt-PT/errors/UserErrorGuestAgentStatus/", locales), {
      locale: "pt-PT",
      code: "UserErrorGuestAgentStatus",
      path: "/pt-PT/errors/UserErrorGuestAgentStatus/",
      query: "UserErrorGuestAgentStatus",
    });
    assert.equal(missingPage("/en-us/errors/Some%20Code", locales)?.code, "Some Code");
    assert.equal(missingPage("/en-us/errors/Some%20Code", locales)?.locale, "en-US");
  });

  it("falls back to the language the page chose, then the first locale, and survives a broken escape", () => {
    assert.equal(missingPage("/fr-FR/errors/X", locales)?.locale, "pt-PT");
    assert.equal(missingPage("/nowhere", locales, "en-US")?.locale, "en-US");
    assert.equal(missingPage("/pt-PT/errors/%E0%A4%A", locales)?.code, "%E0%A4%A");
  });

  it("names the path of other pages and fills the box with its last segment", () => {
    assert.deepEqual(missingPage("/pt-PT/articles/no-such-article/", locales), {
      locale: "pt-PT",
      code: null,
      path: "/pt-PT/articles/no-such-article/",
      query: "no-such-article",
    });
    assert.equal(missingPage("/old/help.html", locales)?.query, "help");
    assert.equal(missingPage("/pt-PT/", locales)?.query, "");
  });

  it("picks the strings of the nearest interface language", () => {
    const strings = { "pt-PT": "pt", "en-US": "en" };
    assert.equal(stringsFor("en-US", strings), "en");
    assert.equal(stringsFor("pt-BR", strings), "pt");
    assert.equal(stringsFor("ja-JP", strings), "pt");
  });
});
