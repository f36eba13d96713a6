/**
 * The browser side of an island: find it, read and check its props, hydrate the component
 * over the server's markup. Bundled with `react` mapped to `preact/compat`
 * (scripts/islands/build.ts). Without valid props the server's markup stays as it is.
 */
import { type ReactElement } from "react";
import { hydrateRoot } from "react-dom/client";
import { parseJson } from "@/lib/guards";
import { islandAttributes, type IslandName, islandSelectors } from "./markup";

export function hydrateIsland<Props>(name: IslandName, isProps: (value: unknown) => value is Props, render: (props: Props, root: Element) => ReactElement | null): void {
  const selectors = islandSelectors(name);
  // A page may hold several islands of one kind (an error explained in several articles has a checklist each); each one's props follow it.
  for (const root of document.querySelectorAll(selectors.root)) {
    const script = root.nextElementSibling;
    const props = parseJson(script?.matches(selectors.props) ? (script.textContent ?? "") : "");
    if (!isProps(props)) continue;
    const element = render(props, root);
    if (!element) continue;
    hydrateRoot(root, element);
    root.setAttribute(islandAttributes.hydrated, "true");
  }
}
