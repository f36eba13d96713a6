import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { contentLimits } from "./limits";
import { loadContent } from "./loader";
import type { ContentModel } from "./model";

const good = `---\ntitle: Good\n---\n# Good\n\n## GoodCode\n\n**Error code**: GoodCode\n`;
const withBody = (body: string) => `---\ntitle: Bad\n---\n# Bad\n\n## BadCode\n\n**Error code**: BadCode\n\n${body}\n`;

/** A content root holding one good article and the given files under pt-PT/. */
function rootWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "error-guide-limits-"));
  mkdirSync(path.join(dir, "pt-PT"));
  writeFileSync(path.join(dir, "pt-PT", "good.md"), good);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, "pt-PT", name), text);
  return dir;
}

function assertLeftOut(model: ContentModel, file: string, message: RegExp, line?: number): void {
  assert.deepEqual(
    model.articles.map((article) => article.slug),
    ["good"],
    "every other article still builds",
  );
  const error = model.diagnostics.find((d) => d.severity === "error" && d.file.endsWith(file));
  assert.ok(error, `an error for ${file}: ${JSON.stringify(model.diagnostics)}`);
  assert.match(error.message, message);
  if (line !== undefined) assert.equal(error.line, line);
}

describe("content limits", { timeout: 120_000 }, () => {
  it("leaves out a 2 KB article with a 1,000-deep list, naming its line", () => {
    const body = `${"- ".repeat(1000)}a`;
    assert.ok(body.length < 2100);
    assertLeftOut(loadContent([rootWith({ "list.md": withBody(body) })]), "list.md", /opens 1,000 nested block quotes or list items/, 10);
  });

  it("leaves out a 2,000-deep block quote", () => {
    assertLeftOut(loadContent([rootWith({ "quote.md": withBody(`${">".repeat(2000)} deep`) })]), "quote.md", /nested block quotes or list items/, 10);
  });

  it("leaves out nesting spread over lines and inside a line (emphasis), by the tree's depth", () => {
    const spread = Array.from({ length: 60 }, (_, n) => `${"  ".repeat(n)}- item`).join("\n");
    const emphasis = `${"*a ".repeat(1500)}b${" a*".repeat(1500)}`;
    const model = loadContent([rootWith({ "spread.md": withBody(spread), "emphasis.md": withBody(emphasis) })]);
    assertLeftOut(model, "spread.md", /nested|nesting/);
    assertLeftOut(model, "emphasis.md", /nested|could not be parsed/);
  });

  it("leaves out a line, a heading or a word over its limit, before parsing it", () => {
    const model = loadContent([
      rootWith({
        "line.md": withBody(`${"word ".repeat(contentLimits.maxLineLength / 4)}`),
        "heading.md": withBody(`## ${"Erro ".repeat(300)}`),
        "word.md": withBody(`**Error code**: ${"A".repeat(contentLimits.maxWordLength + 1)}`),
      }),
    ]);
    assertLeftOut(model, "line.md", /line 10 is 12,500 characters long; lines are limited to 10,000/, 10);
    assertLeftOut(model, "heading.md", /heading on line 10 is 1,503 characters long/, 10);
    assertLeftOut(model, "word.md", /holds a word of 2,001 characters/, 10);
  });

  it("keeps long lines inside fenced code out of the heading and nesting checks", () => {
    const model = loadContent([rootWith({ "fenced.md": withBody("```\n# not a heading " + "x ".repeat(600) + "\n- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -\n```") })]);
    assert.deepEqual(model.articles.map((a) => a.slug).sort(), ["fenced", "good"]);
  });

  it("checks a file's size before reading it (a sparse 1.5 GB file is not read into memory)", () => {
    const dir = rootWith({});
    const huge = path.join(dir, "pt-PT", "huge.md");
    writeFileSync(huge, "");
    truncateSync(huge, 1.5 * 1024 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const model = loadContent([dir]);
    assert.ok(process.memoryUsage().rss - before < 256 * 1024 * 1024, "the file was not read");
    assertLeftOut(model, "huge.md", /the file is 1536\.0 MB; articles are limited to 2 MB/);
  });

  it("reads only regular files: a FIFO, a link to /dev/zero and a folder named .md are left out, not hung on", () => {
    const dir = rootWith({});
    execFileSync("mkfifo", [path.join(dir, "pt-PT", "pipe.md")]);
    symlinkSync("/dev/zero", path.join(dir, "pt-PT", "zero.md"));
    mkdirSync(path.join(dir, "pt-PT", "folder.md"));
    const model = loadContent([dir]);
    assertLeftOut(model, "pipe.md", /named pipe/);
    assertLeftOut(model, "zero.md", /a device/);
    assertLeftOut(model, "folder.md", /a directory/);
  });
});

describe("article file names", () => {
  it("keeps names in any script and leaves out names a URL cannot hold as they are", () => {
    const model = loadContent([rootWith({ "guia-de-diagnóstico.md": good, "エラー_一覧.v2.md": good, "it's \"quoted\".md": good, "with space.md": good, "100%.md": good })]);
    assert.deepEqual(model.articles.map((a) => a.slug).sort(), ["good", "guia-de-diagnóstico", "エラー_一覧.v2"]);
    const errors = model.diagnostics.filter((d) => d.severity === "error").map((d) => d.message);
    assert.equal(errors.length, 3);
    assert.ok(errors.some((message) => message.includes(`"it's "quoted".md" cannot be a page address`)));
  });
});
