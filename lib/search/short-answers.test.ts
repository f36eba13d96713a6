import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { searchIndexVersion, type SerializedSearchIndex } from "./format";
import { loadSearchIndex, rank } from "./engine";
import { answerRanking, shortAnswerKey, shortAnswers } from "./short-answers";

describe("stored answers of short queries", () => {
  it("stand for a query only when the engine would read nothing else of it", () => {
    assert.equal(shortAnswerKey("u"), "u");
    assert.equal(shortAnswerKey("UsE"), "use");
    assert.equal(shortAnswerKey("é"), "e");
    for (const query of ["", "us ", "a-b", "a b", "abcd", "  "]) assert.equal(shortAnswerKey(query), undefined, JSON.stringify(query));
  });

  it("are the engine's ranking of the short queries picked, sorted by query", () => {
    const index: SerializedSearchIndex = {
      version: searchIndexVersion,
      locale: "en-US",
      articles: [["a", "Article", ""]],
      codes: [["UserErrorOne", "user error one", 0, 1], ["UserErrorTwo", "disk is full", 0, 2], ["VmFailed", "the vm failed", 0, 1]],
      terms: ["disk", "error", "failed", "full", "is", "one", "the", "user", "vm"],
      postings: ["1", "0", "2", "1", "1", "0", "2", "0", "2"],
    };
    const answers = shortAnswers(index, ["usererrorone", "vmfailed"], (query) => query.startsWith("u"));
    assert.deepEqual(answers.map(([query]) => query), ["u", "us", "use"]);
    const whole = loadSearchIndex(index);
    for (const entry of answers) {
      const { rows, total, terms } = rank(whole, entry[0], {}, 20);
      assert.deepEqual(answerRanking(entry), { rows, total, terms }, entry[0]);
    }
  });
});
