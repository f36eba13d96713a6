import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "./model";
import { parseFile, parseText, seedFile, seedSlug } from "./test-helpers";
import { checkTranslations, compareTranslation, pairEntries, stepsMatch, translationIsCurrent } from "./translations";

function article(text: string, locale: string, file = `${locale}/guide.md`): Article {
  const parsed = parseText(text, file, locale);
  assert.ok(parsed.article, `${file} parses`);
  return parsed.article;
}

interface EntrySpec {
  code: string;
  anchor?: string;
  steps?: string[];
}

/** A small article: one section per entry, cause lines linking to solution sections. */
function articleText({ entries, sourceSha256, anchors }: { entries: EntrySpec[]; sourceSha256?: string; anchors?: string[] }): string {
  const front = sourceSha256 ? `---\ntitle: T\ntranslation:\n  sourceLocale: pt-PT\n  sourceSha256: ${sourceSha256}\n---\n` : "---\ntitle: T\n---\n";
  const sections = entries.map(({ code, anchor = code.toLowerCase(), steps = [] }) => {
    const causes = steps.map((step, index) => `**Cause ${index + 1}: [Fix ${step}](#${step})**`).join("\n\n");
    return `## <a name="${anchor}"></a>${code}\n\n**Error code**: ${code}\n\n${causes}\n`;
  });
  const solutions = (anchors ?? [...new Set(entries.flatMap((entry) => entry.steps ?? []))]).map(
    (name) => `### <a name="${name}"></a>Fix ${name}\n\nDo it.\n`,
  );
  return `${front}# T\n\n${sections.join("\n")}\n## Solutions\n\n${solutions.join("\n")}`;
}

const first: EntrySpec = { code: "FirstCode", steps: ["alpha", "beta"] };
const second: EntrySpec = { code: "SecondCode", steps: ["gamma"] };
const third: EntrySpec = { code: "ThirdCode" };
const sourceEntries = [first, second, third];

const source = article(articleText({ entries: sourceEntries }), "pt-PT");

function translationOf(entries: EntrySpec[], options: { anchors?: string[]; sourceSha256?: string } = {}): Article {
  return article(articleText({ entries, sourceSha256: options.sourceSha256 ?? source.sha256, anchors: options.anchors }), "en-US");
}

function messages(translation: Article): string[] {
  return compareTranslation(source, translation).map((d) => `${d.severity}:${d.line}: ${d.message}`);
}

