/**
 * The checklist island on published error pages: its props as the page embeds them, their
 * check, and the same Checklist component hydrated over the server's markup (the store's
 * server snapshot first, saved progress right after). The solutions are not among the
 * props: they stay in the HTML, each in a slot the browser script reads back, so the page
 * does not carry them twice.
 */
import { createElement } from "react";
import { defineIsland } from "@/components/islands/define";
import { isRecord, isString } from "@/lib/guards";
import type { RelatedEntry } from "@/lib/checklist/store";
import type { ChecklistStrings } from "@/lib/i18n/checklist";
import { Checklist, type ChecklistProps } from "./Checklist";

export type ChecklistIslandProps = Omit<ChecklistProps, "solutions">;

export const solutionSlot = { attribute: "data-island-solution", selector: "[data-island-solution]" } as const;

function isStrings(value: unknown): value is ChecklistStrings {
  const isText = (text: unknown) => isString(text) || (isRecord(text) && isString(text.one) && isString(text.other));
  return isRecord(value) && Object.values(value).every(isText) && isString(value.progress);
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
    (value.supportContactUrl === undefined || isString(value.supportContactUrl)) &&
    Array.isArray(value.steps) &&
    value.steps.every((step) => isRecord(step) && isString(step.id) && typeof step.n === "number" && isString(step.label) && isString(step.title)) &&
    isRelated(value.related) &&
    isStrings(value.strings)
  );
}

export const checklistIsland = defineIsland({
  isProps: isChecklistIslandProps,
  render: (props, root) => {
    const solutions = [...root.querySelectorAll(solutionSlot.selector)].map((slot) =>
      createElement("div", { [solutionSlot.attribute]: "", dangerouslySetInnerHTML: { __html: slot.innerHTML } }),
    );
    // Another number of slots than steps: the page is not what this script expects; leave it as it is.
    if (solutions.length !== props.steps.length) return null;
    return createElement(Checklist, { ...props, solutions });
  },
});
