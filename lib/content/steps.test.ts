import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isProcedure } from "./steps";
import { parseFile, parseText, seedFile } from "./test-helpers";

function stepsOf(body: string) {
  const entry = parseText(`---\ntitle: T\n---\n# T\n\n## <a name="somecode"></a>SomeCode\n\n**Error code**: SomeCode\n\n${body}`).article?.entries[0];
  assert.ok(entry, "the entry is found");
  return entry.steps;
}

describe("step kinds and printed labels", () => {
  it("keeps the printed label of a cause, mistranslated or not, and calls it a cause", () => {
    const seed = parseFile(seedFile).article;
    const steps = seed?.entries.flatMap((entry) => entry.steps) ?? [];
    const mistranslated = steps.find((step) => step.label.startsWith("Fazer com que"));
    assert.ok(mistranslated, "the seed prints some causes as 'Fazer com que N'");
    assert.equal(mistranslated.kind, "cause");
    assert.ok(steps.filter((step) => /^(Causa|Fazer com que) /.test(step.label)).every((step) => step.kind === "cause"));
    const rpCollection = seed?.entries.find((entry) => entry.id === "UserErrorRpCollectionLimitReached");
    assert.deepEqual(rpCollection?.steps.map((step) => [step.kind, step.label]), [["step", "Passo 1"], ["step", "Passo 2"]]);
  });

  it("calls the items of a numbered procedure steps, numbered as printed", () => {
    const steps = stepsOf("Do this:\n\n3. Open the portal\n4. Restart the agent\n");
    assert.deepEqual(steps.map(({ id, n, kind, label }) => ({ id, n, kind, label })), [
      { id: "step-1", n: 1, kind: "step", label: "3" },
      { id: "step-2", n: 2, kind: "step", label: "4" },
    ]);
    assert.equal(isProcedure(steps), true);
  });

  it("reads the label word: 'Passo' numbers steps, 'Causa' causes", () => {
    const procedure = stepsOf("**Passo 1**: Abra o portal\n\nTexto.\n\n**Passo 2**: Reinicie\n\nTexto.\n");
    assert.deepEqual(procedure.map((step) => [step.kind, step.label]), [["step", "Passo 1"], ["step", "Passo 2"]]);
    const causes = stepsOf("**Causa 1**: Sem rede\n\nTexto.\n\n**Passo 2**: Reinicie\n\nTexto.\n");
    assert.deepEqual(causes.map((step) => step.kind), ["cause", "step"]);
    assert.equal(isProcedure(causes), false, "an entry with any cause is presented as causes");
  });
});
