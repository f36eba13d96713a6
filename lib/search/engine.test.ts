import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadContent } from "../content/loader";
import { Catalog } from "../site/catalog";
import { buildSearchIndex } from "./build";
import { closestCodes, isWeak, listCodes, loadSearchIndex, type MatchKind, matchKinds, search, similarityThreshold } from "./engine";
import { decodePostings, encodePostings } from "./format";

const catalog = new Catalog(loadContent(["content"]));
const index = loadSearchIndex(buildSearchIndex(catalog, "pt-PT"));
const englishIndex = loadSearchIndex(buildSearchIndex(catalog, "en-US"));

function first(query: string, on = index): { code: string; kind: MatchKind } | null {
  const hit = search(on, query).hits[0];
  return hit ? { code: hit.code.code, kind: hit.kind } : null;
}

function codes(query: string): string[] {
  return search(index, query).hits.map((hit) => hit.code.code);
}

describe("search: the examples of the issue", () => {
  const examples: Array<[query: string, code: string, kind: MatchKind]> = [
    ["usererrorguestagentstatusunavailable", "UserErrorGuestAgentStatusUnavailable", "code"],
    ["GuestAgent", "GuestAgentSnapshotTaskStatusError", "prefix"],
    ["guest agent status", "UserErrorGuestAgentStatusUnavailable", "parts"],
    ["SnapshotTask", "GuestAgentSnapshotTaskStatusError", "parts"],
    ["UserErrorGuestAgnetStatusUnavailable", "UserErrorGuestAgentStatusUnavailable", "typo"],
    ["não é possível comunicar", "UserErrorGuestAgentStatusUnavailable", "words"],
    ["nao e possivel comunicar", "UserErrorGuestAgentStatusUnavailable", "words"],
    ["unable to communicate", "UserErrorGuestAgentStatusUnavailable", "words"],
    ["Backup failed: error code UserErrorRpCollectionLimitReached (see portal)", "UserErrorRpCollectionLimitReached", "code"],
  ];
  for (const [query, code, kind] of examples) {
    it(`"${query}" → ${code} (${kind})`, () => {
      assert.deepEqual(first(query), { code, kind });
      assert.deepEqual(first(query, englishIndex), { code, kind }, "the same in another locale's index");
    });
  }
});

describe("search: each kind of match", () => {
  it("finds an exact code in any casing, and only once", () => {
    assert.deepEqual(first("USERERRORRPCOLLECTIONLIMITREACHED"), { code: "UserErrorRpCollectionLimitReached", kind: "code" });
    assert.equal(codes("UserErrorRpCollectionLimitReached").filter((code) => code === "UserErrorRpCollectionLimitReached").length, 1);
  });

  it("finds codes by their beginning, in article order", () => {
    assert.deepEqual(codes("usererror").slice(0, 3), ["UserErrorGuestAgentStatusUnavailable", "UserErrorRpCollectionLimitReached", "UserErrorKeyvaultPermissionsNotConfigured"]);
    assert.deepEqual(first("BackUpOp"), { code: "BackUpOperationFailed", kind: "prefix" });
  });

  it("finds codes by their words, together or apart, but not by a fragment inside a word", () => {
    assert.deepEqual(first("limit reached"), { code: "UserErrorRpCollectionLimitReached", kind: "parts" });
    assert.deepEqual(first("reached limit"), { code: "UserErrorRpCollectionLimitReached", kind: "parts" });
    assert.deepEqual(first("ssd"), { code: "UserErrorStandardSSDNotSupported", kind: "parts" });
    assert.ok(!codes("rror").some((code) => code.startsWith("UserError")));
  });

  it("forgives one or two typing mistakes in a whole code", () => {
    assert.deepEqual(first("UserErrorRpColectionLimitReached"), { code: "UserErrorRpCollectionLimitReached", kind: "typo" });
    assert.deepEqual(first("usererrorrpcollectoinlimitreachd"), { code: "UserErrorRpCollectionLimitReached", kind: "typo" });
    assert.equal(first("UserErrorRpCxllxctxonLimitReached"), null, "three mistakes is another code");
  });

  it("matches message and title words in any locale, accents optional", () => {
    assert.deepEqual(first("instantâneo rede"), { code: "ExtensionSnapshotFailedNoNetwork", kind: "words" });
    assert.deepEqual(first("instantaneo REDE"), { code: "ExtensionSnapshotFailedNoNetwork", kind: "words" });
    assert.deepEqual(first("network connectivity"), { code: "ExtensionSnapshotFailedNoNetwork", kind: "words" });
  });

  it("completes the word being typed, but not a finished one", () => {
    assert.deepEqual(first("conetivid"), { code: "ExtensionSnapshotFailedNoNetwork", kind: "words" });
    assert.equal(first("conetivid "), null);
  });

  it("forgives a typing mistake in a message word", () => {
    assert.deepEqual(first("conetividadde"), { code: "ExtensionSnapshotFailedNoNetwork", kind: "some-words" });
  });

  it("ranks a whole code inside pasted text above everything it also mentions", () => {
    const hits = search(index, "Error code ExtensionSnapshotFailedNoNetwork: snapshot operation failed due to no network connectivity").hits;
    assert.equal(hits[0]?.code.code, "ExtensionSnapshotFailedNoNetwork");
    assert.equal(hits[0]?.kind, "code");
  });

  it("finds nothing for nothing, or for words no code has", () => {
    assert.deepEqual(search(index, "   "), { hits: [], total: 0, terms: [] });
    assert.deepEqual(search(index, "zzzqqq xxyyzz"), { hits: [], total: 0, terms: [] });
    assert.deepEqual(search(index, "xyzzy123"), { hits: [], total: 0, terms: [] });
  });
});

