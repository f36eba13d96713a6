import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Step } from "../content/model";
import { dictionaryFor } from "../i18n";
import { checklistSteps } from "./checklist-props";

const step = (n: number, kind: Step["kind"], label: string): Step => ({ id: `s${n}`, n, kind, label, title: `Title ${n}`, target: null, solution: null, line: n });

describe("checklist steps", () => {
  it("label each step in the reader's language from its kind and number, not as printed", () => {
    const steps = [step(1, "cause", "Fazer com que 1"), step(2, "cause", ""), step(3, "step", "Passo 1")];
    assert.deepEqual(checklistSteps(steps, dictionaryFor("pt-PT")).map((s) => s.label), ["Causa 1", "Causa 2", "Passo 3"]);
    assert.deepEqual(checklistSteps(steps, dictionaryFor("en-US")).map((s) => s.label), ["Cause 1", "Cause 2", "Step 3"]);
    assert.deepEqual(checklistSteps(steps, dictionaryFor("de-DE")).map((s) => s.label), ["Ursache 1", "Ursache 2", "Schritt 3"]);
  });
});
