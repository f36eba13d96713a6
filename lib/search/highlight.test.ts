import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { markCode, markWords, type Segment } from "./highlight";

/** Segments written as text with the marked parts in brackets. */
const show = (segments: Segment[]): string => segments.map(({ text, marked }) => (marked ? `[${text}]` : text)).join("");

describe("highlights", () => {
  it("marks the message words the query matched, accents and case folded", () => {
    assert.equal(show(markWords("Agente de VM não é possível comunicar", ["nao", "comunicar"])), "Agente de VM [não] é possível [comunicar]");
    assert.equal(show(markWords("Falha de conetividade.", ["conetividade"])), "Falha de [conetividade].");
    assert.equal(show(markWords("Nothing here", [])), "Nothing here");
    assert.equal(show(markWords("", ["x"])), "");
  });

  it("marks the part of a code the query spelt", () => {
    assert.equal(show(markCode("UserErrorGuestAgentStatusUnavailable", "usererrorguestagentstatusunavailable", "code")), "[UserErrorGuestAgentStatusUnavailable]");
    assert.equal(show(markCode("GuestAgentSnapshotTaskStatusError", "GuestAgent", "prefix")), "[GuestAgent]SnapshotTaskStatusError");
    assert.equal(show(markCode("GuestAgentSnapshotTaskStatusError", "SnapshotTask", "parts")), "GuestAgent[SnapshotTask]StatusError");
    assert.equal(show(markCode("UserErrorRpCollectionLimitReached", "reached limit", "parts")), "UserErrorRpCollection[Limit][Reached]");
    assert.equal(show(markCode("User_Error-Code", "user error", "prefix")), "[User_Error]-Code");
    assert.equal(show(markCode("BackUpOperationFailed", "backup", "words")), "BackUpOperationFailed");
  });
});
