import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { markdownSyntax } from "../content/markdown";
import { remarkParseCache } from "./parse-cache";

const plain = unified().use(remarkParse).use(markdownSyntax);
const cached = unified().use(remarkParse).use(markdownSyntax).use(remarkParseCache);
const fragment = "**Causa 1**: o agente não responde.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";

describe("remarkParseCache", () => {
  it("gives the tree the syntax plugins give, the first time and the next", () => {
    const expected = plain.parse(fragment);
    assert.deepEqual(cached.parse(fragment), expected);
    assert.deepEqual(cached.parse(fragment), expected);
  });

  it("gives each use its own copy: a transform that changes one leaves the next untouched", () => {
    const first: Root = cached.parse(fragment);
    first.children.length = 0;
    assert.deepEqual(cached.parse(fragment), plain.parse(fragment));
  });
});
