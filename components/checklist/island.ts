/**
 * What the server page and the browser script of the checklist island agree on: where
 * the island sits, where its props are, and where each server-rendered solution is.
 * The browser script (islands/checklist.ts) runs the same Checklist component over the
 * server's markup, so error pages need neither the framework's runtime nor its page data.
 */
import type { RelatedEntry } from "@/lib/checklist/store";
import type { ChecklistStrings } from "@/lib/i18n/checklist";
import type { ChecklistProps } from "./Checklist";

/** The Checklist's props as the page embeds them: all but the solutions, which stay in the HTML. */
export type ChecklistIslandProps = Omit<ChecklistProps, "solutions">;

/** Attributes the server puts on the island's parts… */
export const islandMarkup = {
  root: { "data-island": "checklist" },
  props: { "data-island-props": "checklist" },
  solutionSlot: { "data-island-solution": "" },
} as const;

/** …and how the browser finds them. */
export const islandSelectors = {
  root: '[data-island="checklist"]',
  props: 'script[data-island-props="checklist"]',
  solutionSlot: "[data-island-solution]",
} as const;

/** JSON that is safe inside a script element (no `</script>` or `<!--` can appear). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === "string";

function isStrings(value: unknown): value is ChecklistStrings {
  return isRecord(value) && Object.values(value).every(isString) && isString(value.progress);
}

function isRelated(value: unknown): value is Record<string, RelatedEntry[]> {
  return (
    isRecord(value) &&
    Object.values(value).every((entries) => Array.isArray(entries) && entries.every((entry) => isRecord(entry) && isString(entry.entryId) && isString(entry.code)))
  );
}

/** The embedded props, checked: a page from another build or a damaged one leaves the server's markup as it is. */
export function isChecklistIslandProps(value: unknown): value is ChecklistIslandProps {
  return (
    isRecord(value) &&
    isString(value.locale) &&
    isString(value.articleSlug) &&
    isString(value.entryId) &&
    isString(value.code) &&
    isString(value.message) &&
    (value.contentLang === undefined || isString(value.contentLang)) &&
    Array.isArray(value.steps) &&
    value.steps.every((step) => isRecord(step) && isString(step.id) && typeof step.n === "number" && isString(step.label) && isString(step.title)) &&
    isRelated(value.related) &&
    isStrings(value.strings)
  );
}
