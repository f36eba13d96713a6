import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { groupByLetter, jumpLetters } from "./browse";

describe("A–Z browsing", () => {
  const codes = ["UserErrorB", "backUpOperationFailed", "0x80070005", "BackUpOperationFailedV2", "ExtensionX", "userErrorA"];
  const groups = groupByLetter(codes, (code) => code);

  it("groups codes by first letter, whatever their case, sorted as read", () => {
    assert.deepEqual(
      groups.map((group) => [group.letter, group.items]),
      [
        ["B", ["backUpOperationFailed", "BackUpOperationFailedV2"]],
        ["E", ["ExtensionX"]],
        ["U", ["userErrorA", "UserErrorB"]],
        ["#", ["0x80070005"]],
      ],
    );
    assert.equal(groups[3]?.id, "az-other");
  });

  it("shows every letter in the jump bar and marks the empty ones", () => {
    const letters = jumpLetters(groups);
    assert.equal(letters.length, 27);
    assert.deepEqual(letters.filter((letter) => letter.present).map((letter) => letter.id), ["az-B", "az-E", "az-U", "az-other"]);
    assert.equal(jumpLetters(groupByLetter(["Abc"], (code) => code)).length, 26, "no # without such codes");
  });
});
