import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { groupByLetter, jumpLetters, letterFromSlug, letterSlug } from "./browse";
import { letterPath } from "./urls";

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

  it("gives each letter a page whose URL names it back", () => {
    for (const group of groups) assert.equal(letterFromSlug(letterSlug(group.letter)), group.letter);
    assert.equal(letterPath("pt-PT", "U"), "/pt-PT/codes/u/");
    assert.equal(letterPath("pt-PT", "#"), "/pt-PT/codes/other/");
    for (const slug of ["", "uu", "1", "é", "OTHER"]) assert.equal(letterFromSlug(slug), null, slug);
  });
});
