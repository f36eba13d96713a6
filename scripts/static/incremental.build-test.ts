/**
 * Incremental builds write what a cold build writes, byte for byte (issue 15). A copy of the
 * project (its node_modules linked) builds the seed content; then, one change at a time, it
 * rebuilds into the same folder with its cache, and each result is compared with a cold build
 * of the same sources (an empty cache, an empty folder). Content changes render only what
 * they touch; a changed dictionary or component renders everything.
 *
 * Run by npm test (scripts/test.sh): node --import tsx --test scripts/static/incremental.build-test.ts
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";

const projectFiles = ["app", "components", "lib", "scripts", "content", "package.json", "package-lock.json", "tsconfig.json", "next.config.js", "postcss.config.mjs", ".gitignore"];

const scratch = mkdtempSync(path.join(os.tmpdir(), "error-guide-incremental-"));
const project = path.join(scratch, "project");
const incrementalOut = path.join(scratch, "out-incremental");
const incrementalCache = path.join(scratch, "cache-incremental");

interface Build {
  output: string;
  /** The static build's line: how many files it rendered, and why all of them when it did. */
  summary: string;
}

function build(outDir: string, cacheDir: string): Build {
  const run = spawnSync("npm", ["run", "--silent", "build"], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, EXPORT_DIR: outDir, BUILD_CACHE_DIR: cacheDir, CONTENT_DIR: "content", FULL_BUILD: "" },
  });
  const output = `${run.stdout}\n${run.stderr}`;
  assert.equal(run.status, 0, `the build failed:\n${output}`);
  const summary = output.split("\n").find((line) => line.startsWith("static build: ")) ?? "";
  return { output, summary };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The differences between two export folders: files only in one, files whose bytes differ. */
function differences(a: string, b: string): string[] {
  const inA = filesUnder(a);
  const inB = new Set(filesUnder(b));
  const found: string[] = [];
  for (const file of inA) {
    if (!inB.has(file)) found.push(`only in the incremental build: ${file}`);
    else if (!readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file)))) found.push(`differs: ${file}`);
    inB.delete(file);
  }
  for (const file of inB) found.push(`only in the cold build: ${file}`);
  return found;
}

/** Rebuilds incrementally, builds the same sources cold, and compares the two folders. */
function rebuildAndCompare(step: string): Build {
  const incremental = build(incrementalOut, incrementalCache);
  const coldOut = path.join(scratch, `out-cold-${step}`);
  build(coldOut, path.join(scratch, `cache-cold-${step}`));
  assert.deepEqual(differences(incrementalOut, coldOut).slice(0, 20), [], `after ${step}, the incremental build differs from a cold one`);
  rmSync(coldOut, { recursive: true, force: true });
  return incremental;
}

const renderedCount = (summary: string) => {
  const match = /incremental: (\d+) of (\d+) files rendered again/.exec(summary);
  return match ? { rendered: Number(match[1]), of: Number(match[2]) } : null;
};

const edit = (file: string, change: (text: string) => string) => {
  const target = path.join(project, file);
  const before = readFileSync(target, "utf8");
  const after = change(before);
  assert.notEqual(after, before, `the test's edit of ${file} changed nothing`);
  writeFileSync(target, after);
};

const articleSource = path.join("content", "pt-PT", "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.md");
const addedArticle = path.join("content", "pt-PT", "added-article.md");

describe("incremental builds equal cold builds", { concurrency: false }, () => {
  before(() => {
    for (const file of projectFiles) cpSync(file, path.join(project, file), { recursive: true });
    symlinkSync(path.resolve("node_modules"), path.join(project, "node_modules"));
    build(incrementalOut, incrementalCache);
  });

  after(() => rmSync(scratch, { recursive: true, force: true }));

  it("renders nothing again when nothing changed", () => {
    const { summary } = rebuildAndCompare("nothing");
    assert.equal(renderedCount(summary)?.rendered, 0, summary);
  });

  it("renders again only the pages an edited article touches", () => {
    edit(articleSource, (text) => text.replace("**Mensagem de erro**: ", "**Mensagem de erro**: Atenção: "));
    const { summary } = rebuildAndCompare("edited");
    const counts = renderedCount(summary);
    assert.ok(counts && counts.rendered > 0 && counts.rendered < counts.of, summary);
  });

  it("adds the pages of an added article", () => {
    const code = "IncrementalAddedCode";
    writeFileSync(
      path.join(project, addedArticle),
      `---\ntitle: Artigo acrescentado\n---\n# Artigo acrescentado\n\n## <a name="${code.toLowerCase()}"></a>${code}\n\n**Código de erro**: ${code}\n\n**Mensagem de erro**: Uma mensagem nova\n\n1. Verifique a ligação.\n2. Tente de novo.\n`,
    );
    const { summary } = rebuildAndCompare("added");
    assert.ok(renderedCount(summary), summary);
  });

  it("removes the pages of a removed article", () => {
    rmSync(path.join(project, addedArticle));
    const { summary } = rebuildAndCompare("removed");
    assert.ok(renderedCount(summary), summary);
  });

  it("renders everything after a dictionary changes", () => {
    edit(path.join("lib", "i18n", "dictionaries.ts"), (text) => text.replace('breadcrumbIndex: "All codes"', 'breadcrumbIndex: "Every code"'));
    const { summary } = rebuildAndCompare("dictionary");
    assert.match(summary, /all rendered \(the code, the dependencies or the assets changed\)/);
  });

  it("renders everything after a component changes", () => {
    edit(path.join("components", "SiteHeader.tsx"), (text) => text.replace("</header>", "<span hidden>changed</span></header>"));
    const { summary } = rebuildAndCompare("component");
    assert.match(summary, /all rendered \(the code, the dependencies or the assets changed\)/);
  });
});
