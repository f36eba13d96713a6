/**
 * The checklist island on published error pages: the same Checklist component, hydrated
 * over the server's markup (the store's server snapshot first, saved progress right after).
 * The solutions are read back from the page as HTML.
 */
import { createElement } from "react";
import { Checklist } from "@/components/checklist/Checklist";
import { isChecklistIslandProps, solutionSlot } from "@/components/checklist/island";
import { hydrateIsland } from "@/components/islands/hydrate";

hydrateIsland("checklist", isChecklistIslandProps, (props, root) => {
  const solutions = [...root.querySelectorAll(solutionSlot.selector)].map((slot) =>
    createElement("div", { [solutionSlot.attribute]: "", dangerouslySetInnerHTML: { __html: slot.innerHTML } }),
  );
  // Another number of slots than steps: the page is not what this script expects; leave it as it is.
  if (solutions.length !== props.steps.length) return null;
  return createElement(Checklist, { ...props, solutions });
});
