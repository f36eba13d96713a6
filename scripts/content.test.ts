/** The content command, run as a user runs it, on a content folder with broken files beside a good one. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";

const root = mkdtempSync(path.join(tmpdir(), "error-guide-content-"));
after(() => rmSync(root, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  writeFileSync(path.join(root, name), content);
}

write("pt-PT/good.md", "---\ntitle: Good\n---\n# Good\n\n## GoodCode - It failed\n\n**Código de erro**: GoodCode\n\n**Causa 1: [Fix](#fix)**\n\n### <a name=\"fix\"></a>Fix\n\nDo it.\n");
write("pt-PT/front-matter.md", "---\ntitle: Broken\ndescription: [unclosed\n---\n# Broken\n\n## X\n\nError code: NeverSeen\n");
write("pt-PT/not-utf8.md", new Uint8Array([0x23, 0x20, 0x41, 0x0a, 0xc3, 0x28, 0x0a]));
write("pt-PT/empty.md", "");
write("pt-PT/binary.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
write("pt-PT/huge.md", `# Huge\n\n${"Error code: HugeCode\n\n".repeat(5 * 1024 * 1024 / 22)}`);

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/content.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: "" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const diagnosticLine = /^(.+):(\d+):(\d+): (error|warning|info): (.+)$/;

describe("content check", () => {
  const result = run("check", "--content", root);
  const lines = result.stdout.trimEnd().split("\n");

  it("prints every diagnostic as file:line:column: severity: message, then a summary", () => {
    const diagnostics = lines.slice(0, -1);
    assert.ok(diagnostics.length >= 5);
    for (const line of diagnostics) assert.match(line, diagnosticLine);
    assert.match(lines[lines.length - 1] ?? "", /^1 articles, 1 error entries, 1 codes: 5 errors, 0 warnings, 0 info$/);
  });

  it("gives each broken file an error and leaves it out", () => {
    const errors = lines.filter((line) => line.includes(": error: "));
    const about = (name: string) => errors.find((line) => line.includes(`${name}.md:`)) ?? "";
    assert.match(about("front-matter"), /front-matter\.md:3:\d+: error: front matter is not valid YAML/);
    assert.match(about("not-utf8"), /not-utf8\.md:2:1: error: the file is not valid UTF-8/);
    assert.match(about("empty"), /error: the file is empty/);
    assert.match(about("binary"), /error: the file is binary/);
    assert.match(about("huge"), /error: the file is 5\.0 MB; articles are limited to 2 MB/);
  });

  it("exits 1 when there is an error, 0 with --no-fail", () => {
    assert.equal(result.status, 1);
    assert.equal(run("check", "--content", root, "--no-fail").status, 0);
  });

  it("prints entries, codes, steps and unsure entries per article with --stats", () => {
    const stats = run("check", "--content", root, "--no-fail", "--stats").stdout.split("\n");
    assert.match(stats[0] ?? "", /good\.md: 1 entries, 1 codes, 1 steps, 0 unsure$/);
  });

  it("rejects unknown options", () => {
    const wrong = run("check", "--contnet", root);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /unknown option --contnet/);
  });
});

describe("content export --json", () => {
  const result = run("export", "--json", "--content", root);

  it("prints only the JSON model on stdout, with the documented shape", () => {
    assert.equal(result.status, 0);
    const model = JSON.parse(result.stdout) as { articles: unknown; diagnostics: unknown };
    assert.deepEqual(Object.keys(model), ["articles", "diagnostics"]);
    assert.deepEqual(model.articles, [
      {
        locale: "pt-PT",
        slug: "good",
        file: path.relative(process.cwd(), path.join(root, "pt-PT", "good.md")),
        title: "Good",
        provenance: "original",
        publishedUrl: null,
        entries: [
          {
            id: "GoodCode",
            codes: ["GoodCode"],
            visibleCodes: ["GoodCode"],
            articles: ["good"],
            message: "It failed",
            line: 6,
            steps: [{ id: "fix", n: 1, kind: "cause", label: "Causa 1", title: "Fix", target: "fix" }],
          },
        ],
      },
    ]);
  });

  it("lists the diagnostics with file, line, column, severity and message", () => {
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Array<Record<string, unknown>> };
    assert.equal(diagnostics.length, 5);
    for (const diagnostic of diagnostics) assert.deepEqual(Object.keys(diagnostic), ["file", "line", "column", "severity", "message"]);
  });
});
