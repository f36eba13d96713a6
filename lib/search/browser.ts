/**
 * What the search islands load on first use, in one module fetched beside the manifest:
 * the split index's search, and what the results show (weak matches, highlights).
 */
export { isWeak, markCode, markWords } from "./engine";
export { isSplitManifest } from "./split";
export { SplitSearch } from "./split-search";
