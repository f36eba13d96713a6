import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { contentRootsFrom, loadContent } from "./loader";

function root(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "error-guide-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const article = (code: string) => `---\ntitle: T\n---\n# T\n\n## ${code}\n\n**Error code**: ${code}\n`;

describe("content roots", () => {
  it("reads CONTENT_DIR like PATH", () => {
    assert.deepEqual(contentRootsFrom(undefined), ["content"]);
    assert.deepEqual(contentRootsFrom("a:b::c"), ["a", "b", "c"]);
  });

  it("takes an article from the first root that has it and reports the others as unused", () => {
    const first = root({ "pt-PT/a.md": article("FirstCode") });
    const second = root({ "pt-PT/a.md": article("SecondCode"), "pt-PT/b.md": article("OtherCode") });
    const model = loadContent([first, second]);
    assert.deepEqual(
      model.articles.map((a) => [a.slug, a.entries[0]?.id]),
      [
        ["a", "FirstCode"],
        ["b", "OtherCode"],
      ],
    );
    const shadowed = model.diagnostics.filter((d) => d.message.startsWith("not used:"));
    assert.equal(shadowed.length, 1);
    assert.equal(shadowed[0]?.severity, "info");
  });

  it("canonicalises locale folders and skips folders that are not language tags", () => {
    const dir = root({ "pt-br/a.md": article("X1"), "drafts/b.md": article("X2") });
    const model = loadContent([dir]);
    assert.deepEqual(
      model.articles.map((a) => a.locale),
      ["pt-BR"],
    );
    assert.ok(model.diagnostics.some((d) => d.message.includes('"drafts" is not a BCP 47 language tag')));
  });

  it("keeps building when one article is broken", () => {
    const dir = root({ "pt-PT/good.md": article("GoodCode"), "pt-PT/empty.md": "", "pt-PT/bad.md": "---\na: [\n---\n" });
    const model = loadContent([dir]);
    assert.deepEqual(
      model.articles.map((a) => a.slug),
      ["good"],
    );
    assert.equal(model.diagnostics.filter((d) => d.severity === "error").length, 2);
  });

  it("tells when two articles have entries for the same code", () => {
    const dir = root({ "pt-PT/a.md": article("SharedCode"), "pt-PT/b.md": article("SharedCode"), "en-US/a.md": article("SharedCode") });
    const shared = loadContent([dir]).diagnostics.filter((d) => d.message.includes("also has an entry"));
    assert.equal(shared.length, 1);
    assert.match(shared[0]?.file ?? "", /pt-PT\/b\.md$/);
    assert.match(shared[0]?.message ?? "", /^code SharedCode also has an entry in .*pt-PT\/a\.md:6; its page shows the guidance of both articles$/);
  });

  it("reports a content root that does not exist", () => {
    const model = loadContent([path.join(tmpdir(), "no-such-error-guide-root")]);
    assert.equal(model.articles.length, 0);
    assert.match(model.diagnostics[0]?.message ?? "", /not a directory/);
  });
});
