import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ChunkDirectory, keyDirectory, lastNotAfter } from "./key-directory";

/** The one-level answer: every chunk whose keys may start with `prefix`. */
function flatRange(firsts: readonly string[], prefix: string): number[] {
  const chunks = [lastNotAfter(firsts, prefix)];
  for (let chunk = (chunks[0] ?? 0) + 1; chunk < firsts.length && (firsts[chunk] ?? "").startsWith(prefix); chunk++) chunks.push(chunk);
  return chunks;
}

/** Asks until no page is missing, fetching the pages asked for: what a query does. */
function answer<T>(directory: ChunkDirectory, pages: readonly string[][], ask: (missing: Set<number>) => T): { value: T; fetched: number } {
  let fetched = 0;
  for (;;) {
    const missing = new Set<number>();
    const value = ask(missing);
    if (missing.size === 0) return { value, fetched };
    for (const page of missing) {
      directory.addPage(page, pages[directory.fileOf(page)] ?? []);
      fetched++;
    }
  }
}

// Sorted keys with long runs under one prefix, as code keys have (`usererror…`).
const firsts = Array.from({ length: 1000 }, (_, position) => `${position < 600 ? "usererror" : "vm"}${position.toString(36).padStart(3, "0")}`).sort();

describe("a key directory in pages", () => {
  it("keeps a small kind's keys in the manifest", () => {
    const pages: string[][] = [];
    const directory = keyDirectory(["a", "b"], 4, pages);
    assert.deepEqual(directory, { count: 2, pages: ["a"], firstFile: 0, keys: ["a", "b"] });
    assert.equal(pages.length, 0);
    assert.deepEqual(new ChunkDirectory(directory, 4).rangeOf("b", new Set()), [1]);
  });

  it("finds the same chunks as the flat list of first keys, fetching at most two pages a range", () => {
    const pages: string[][] = [["earlier kind's page"]];
    const directory = keyDirectory(firsts, 16, pages);
    assert.equal(directory.firstFile, 1);
    assert.equal(directory.pages.length, Math.ceil(firsts.length / 16));
    for (const prefix of ["usererror", "usererror0", "usererror1a", "vm", "vm0r", "a", "zz", "usererror0009"]) {
      const fresh = new ChunkDirectory(directory, 16);
      const { value, fetched } = answer(fresh, pages, (missing) => fresh.rangeOf(prefix, missing));
      assert.deepEqual(value, flatRange(firsts, prefix), prefix);
      assert.ok(fetched <= 2, `${prefix}: ${fetched} pages`);
    }
    for (const key of ["", "usererror00a", "vm999", "w"]) {
      const fresh = new ChunkDirectory(directory, 16);
      assert.equal(answer(fresh, pages, (missing) => fresh.chunkOf(key, missing)).value, lastNotAfter(firsts, key), key);
    }
  });

  it("says which pages it lacks rather than guessing", () => {
    const pages: string[][] = [];
    const directory = new ChunkDirectory(keyDirectory(firsts, 16, pages), 16);
    const missing = new Set<number>();
    assert.equal(directory.chunkOf("vm0r", missing), undefined);
    assert.deepEqual([...missing], [lastNotAfter(keyDirectory(firsts, 16, []).pages, "vm0r")]);
    assert.equal(directory.pageOfFile(pages.length), undefined, "a file after the kind's pages is not one of them");
  });
});
