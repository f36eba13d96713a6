import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { loadContentCached } from "./cache";
import { loadContent } from "./loader";
import type { ContentModel } from "./model";

const article = (code: string) => `---\ntitle: T\n---\n# T\n\n## ${code}\n\n**Error code**: ${code}\n`;

function temporary(): string {
  return mkdtempSync(path.join(tmpdir(), "error-guide-cache-"));
}

/** loadContent that counts its calls: the cache must spare the second one. */
function countingParse() {
  const calls: string[][] = [];
  return {
    calls,
    parse: (roots: string[]): ContentModel => {
      calls.push(roots);
      return loadContent(roots);
    },
  };
}

describe("content cache", () => {
  it("parses once for the same content, and gives the same model", () => {
    const root = temporary();
    mkdirSync(path.join(root, "pt-PT"));
    writeFileSync(path.join(root, "pt-PT", "a.md"), article("FirstCode"));
    const cacheDir = temporary();
    const { calls, parse } = countingParse();
    const first = loadContentCached([root], { parse, cacheDir });
    const second = loadContentCached([root], { parse, cacheDir });
    assert.equal(calls.length, 1);
    assert.deepEqual(second, first);
    assert.equal(second.articles[0]?.entries[0]?.id, "FirstCode");
  });

  it("parses again when an article changes", () => {
    const root = temporary();
    mkdirSync(path.join(root, "pt-PT"));
    const file = path.join(root, "pt-PT", "a.md");
    writeFileSync(file, article("FirstCode"));
    const cacheDir = temporary();
    const { calls, parse } = countingParse();
    loadContentCached([root], { parse, cacheDir });
    writeFileSync(file, article("ChangedCode"));
    const model = loadContentCached([root], { parse, cacheDir });
    assert.equal(calls.length, 2);
    assert.equal(model.articles[0]?.entries[0]?.id, "ChangedCode");
  });

  it("parses again when the cached file is damaged, and keeps only a few models", () => {
    const cacheDir = temporary();
    const { calls, parse } = countingParse();
    let last = "";
    for (let i = 0; i < 6; i++) {
      last = temporary();
      mkdirSync(path.join(last, "pt-PT"));
      writeFileSync(path.join(last, "pt-PT", "a.md"), article(`Code${i}`));
      loadContentCached([last], { parse, cacheDir });
    }
    const kept = readdirSync(cacheDir);
    assert.ok(kept.length <= 4, `kept ${kept.length} models`);
    for (const name of kept) writeFileSync(path.join(cacheDir, name), "{not json");
    assert.equal(loadContentCached([last], { parse, cacheDir }).articles[0]?.entries[0]?.id, "Code5");
    assert.equal(calls.length, 7);
  });
});
