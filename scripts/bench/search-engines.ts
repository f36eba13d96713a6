/**
 * The engines the search benchmark compares, behind one small interface: ours
 * (lib/search) and MiniSearch, fed the same rows and the same words (folded,
 * camelCase code words, every locale), so the figures compare engines, not inputs.
 */
import MiniSearch, { type Options } from "minisearch";
import path from "node:path";
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { loadSearchIndex, search } from "../../lib/search/engine";
import { decodePostings, type SerializedSearchIndex } from "../../lib/search/format";
import { codeParts, compact, fold, typoAllowance, words } from "../../lib/search/text";
import type { FirstAnswer } from "./search-queries";

export interface Engine {
  name: string;
  /** The file a browser would fetch. */
  file: string;
  /** Parses the file into something that answers queries. */
  load(file: string): (query: string) => FirstAnswer | null;
  /** Source of a browser entry point that loads and queries an index: measures what the engine adds to the page. */
  browserEntry: string;
}

export function ownEngine(index: SerializedSearchIndex): Engine {
  return {
    name: "own (lib/search)",
    file: JSON.stringify(index),
    load(file) {
      const loaded = loadSearchIndex(JSON.parse(file));
      return (query) => {
        const hit = search(loaded, query, {}, 20).hits[0];
        return hit ? { code: hit.code.code, message: hit.code.message } : null;
      };
    },
    browserEntry: `export { loadSearchIndex, search, closestCodes } from "./lib/search/engine";`,
  };
}

interface MiniDoc {
  id: number;
  code: string;
  message: string;
  article: number;
  steps: number;
  text: string;
}

const queryTerms = (query: string): string[] => {
  const found = new Set(words(query));
  for (const token of query.split(/[^A-Za-z0-9]+/)) for (const part of codeParts(token).parts) found.add(part);
  found.add(compact(query));
  return [...found].filter(Boolean);
};

const miniOptions: Options<MiniDoc> = {
  fields: ["code", "text"],
  storeFields: ["code", "message", "article", "steps"],
  tokenize: (text: string, field?: string): string[] => (field === "code" ? [compact(text), ...codeParts(text).parts] : words(text)),
  processTerm: (term: string): string => fold(term),
  searchOptions: {
    tokenize: queryTerms,
    boost: { code: 3 },
    prefix: true,
    fuzzy: (term: string): number => typoAllowance(term.length),
    combineWith: "OR",
  },
};

/** MiniSearch set up to do what the issue asks, as well as its options allow. */
export function miniSearchEngine(index: SerializedSearchIndex): Engine {
  const rowWords: string[][] = index.codes.map(() => []);
  index.terms.forEach((term, position) => {
    for (const row of decodePostings(index.postings[position] ?? "")) rowWords[row]?.push(term);
  });
  const documents: MiniDoc[] = index.codes.map(([code, message, article, steps], id) => ({ id, code, message, article, steps, text: (rowWords[id] ?? []).join(" ") }));
  const mini = new MiniSearch<MiniDoc>(miniOptions);
  mini.addAll(documents);
  return {
    name: "MiniSearch 7.2",
    // Its own serialisation, plus the article list ours carries too.
    file: `{"articles":${JSON.stringify(index.articles)},"mini":${JSON.stringify(mini)}}`,
    load(file) {
      const loaded = MiniSearch.loadJSON<MiniDoc>(file.slice(file.indexOf(',"mini":') + 8, -1), miniOptions);
      return (query) => {
        const hit = loaded.search(query)[0];
        return hit ? { code: String(hit.code), message: String(hit.message) } : null;
      };
    },
    browserEntry: `import MiniSearch, { type Options } from "minisearch"; import { fold, words, codeParts, compact } from "./lib/search/text"; export { MiniSearch, fold, words, codeParts, compact };`,
  };
}

/** Minified and gzipped size of what an engine adds to the browser's JavaScript. */
export async function browserBytes(engine: Engine): Promise<number> {
  const result = await build({
    stdin: { contents: engine.browserEntry, resolveDir: path.resolve("."), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length;
}