describe("search: ranking", () => {
  it("puts exact code, prefix, typo, code words and message words in that order, ties by article order", () => {
    const kinds = search(index, "BackUpOperationFailed").hits.map((hit) => [hit.code.code, hit.kind]);
    assert.deepEqual(kinds.slice(0, 2), [
      ["BackUpOperationFailed", "code"],
      ["BackUpOperationFailedV2", "prefix"],
    ]);
    const backup = search(index, "backup").hits.map((hit) => hit.kind);
    const order = ["code", "prefix", "typo", "parts", "words", "some-words"];
    assert.deepEqual([...backup].sort((a, b) => order.indexOf(a) - order.indexOf(b)), backup, "kinds never go back up the order");
    assert.deepEqual(backup.slice(0, 2), ["prefix", "prefix"]);
    assert.ok(backup.includes("parts") && backup.includes("words"));
  });

  it("keeps article order among equals", () => {
    const rows = search(index, "cópia de segurança").hits.filter((hit) => hit.kind === "words").map((hit) => hit.code.row);
    assert.deepEqual([...rows].sort((a, b) => a - b), rows);
  });

  it("counts every match but returns only the best", () => {
    const result = search(index, "e", {}, 3);
    assert.equal(result.hits.length, 3);
    assert.ok(result.total > 3);
  });
});

describe("search: filters, suggestions and the index file", () => {
  it("filters by article and by service", () => {
    assert.equal(search(index, "usererror", { article: 0 }).total, 6);
    assert.equal(search(index, "usererror", { article: 1 }).total, 0);
    assert.equal(search(index, "usererror", { service: "backup" }).total, 6);
    assert.equal(search(index, "usererror", { service: "storage" }).total, 0);
    assert.equal(listCodes(index, { service: "backup" }, 5).total, 11);
    assert.equal(listCodes(index, { service: "backup" }, 5).hits.length, 5);
  });

  it("suggests the closest codes for an unknown one, and only codes that are close", () => {
    assert.equal(closestCodes(index, "UserErrorGuestAgentStatus")[0]?.code.code, "UserErrorGuestAgentStatusUnavailable");
    assert.equal(closestCodes(index, "GuestAgentSnapshotStatusErr")[0]?.code.code, "GuestAgentSnapshotTaskStatusError");
    const similar = closestCodes(index, "UserErrorGuestAgentStatusXyzzyQwerty");
    assert.equal(similar[0]?.code.code, "UserErrorGuestAgentStatusUnavailable");
    assert.ok(similar.every((hit) => hit.kind === "similar"));
    assert.deepEqual(closestCodes(index, "xyzzy123"), [], "nothing is like it: no suggestion");
    assert.deepEqual(closestCodes(index, "NoSuchCode"), []);
    assert.ok(similarityThreshold > 0 && similarityThreshold < 1);
  });

  it("marks matches that may be another code as weak", () => {
    assert.deepEqual(matchKinds.filter(isWeak), ["some-words", "similar"]);
    assert.equal(search(index, "conetividadde").hits[0]?.kind, "some-words");
  });

  it("says which message words matched, misspelt and half-typed ones resolved", () => {
    assert.deepEqual(search(index, "instantâneo rede").terms.sort(), ["instantaneo", "rede"]);
    assert.ok(search(index, "conetivid").terms.includes("conetividade"));
    assert.ok(search(index, "conetividadde").terms.includes("conetividade"));
  });

  it("shows the page's locale and the source where a translation is missing", () => {
    const pt = search(index, "UserErrorGuestAgentStatusUnavailable").hits[0];
    const en = search(englishIndex, "UserErrorGuestAgentStatusUnavailable").hits[0];
    assert.equal(pt?.code.message, "Agente de VM não é possível comunicar com o Azure Backup");
    assert.equal(en?.code.message, "VM Agent unable to communicate with Azure Backup");
    assert.equal(en?.code.steps, 5);
    const german = loadSearchIndex(buildSearchIndex(catalog, "de-DE"));
    // de-DE has no translation: it shows the nearest one, the English.
    assert.equal(german.codes[0]?.message, en?.code.message);
    assert.equal(german.codes.length, 11);
  });

  it("stores row lists as base-36 gaps", () => {
    assert.equal(encodePostings([0, 1, 5, 40, 41]), "0.1.4.z.1");
    assert.deepEqual(decodePostings("0.1.4.z.1"), [0, 1, 5, 40, 41]);
  });

  it("refuses an index of another version", () => {
    assert.throws(() => loadSearchIndex({ ...buildSearchIndex(catalog, "pt-PT"), version: 0 }), /version/);
  });
});