describe("translation check", () => {
  it("finds nothing to say about a faithful, current translation", () => {
    assert.deepEqual(messages(translationOf(sourceEntries)), []);
  });

  it("reports a missing anchor as an error, at the step that links to it", () => {
    const translation = translationOf(sourceEntries, { anchors: ["alpha", "gamma"] });
    const errors = compareTranslation(source, translation).filter((d) => d.severity === "error");
    assert.equal(errors.length, 1);
    assert.match(errors[0]?.message ?? "", /anchor "beta" of the source is missing/);
    const linkingStep = translation.entries[0]?.steps[1];
    assert.equal(errors[0]?.line, linkingStep?.line);
    assert.equal(errors[0]?.file, "en-US/guide.md");
  });

  it("reports reordered steps at the first step out of place", () => {
    const reordered = [{ code: "FirstCode", steps: ["beta", "alpha"] }, second, third];
    const translation = translationOf(reordered);
    const found = compareTranslation(source, translation);
    assert.equal(found.length, 1);
    assert.equal(found[0]?.severity, "warning");
    assert.match(found[0]?.message ?? "", /FirstCode: the steps are in another order than in the source \(alpha, beta\)/);
    assert.equal(found[0]?.line, translation.entries[0]?.steps[0]?.line);
  });

  it("reports an extra entry, which is not published, and a missing step", () => {
    const translation = translationOf([
      { code: "FirstCode", steps: ["alpha"] },
      second,
      { code: "InventedCode" },
      third,
    ], { anchors: ["alpha", "beta", "gamma"] });
    const found = messages(translation);
    const invented = translation.entries[2];
    assert.ok(found.includes(`warning:${invented?.line}: error entry InventedCode is not in the source; it is not published`), found.join("\n"));
    assert.ok(found.some((line) => /FirstCode: step "beta" \(pt-PT\/guide\.md:\d+\) is missing/.test(line)), found.join("\n"));
  });

  it("reports a missing entry where it would be, and entries out of order", () => {
    const translation = translationOf([
      third,
      first,
    ], { anchors: ["alpha", "beta", "gamma"] });
    const found = messages(translation);
    assert.ok(found.some((line) => line.startsWith("warning:") && line.includes("error entry SecondCode (pt-PT/guide.md:")), found.join("\n"));
    assert.ok(found.some((line) => line.includes("error entry ThirdCode comes before FirstCode here, after it in the source")), found.join("\n"));
    // The SecondCode anchor is missing too: an error, reported where the entry would be.
    assert.ok(found.some((line) => line.startsWith("error:") && line.includes('anchor "secondcode"')), found.join("\n"));
  });

  it("pairs an entry whose printed code is mangled by its anchor, and keeps the source's codes", () => {
    const translation = translationOf([
      first,
      { code: "SecondCodeIn", anchor: "secondcode", steps: ["gamma"] },
      third,
    ]);
    const pairing = pairEntries(source, translation);
    assert.equal(pairing.get("SecondCode")?.codes[0], "SecondCodeIn");
    assert.deepEqual(messages(translation).map((line) => line.replace(/^warning:\d+: /, "")), [
      "the code line reads SecondCodeIn where the source has SecondCode; the pages keep the source's codes",
    ]);
  });

  it("pairs a lone entry between paired neighbours even when anchor and code are both re-spelt", () => {
    const translation = translationOf(
      [first, { code: "SecondKode", anchor: "second-kode", steps: ["gamma"] }, third],
      { anchors: ["alpha", "beta", "gamma"] },
    );
    assert.equal(pairEntries(source, translation).get("SecondCode")?.codes[0], "SecondKode");
  });

  it("says when a translation does not record its source version, or records another", () => {
    const unrecorded = article(articleText({ entries: sourceEntries }), "en-US");
    assert.equal(translationIsCurrent(unrecorded, source), false);
    assert.match(messages(unrecorded).join("\n"), /does not record which version of pt-PT\/guide\.md it translates/);
    const older = translationOf(sourceEntries, { sourceSha256: "0".repeat(64) });
    assert.equal(translationIsCurrent(older, source), false);
    assert.match(messages(older).join("\n"), /made from another version of pt-PT\/guide\.md/);
  });

  it("compares every translation in a model with the source of the same slug", () => {
    const lone = article(articleText({ entries: sourceEntries, sourceSha256: "1".repeat(64) }), "de-DE", "de-DE/other.md");
    const found = checkTranslations([source, translationOf(sourceEntries), lone]);
    assert.deepEqual(found.map((d) => d.file), ["de-DE/other.md"]);
    assert.match(found[0]?.message ?? "", /no pt-PT\/other\.md/);
  });

  it("holds the seed's en-US translation to its pt-PT source without a difference", () => {
    const seedSource = parseFile(seedFile).article;
    const seedTranslation = parseFile(`content/en-US/${seedSlug}.md`, "en-US").article;
    assert.ok(seedSource && seedTranslation);
    assert.deepEqual(compareTranslation(seedSource, seedTranslation), []);
    assert.equal(translationIsCurrent(seedTranslation, seedSource), true, "sourceSha256 is the pt-PT file's");
    for (const entry of seedSource.entries) {
      const translated = pairEntries(seedSource, seedTranslation).get(entry.id);
      assert.ok(translated && stepsMatch(entry, translated), entry.id);
    }
  });
});
