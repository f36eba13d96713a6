/**
 * What a server page and the browser script of an island agree on: where the island sits
 * and where its props are. Published pages run their islands with small scripts
 * (islands/*.ts, bundled by scripts/islands/build.ts) instead of the framework's runtime,
 * so a page needs neither that runtime nor its inline page data.
 */

/** The islands there are; each has a browser entry at islands/<name>.ts. */
export const islandNames = ["checklist", "search", "not-found", "copy"] as const;
export type IslandName = (typeof islandNames)[number];

export const islandAttributes = {
  root: "data-island",
  props: "data-island-props",
  /** Set by the browser script once it has hydrated the island (tests and the bench wait for it). */
  hydrated: "data-island-hydrated",
} as const;

export const islandSelectors = (name: IslandName) => ({
  root: `[${islandAttributes.root}="${name}"]`,
  props: `script[${islandAttributes.props}="${name}"]`,
});

/** JSON that is safe inside a script element (no `</script>` or `<!--` can appear). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
