/**
 * Where each chunk of a sorted kind starts, in two levels (issue 15): at 100,000 codes the
 * first keys of every chunk made a 31.8 KB manifest, half a first search's budget before any
 * chunk. The manifest holds, for each kind, the first key of each *page* of chunk keys; a
 * query fetches the pages it needs (one or two per kind), then the chunks. A kind with a
 * single page carries it in the manifest: a small site fetches no page.
 */

/** Chunk first-keys in one page: about 1 KB gzip of keys. */
export const defaultKeysPerPage = 128;

export interface KeyDirectory {
  /** How many chunks the kind has. */
  count: number;
  /** The first key of each page; page `p` lists the first keys of chunks `p × keysPerPage` onwards. */
  pages: string[];
  /** The file (`keys-N.json`) of page 0; the kind's other pages follow it. */
  firstFile: number;
  /** The first keys of every chunk, when they fit in one page: nothing to fetch. */
  keys?: string[];
}

/** Pages the first keys of one kind's chunks; `pageFiles` is where the index's pages so far end, and grows by this kind's. */
export function keyDirectory(firsts: readonly string[], keysPerPage: number, pageFiles: string[][]): KeyDirectory {
  if (firsts.length <= keysPerPage) return { count: firsts.length, pages: firsts.slice(0, 1), firstFile: pageFiles.length, keys: [...firsts] };
  const firstFile = pageFiles.length;
  const pages: string[] = [];
  for (let start = 0; start < firsts.length; start += keysPerPage) {
    pages.push(firsts[start] ?? "");
    pageFiles.push(firsts.slice(start, start + keysPerPage));
  }
  return { count: firsts.length, pages, firstFile };
}

export function isKeyDirectory(value: unknown): value is KeyDirectory {
  if (typeof value !== "object" || value === null) return false;
  const directory: Partial<Record<keyof KeyDirectory, unknown>> = value;
  const isStrings = (list: unknown): boolean => Array.isArray(list) && list.every((item) => typeof item === "string");
  return (
    typeof directory.count === "number" &&
    isStrings(directory.pages) &&
    typeof directory.firstFile === "number" &&
    (directory.keys === undefined || isStrings(directory.keys))
  );
}

/** The last position whose key is not after `key` (0 when every key is after it). */
export function lastNotAfter(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((keys[middle] ?? "") <= key) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low - 1);
}

/**
 * One kind's directory as a query sees it: the pages fetched so far. A question it cannot
 * answer yet adds the pages it needs to `missing` and answers with what it knows; the caller
 * fetches them and asks again (`SplitSearch.plan`).
 */
export class ChunkDirectory {
  private readonly loaded = new Map<number, readonly string[]>();

  constructor(
    private readonly directory: KeyDirectory,
    private readonly keysPerPage: number,
  ) {
    if (directory.keys) this.loaded.set(0, directory.keys);
  }

  /** The file of each page, for fetching it. */
  fileOf(page: number): number {
    return this.directory.firstFile + page;
  }

  /** The page a file holds, if it is one of this kind's. */
  pageOfFile(file: number): number | undefined {
    const page = file - this.directory.firstFile;
    return this.directory.keys === undefined && page >= 0 && page < this.directory.pages.length ? page : undefined;
  }

  addPage(page: number, keys: readonly string[]): void {
    this.loaded.set(page, keys);
  }

  /** The first key of a chunk, or undefined (and its page added to `missing`) when its page is not here. */
  private firstOf(chunk: number, missing: Set<number>): string | undefined {
    const page = Math.floor(chunk / this.keysPerPage);
    if (chunk % this.keysPerPage === 0) return this.directory.pages[page];
    const keys = this.loaded.get(page);
    if (!keys) missing.add(page);
    return keys?.[chunk % this.keysPerPage];
  }

  /** The last chunk whose first key is not after `key`. */
  chunkOf(key: string, missing: Set<number>): number | undefined {
    if (this.directory.count === 0) return undefined;
    const page = lastNotAfter(this.directory.pages, key);
    const keys = this.loaded.get(page);
    if (!keys) {
      missing.add(page);
      return undefined;
    }
    return page * this.keysPerPage + lastNotAfter(keys, key);
  }

  /** Every chunk that may hold a key starting with `prefix`; whole pages inside the range need not be fetched. */
  rangeOf(prefix: string, missing: Set<number>): number[] {
    const start = this.chunkOf(prefix, missing);
    if (start === undefined) return [];
    const chunks = [start];
    for (let chunk = start + 1; chunk < this.directory.count; chunk++) {
      const page = Math.floor(chunk / this.keysPerPage);
      const nextPage = this.directory.pages[page + 1];
      if (chunk % this.keysPerPage === 0 && this.directory.pages[page]?.startsWith(prefix) && nextPage?.startsWith(prefix)) {
        // Every chunk of this page starts between two keys that begin with the prefix.
        const end = Math.min(this.directory.count, (page + 1) * this.keysPerPage);
        for (; chunk < end; chunk++) chunks.push(chunk);
        chunk--;
        continue;
      }
      const first = this.firstOf(chunk, missing);
      if (first === undefined || !first.startsWith(prefix)) break;
      chunks.push(chunk);
    }
    return chunks;
  }
}
