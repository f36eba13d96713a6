import type { ReactElement } from "react";

/** An island in the registry (components/islands/registry.ts); paths from the project's root. */
export interface IslandRecord {
  /** The "use client" module of the component the island hydrates. */
  component: string;
  /** The module and export of its definition (`defineIsland`): what its browser script runs. */
  island: { module: string; export: string };
  /** The server component that renders it inside `<Island>`: the only other module that may import the component. */
  wrapper: string;
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
