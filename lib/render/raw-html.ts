/**
 * Raw HTML in a fragment, parsed into the tree (rehype-raw) only when there is some.
 * rehype-raw sends the whole tree through an HTML parser, which is about half of what
 * rendering a fragment costs, and most fragments (a cause's solution, say) hold none:
 * the build renders each of them on several pages. A tree without raw HTML only gets what
 * the parser would have done to it: adjacent texts joined into one.
 */
import type { Root, RootContent } from "hast";
import rehypeRaw from "rehype-raw";
import { EXIT, visit } from "unist-util-visit";

type RawTransform = ReturnType<typeof rehypeRaw>;

function hasRawHtml(tree: Root): boolean {
  let found = false;
  visit(tree, "raw", () => {
    found = true;
    return EXIT;
  });
  return found;
}

function joinAdjacentTexts(tree: Root): Root {
  visit(tree, (node) => {
    if (!("children" in node)) return;
    const joined: RootContent[] = [];
    for (const child of node.children) {
      const previous = joined[joined.length - 1];
      if (child.type === "text" && previous?.type === "text") joined[joined.length - 1] = { ...previous, value: previous.value + child.value };
      else joined.push(child);
    }
    node.children = joined;
  });
  return tree;
}

export function rehypeRawHtml() {
  const parseRaw = rehypeRaw();
  return (tree: Root, file: Parameters<RawTransform>[1]): Root => (hasRawHtml(tree) ? parseRaw(tree, file) : joinAdjacentTexts(tree));
}
