import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { supportContactUrl } from "./support-contact";

describe("the support contact link", () => {
  it("is absent when unset or empty", () => {
    assert.equal(supportContactUrl({}), undefined);
    assert.equal(supportContactUrl({ SUPPORT_CONTACT_URL: "  " }), undefined);
  });

  it("takes an https or mailto address", () => {
    assert.equal(supportContactUrl({ SUPPORT_CONTACT_URL: "https://help.example.com/contact" }), "https://help.example.com/contact");
    assert.equal(supportContactUrl({ SUPPORT_CONTACT_URL: "mailto:support@example.com" }), "mailto:support@example.com");
  });

  it("stops the build on anything else, naming the variable", () => {
    assert.throws(() => supportContactUrl({ SUPPORT_CONTACT_URL: "help.example.com" }), /SUPPORT_CONTACT_URL="help.example.com" is not an absolute URL/);
    assert.throws(() => supportContactUrl({ SUPPORT_CONTACT_URL: "javascript:alert(1)" }), /only https:, http: and mailto:/);
  });
});
