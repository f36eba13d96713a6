import type { IslandName } from "./registry";

/**
 * The islands rendered since the last look, in the order they were rendered: the static
 * renderer (lib/static) renders one page at a time, synchronously, and then writes the
 * scripts of that page's islands into its head. Under `next build` nobody looks (the islands
 * step reads the markup instead), and the set never holds more than the registry's names.
 */
const rendered = new Set<IslandName>();

export function noteIslandRendered(name: IslandName): void {
  rendered.add(name);
}

export function takeRenderedIslands(): IslandName[] {
  const names = [...rendered];
  rendered.clear();
  return names;
}
