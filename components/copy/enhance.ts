/**
 * The copy buttons of a page (code blocks, codes): shown and made to copy once this runs;
 * without it they stay hidden. No component framework: a few hundred bytes.
 */
import { islandAttributes, islandSelectors } from "@/components/islands/markup";
import { parseJson } from "@/lib/guards";
import { enableCopyButtons, isCopyStrings } from "@/lib/render/copy-buttons";

const selectors = islandSelectors("copy");
const root = document.querySelector(selectors.root);
const strings = parseJson(document.querySelector(selectors.props)?.textContent ?? "");
if (root && isCopyStrings(strings)) {
  enableCopyButtons(document, strings, root.querySelector('[role="status"]'));
  root.setAttribute(islandAttributes.hydrated, "true");
}
