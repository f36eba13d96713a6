import type { Article, ErrorEntry, Step } from "../content/model";
import type { RelatedEntry } from "../checklist/store";
import type { ChecklistStep } from "../../components/checklist/Checklist";
import { type Dictionary, format } from "../i18n";

/**
 * The steps as the checklist shows them: labelled in the reader's language from their kind
 * and number ("Causa 3", "Step 2"), whatever the article printed ("Fazer com que 1" stays
 * in the model, for the article page and the export).
 */
export function checklistSteps(steps: readonly Step[], t: Dictionary): ChecklistStep[] {
  return steps.map(({ id, n, kind, title }) => ({ id, n, kind, label: format(kind === "step" ? t.stepLabel : t.causeLabel, { n }), title }));
}

/**
 * For each step that points to a shared cause, the other errors of the article that list
 * the same cause: a cause checked under one of them is shown as such under the others.
 */
export function relatedEntries(article: Article, entry: ErrorEntry): Record<string, RelatedEntry[]> {
  const related: Record<string, RelatedEntry[]> = {};
  for (const step of entry.steps) {
    if (step.target === null) continue;
    const others = article.entries
      .filter((other) => other.id !== entry.id && other.steps.some((s) => s.id === step.id))
      .map((other) => ({ entryId: other.id, code: other.id }));
    if (others.length) related[step.id] = others;
  }
  return related;
}
