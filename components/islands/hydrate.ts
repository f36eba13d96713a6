/**
 * The browser side of an island: find it, read and check its props, hydrate the component
 * over the server's markup. Each island's script is this and its definition, bundled with
 * `react` mapped to `preact/compat` (scripts/islands/build.mts). Without valid props the
 * server's markup stays as it is.
 */
import { hydrateRoot } from "react-dom/client";
import { parseJson } from "@/lib/guards";
import type { IslandDefinition } from "./define";
import { islandAttributes, islandSelectors } from "./markup";
import type { IslandName } from "./registry";

export function hydrateIsland<Props>(name: IslandName, island: IslandDefinition<Props>): void {
  const selectors = islandSelectors(name);
  // A page may hold several islands of one kind (an error explained in several articles has a checklist each); each one's props follow it.
  for (const root of document.querySelectorAll(selectors.root)) {
    const script = root.nextElementSibling;
    const props = parseJson(script?.matches(selectors.props) ? (script.textContent ?? "") : "");
    if (!island.isProps(props)) continue;
    const element = island.render(props, root);
    if (!element) continue;
    hydrateRoot(root, element);
    root.setAttribute(islandAttributes.hydrated, "true");
  }
}
