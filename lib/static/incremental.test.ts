import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Catalog, type CatalogRead } from "../site/catalog";
import { parseText } from "../content/test-helpers";
import { fullBuildReason, isManifest, newManifest, ReadFingerprints, recordingEnvironment } from "./incremental";

function catalogOf(messages: Record<string, string>): Catalog {
  const articles = Object.entries(messages).map(([slug, message]) => {
    const code = `${slug[0]?.toUpperCase()}${slug.slice(1)}Failed`;
    const parsed = parseText(`---\ntitle: ${slug}\n---\n# ${slug}\n\n## ${code}\n\n**Error code**: ${code}\n\n**Error message**: ${message}\n`, `pt-PT/${slug}.md`, "pt-PT");
    assert.ok(parsed.article);
    return parsed.article;
  });
  return new Catalog({ articles, diagnostics: [] });
}

describe("catalog reads", () => {
  it("notes what a page asks for: the code's owners, its article, the locales", () => {
    const catalog = catalogOf({ alpha: "A", beta: "B" });
    catalog.startRecording();
    catalog.errorPage("pt-PT", "AlphaFailed");
    catalog.errorLocales("AlphaFailed");
    assert.deepEqual([...catalog.stopRecording()].sort(), ["article:alpha", "code:alphafailed", "structure"]);
  });

  it("notes a list of every code as a read of which codes there are, and nothing once stopped", () => {
    const catalog = catalogOf({ alpha: "A" });
    catalog.startRecording();
    catalog.codesByLetter();
    assert.deepEqual([...catalog.stopRecording()], ["codes"]);
    catalog.codes();
    assert.deepEqual([...catalog.stopRecording()], []);
  });
});

describe("read fingerprints", () => {
  const reads: CatalogRead[] = ["article:alpha", "code:alphafailed", "structure"];

  it("change with the article a page read, and only with it", () => {
    const before = new ReadFingerprints(catalogOf({ alpha: "A", beta: "B" }));
    const otherChanged = new ReadFingerprints(catalogOf({ alpha: "A", beta: "B, changed" }));
    const ownChanged = new ReadFingerprints(catalogOf({ alpha: "A, changed", beta: "B" }));
    assert.equal(otherChanged.of(reads), before.of(reads));
    assert.notEqual(ownChanged.of(reads), before.of(reads));
    assert.notEqual(otherChanged.of(["all"]), before.of(["all"]));
  });

  it("of the codes change with the codes there are, not with what an article says of them", () => {
    const before = new ReadFingerprints(catalogOf({ alpha: "A" }));
    const reworded = new ReadFingerprints(catalogOf({ alpha: "A, reworded" }));
    const added = new ReadFingerprints(catalogOf({ alpha: "A", beta: "B" }));
    assert.equal(reworded.of(["codes"]), before.of(["codes"]));
    assert.notEqual(added.of(["codes"]), before.of(["codes"]));
  });

  it("change when an article is added (the structure: links and language switches)", () => {
    const before = new ReadFingerprints(catalogOf({ alpha: "A" }));
    const added = new ReadFingerprints(catalogOf({ alpha: "A", beta: "B" }));
    assert.equal(added.of(["article:alpha"]), before.of(["article:alpha"]));
    assert.notEqual(added.of(["structure"]), before.of(["structure"]));
  });

  it("count a page that read nothing as having read everything", () => {
    assert.deepEqual(ReadFingerprints.effectiveReads([]), ["all"]);
    assert.deepEqual(ReadFingerprints.effectiveReads(["structure", "article:b", "structure"]), ["article:b", "structure"]);
  });
});

describe("when a build starts from the last one", () => {
  const manifest = newManifest("site-1", { SITE_URL: "https://example.com", IMAGE_HOSTS: null }, {});

  it("keeps the output when the site and the variables read are the same", () => {
    assert.equal(fullBuildReason(manifest, "site-1", { SITE_URL: "https://example.com", OTHER: "x" }), null);
  });

  it("builds everything, saying why, when the code or a variable read changed or there is no manifest", () => {
    assert.equal(fullBuildReason(manifest, "site-2", { SITE_URL: "https://example.com" }), "the code, the dependencies or the assets changed");
    assert.equal(fullBuildReason(manifest, "site-1", { SITE_URL: "https://example.org" }), "the environment variable SITE_URL changed");
    assert.equal(fullBuildReason(manifest, "site-1", { SITE_URL: "https://example.com", IMAGE_HOSTS: "img.example.com" }), "the environment variable IMAGE_HOSTS changed");
    assert.equal(fullBuildReason(null, "site-1", {}), "no earlier build to start from");
    assert.equal(fullBuildReason({ ...manifest, version: 0 }, "site-1", {}), "no earlier build to start from");
  });

  it("reads a manifest only when every page record has its fields", () => {
    assert.ok(isManifest(newManifest("s", {}, { "a/index.html": { reads: ["all"], fingerprint: "f", size: 1, mtimeMs: 2, scripts: [] } })));
    assert.ok(!isManifest({ ...manifest, pages: { "a/index.html": { reads: ["all"], fingerprint: "f" } } }));
  });
});

describe("the recording environment", () => {
  it("notes each variable read, set or not, with its value", () => {
    const env: Record<string, string | undefined> = { SITE_URL: "https://example.com", UNREAD: "x" };
    const recording = recordingEnvironment(env);
    assert.equal(recording.env.SITE_URL, "https://example.com");
    assert.equal(recording.env.SUPPORT_CONTACT_URL, undefined);
    assert.equal("IMAGE_HOSTS" in recording.env, false);
    assert.deepEqual(recording.reads(), { IMAGE_HOSTS: null, SITE_URL: "https://example.com", SUPPORT_CONTACT_URL: null });
  });
});
