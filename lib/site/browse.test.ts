import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { articlesListedOnIndex, codesListedOnIndex, codesPerLetterPage, groupByLetter, indexListing, jumpLetters, letterFromSlug, letterPages, letterSlug, pageFromSlug } from "./browse";
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
    assert.equal(letterPath("pt-PT", "U", 1), "/pt-PT/codes/u/");
    assert.equal(letterPath("pt-PT", "U", 3), "/pt-PT/codes/u/3/");
    for (const slug of ["", "uu", "1", "é", "OTHER"]) assert.equal(letterFromSlug(slug), null, slug);
  });

  it("cuts a long letter into numbered pages, and reads their numbers back", () => {
    assert.deepEqual(letterPages(["a", "b", "c", "d", "e"], 2), [["a", "b"], ["c", "d"], ["e"]]);
    assert.deepEqual(letterPages(["a", "b", "c", "d", "e"], 4), [["a", "b", "c"], ["d", "e"]], "evenly");
    assert.deepEqual(letterPages([], 2), [[]]);
    assert.equal(letterPages(Array.from({ length: codesPerLetterPage }, (_, i) => i)).length, 1);
    assert.equal(letterPages(Array.from({ length: codesPerLetterPage + 1 }, (_, i) => i)).length, 2);
    assert.equal(pageFromSlug("2", 3), 2);
    assert.equal(pageFromSlug("3", 3), 3);
    for (const slug of ["1", "4", "02", "x", "", "2.0"]) assert.equal(pageFromSlug(slug, 3), null, slug);
  });

  it("lists on the index every code, then only the articles, then neither", () => {
    assert.equal(indexListing(codesListedOnIndex, 500), "codes");
    assert.equal(indexListing(codesListedOnIndex + 1, articlesListedOnIndex), "articles");
    assert.equal(indexListing(100_000, 2_000), "letters");
  });
});
