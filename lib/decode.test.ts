import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { safeDecode } from "./decode";

describe("safeDecode", () => {
  it("decodes percent-encoding, and leaves text that is not valid encoding as it is", () => {
    assert.equal(safeDecode("C%C3%B3digo%20X"), "Código X");
    assert.equal(safeDecode("%E0%A4%A"), "%E0%A4%A");
    assert.equal(safeDecode("100%"), "100%");
  });
});
