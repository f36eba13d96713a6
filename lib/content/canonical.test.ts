import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { resolveCode, transferCase } from "./canonical";
import { parseText } from "./test-helpers";

describe("transferCase", () => {
  it("spells an anchor word with the capitals of the printed code", () => {
    assert.equal(transferCase("usererrorunsupporteddisksize", "UserErrorUnsuportadDiskSize"), "UserErrorUnsupportedDiskSize");
    assert.equal(transferCase("extensionfailedvsswriterinbadstate", "ExtensãoFailedVssWriterInBadState"), "ExtensionFailedVssWriterInBadState");
  });

  it("aligns long texts in linear work, keeping the capitals where the two agree", () => {
    // A 56 KB code line under a 56 KB anchor: an n×n table would take gigabytes.
    const unit = "UserErrorSomethingFailed";
    const printed = unit.repeat(2400);
    const word = `x${printed.toLowerCase().replace(/failed/g, "failled")}`;
    const spelled = transferCase(word, printed);
    assert.equal(spelled.length, word.length);
    assert.equal(spelled.toLowerCase(), word);
    assert.ok(spelled.startsWith("xUserErrorSomethingFailledUserError"), spelled.slice(0, 40));
    assert.equal(spelled.match(/UserError/g)?.length, 2400);
  });
});

describe("resolveCode on long input", () => {
  it("does not compare texts longer than any code", () => {
    const long = "UserErrorX".repeat(6000);
    const resolved = resolveCode({ visible: long, heading: null, anchorWords: [long.toLowerCase()] });
    assert.equal(resolved?.source, "text");
  });
});

describe("an article with a long code line under a long anchor", () => {
  it("is left out at its line (an n×n alignment table once ran the process out of memory)", () => {
    const code = "UserErrorSomethingFailed".repeat(1100);
    const text = `---\ntitle: T\n---\n# T\n\n## <a name="${code.toLowerCase()}x"></a>${code}\n\n**Código de erro**: ${code.replace(/Failed/g, "Falhou")}\n\n**Mensagem de erro**: m\n`;
    assert.ok(text.length > 56_000);
    const parsed = parseText(text);
    // The content limits (lib/content/limits.ts) now leave such a heading out before parsing,
    // with an error at its line; resolveCode's own linearity is tested above.
    assert.equal(parsed.article, null);
    assert.match(parsed.diagnostics[0]?.message ?? "", /line 6 is [\d,]+ characters long; lines are limited to 10,000/);
  });
});
