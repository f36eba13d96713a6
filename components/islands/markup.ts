/**
 * What a server page, the browser script of an island and the islands step agree on: where
 * an island sits, where its props are, which scripts are ours. Published pages run their
 * islands with small scripts (bundled by scripts/islands/build.mts) instead of the
 * framework's runtime, so a page needs neither that runtime nor its inline page data; every
 * other script is removed from them, so each of ours carries a mark.
 */
import type { IslandName } from "./registry";

export const islandAttributes = {
  root: "data-island",
  /** The island's props, as JSON in a `<script type="application/json">`: kept on lean pages. */
  props: "data-island-props",
  /** Set by the browser script once it has hydrated the island (tests and the bench wait for it). */
  hydrated: "data-island-hydrated",
  /** The module and preload tags of a page's islands, written by the islands step (and replaced when it runs again). */
  script: "data-island-script",
} as const;

/** An inline script of ours (lib/site/inline-script.ts), by name: kept on lean pages. */
export const inlineScriptAttribute = "data-inline-script";

/**
 * `<meta name="framework-runtime" content="why">`, written by KeepFrameworkRuntime: the page
 * keeps the framework's runtime on purpose, so its client components work, and is left as it is.
 */
export const keepRuntimeMetaName = "framework-runtime";

export const islandSelectors = (name: IslandName) => ({
  root: `[${islandAttributes.root}="${name}"]`,
  props: `script[${islandAttributes.props}="${name}"]`,
});
