/**
 * The checklist island in the browser, on published error pages: the same Checklist
 * component, hydrated over the markup the server rendered. scripts/islands/build.ts
 * bundles this file with `react` mapped to `preact/compat`, which hydrates the way React
 * does (the store's server snapshot first, saved progress right after). The solutions are
 * read back from the page as HTML, so the page does not carry them twice.
 */
import { createElement } from "react";
import { hydrateRoot } from "react-dom/client";
import { Checklist } from "@/components/checklist/Checklist";
import { isChecklistIslandProps, islandMarkup, islandSelectors } from "@/components/checklist/island";

function readProps(): unknown {
  try {
    return JSON.parse(document.querySelector(islandSelectors.props)?.textContent ?? "");
  } catch {
    return null;
  }
}

function start(): void {
  const root = document.querySelector(islandSelectors.root);
  const props = readProps();
  // Without what it needs the page stays as the server rendered it: every step and solution shown.
  if (!root || !isChecklistIslandProps(props)) return;
  const solutions = [...root.querySelectorAll(islandSelectors.solutionSlot)].map((slot) =>
    createElement("div", { ...islandMarkup.solutionSlot, dangerouslySetInnerHTML: { __html: slot.innerHTML } }),
  );
  if (solutions.length !== props.steps.length) return;
  hydrateRoot(root, createElement(Checklist, { ...props, solutions }));
}

start();
