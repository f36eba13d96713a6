import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { unknownErrorUrl } from "./NotFoundSuggestions";

describe("unknown error URLs", () => {
  const locales = ["pt-PT", "en-US"];

  it("reads the locale, as the site spells it, and the code asked for", () => {
    assert.deepEqual(unknownErrorUrl("/pt-PT/errors/UserErrorGuestAgentStatus/", locales), { locale: "pt-PT", code: "UserErrorGuestAgentStatus" });
    assert.deepEqual(unknownErrorUrl("/en-us/errors/Some%20Code", locales), { locale: "en-US", code: "Some Code" });
  });

  it("falls back to the first locale, and survives a broken escape", () => {
    assert.deepEqual(unknownErrorUrl("/fr-FR/errors/X", locales), { locale: "pt-PT", code: "X" });
    assert.deepEqual(unknownErrorUrl("/pt-PT/errors/%E0%A4%A", locales), { locale: "pt-PT", code: "%E0%A4%A" });
  });

  it("ignores URLs that are not error pages", () => {
    assert.equal(unknownErrorUrl("/pt-PT/articles/x/", locales), null);
    assert.equal(unknownErrorUrl("/", locales), null);
  });
});
