/**
 * A remark plugin that remembers the syntax trees of the fragments it parsed. A page of an
 * error shows its causes' solutions, and vendor articles (the seed's "Causas e soluções")
 * share one solution among many errors: the same fragment was parsed for every page that
 * shows it, most of a build's rendering time. It goes last among the syntax plugins, so it
 * wraps the parser they configured; the processors it is used in all have the same syntax
 * (lib/content/markdown.ts), so a fragment's text is its key. Each use gets its own copy of
 * the tree, since the transforms after parsing change it.
 */
import type { Node } from "unist";
import type { Processor } from "unified";

/** Fragments remembered: the pages of one article's errors are rendered together, so a few hundred suffice. */
const capacity = 1000;
const trees = new Map<string, Node>();

function remember(document: string, tree: Node): void {
  if (trees.size >= capacity) {
    const oldest = trees.keys().next();
    if (!oldest.done) trees.delete(oldest.value);
  }
  trees.set(document, tree);
}

export function remarkParseCache(this: Processor): void {
  const parse = this.parser;
  if (!parse) throw new Error("remarkParseCache goes after remark-parse and the syntax plugins");
  this.parser = (document, file) => {
    let tree = trees.get(document);
    if (!tree) {
      tree = parse(document, file);
      remember(document, tree);
    }
    return structuredClone(tree);
  };
}
