import type { ReactElement } from "react";

/** An island whose browser script hydrates a component over the server's markup; paths from the project's root. */
export interface HydratedIslandRecord {
  /** The "use client" module of the component the island hydrates. */
  component: string;
  /** The module and export of its definition (`defineIsland`): what its browser script runs. */
  island: { module: string; export: string };
  /** The server component that renders it inside `<Island>`: the only other module that may import the component. */
  wrapper: string;
}

/**
 * An island without a component: its browser module enhances the server's markup itself
 * (a few hundred bytes, no framework), as the copy buttons do.
 */
export interface ScriptIslandRecord {
  /** The browser module, run once on the page. */
  script: string;
  /** The server component that renders the island's markup inside `<Island>`. */
  wrapper: string;
}

/** An island in the registry (components/islands/registry.ts). */
export type IslandRecord = HydratedIslandRecord | ScriptIslandRecord;

export function isHydratedIsland(record: IslandRecord): record is HydratedIslandRecord {
  return "component" in record;
}

/** The browser side of an island: the check of the props its page embeds, and what to hydrate with them. */
export interface IslandDefinition<Props> {
  /** A page from another build or a damaged one fails this, and keeps the server's markup as it is. */
  isProps: (value: unknown) => value is Props;
  /** The element to hydrate over the server's markup (the island's root); null leaves the markup as it is. */
  render: (props: Props, root: Element) => ReactElement | null;
}

export function defineIsland<Props>(definition: IslandDefinition<Props>): IslandDefinition<Props> {
  return definition;
}
