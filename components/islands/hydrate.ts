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
  const root = document.querySelector(selectors.root);
  const props = parseJson(document.querySelector(selectors.props)?.textContent ?? "");
  if (!root || !isProps(props)) return;
  const element = render(props, root);
  if (!element) return;
  hydrateRoot(root, element);
  root.setAttribute(islandAttributes.hydrated, "true");
}
