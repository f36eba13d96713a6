import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codePieces, wrappableText } from "./code-breaks";

describe("codePieces: where a code may wrap", () => {
  it("splits camelCase words, acronyms and digits, keeping every character", () => {
    assert.deepEqual(codePieces("UserErrorRpCollectionLimitReached"), ["User", "Error", "Rp", "Collection", "Limit", "Reached"]);
    assert.deepEqual(codePieces("VMSnapshotFailedV2"), ["VM", "Snapshot", "Failed", "V2"]);
    assert.deepEqual(codePieces("ExtensãoFailedVssWriter"), ["Extensão", "Failed", "Vss", "Writer"]);
  });

  it("wraps after separators", () => {
    assert.deepEqual(codePieces("ERROR_ACCESS_DENIED"), ["ERROR_", "ACCESS_", "DENIED"]);
    assert.deepEqual(codePieces("Microsoft.Compute/virtualMachines"), ["Microsoft.", "Compute/", "virtual", "Machines"]);
  });

  it("leaves numbers and plain words whole", () => {
    assert.deepEqual(codePieces("0x80070780"), ["0x80070780"]);
    assert.deepEqual(codePieces("Sicherungsvorgang"), ["Sicherungsvorgang"]);
  });
});

describe("wrappableText: long words in running text", () => {
  it("splits only long words with boundaries, and joins the rest back around them", () => {
    assert.deepEqual(wrappableText("Erro UserErrorGuestAgentStatusUnavailable - VM agent"), [
      "Erro User",
      "Error",
      "Guest",
      "Agent",
      "Status",
      "Unavailable - VM agent",
    ]);
    assert.equal(wrappableText("a short sentence, with PascalCase").join("|"), "a short sentence, with PascalCase");
    assert.equal(wrappableText("one VeryLongCodeName and AnotherLongCodeName.").join("|"), "one Very|Long|Code|Name and Another|Long|Code|Name.");
  });
});
