import type { Article, ErrorEntry } from "../content/model";
import type { RelatedEntry } from "../checklist/store";

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
