/**
 * Search over a split index (`split.ts`), in the browser: for each query, the chunks it
 * needs are fetched (once each) and merged into a partial index that the engine ranks as it
 * ranks the whole one; then the rows shown are fetched. What a query needs mirrors what
 * `rank` reads: the codes and suffixes under the query (and under the rarest of its words),
 * the terms of its words, and, for a misspelt code, the codes beside where it would sort.
 */
import { closestRows, type Ranking, hitsOf, makeSpelling, rank, type SearchHit, type SearchArticle, type SearchCode, type SearchFilters, type SearchIndex, type SearchResult, type SearchSpelling } from "./engine";
import { decodePostings } from "./format";
import { ChunkDirectory } from "./key-directory";
import { type AnswerEntry, answerRanking, answerRows, isAnswerEntry, shortAnswerKey } from "./short-answers";
import { type ChunkKind, chunkKinds, type CodeEntry, reversed, type RowChunk, type SortedKind, sortedKinds, type SplitManifest, type SuffixEntry, type TermEntry } from "./split";
import { codeParts, compact, typoAllowance, words } from "./text";

export type FetchChunk = (kind: ChunkKind, chunk: number) => Promise<unknown>;

const maxPastedWords = 20;

/** A misspelt code is looked for in at most this many chunks at each end. */
const typoChunks = 5;

/** The key-directory pages a plan still needs, by kind. */
type MissingPages = Map<SortedKind, Set<number>>;

/** The chunks to fetch, as `kind:chunk`. */
type Needed = Set<`${ChunkKind}:${number}`>;

export class SplitSearch {
  readonly index: SearchIndex;
  private readonly loading = new Map<string, Promise<void>>();
  private readonly termChunks = new Map<number, TermEntry[]>();
  private readonly articleStarts: number[];
  private readonly articlesByPosition = new Map<number, SearchArticle>();
  /** Where each loaded term stands in each row's message. */
  private positions = new Map<string, Map<number, number[]>>();
  private readonly directories: Record<SortedKind, ChunkDirectory>;
  /** Stored answers of short queries (`short-answers.ts`), by query, from the chunks fetched. */
  private readonly answers = new Map<string, AnswerEntry>();
  private termPositions = new Map<string, string>();

  constructor(
    readonly manifest: SplitManifest,
    private readonly fetchChunk: FetchChunk,
  ) {
    this.articleStarts = decodePostings(manifest.articleStarts);
    this.directories = {
      codes: new ChunkDirectory(manifest.chunks.codes, manifest.keysPerPage),
      ends: new ChunkDirectory(manifest.chunks.ends, manifest.keysPerPage),
      suffixes: new ChunkDirectory(manifest.chunks.suffixes, manifest.keysPerPage),
      terms: new ChunkDirectory(manifest.chunks.terms, manifest.keysPerPage),
      answers: new ChunkDirectory(manifest.chunks.answers, manifest.keysPerPage),
    };
    const codes: SearchCode[] = [];
    this.index = {
      locale: manifest.locale,
      articles: [],
      services: manifest.services,
      rowCount: manifest.rows,
      codes,
      articleOf: (row) => this.articleOf(row),
      hasPhrase: (row, queryWords, lastIsPrefix) => this.hasPhrase(row, queryWords, lastIsPrefix),
      spellings: [],
      rowsByKey: new Map(),
      terms: [],
      postings: [],
      decoded: new Map(),
    };
  }

  /**
   * The chunks a query needs before it can be ranked, as far as the key pages fetched so far
   * tell: a page still needed is added to `missing`, and the plan is made again once it is here.
   */
  private plan(query: string, missing: MissingPages, { nearby = false } = {}): Needed {
    const needed: Needed = new Set();
    const whole = compact(query);
    const queryWords = words(query).slice(0, maxPastedWords);
    if (!whole) return needed;
    const pagesOf = (kind: SortedKind): Set<number> => {
      let pages = missing.get(kind);
      if (!pages) missing.set(kind, (pages = new Set()));
      return pages;
    };
    const range = (kind: SortedKind, prefix: string, pages = pagesOf(kind)): number[] => this.directories[kind].rangeOf(prefix, pages);
    const chunkAt = (kind: SortedKind, key: string): number[] => {
      const chunk = this.directories[kind].chunkOf(key, pagesOf(kind));
      return chunk === undefined ? [] : [chunk];
    };
    /** The chunks of the shortest beginning of `key` (two letters at least) that spans at most `typoChunks` chunks. */
    const neighbourhood = (kind: SortedKind, key: string): number[] => {
      for (let length = 2; length < key.length; length++) {
        const pages = new Set<number>();
        const chunks = range(kind, key.slice(0, length), pages);
        // A range already too long needs none of its pages.
        if (chunks.length > typoChunks) continue;
        pages.forEach((page) => pagesOf(kind).add(page));
        return chunks;
      }
      return range(kind, key);
    };
    const add = (kind: ChunkKind, list: number[]): void => list.forEach((chunk) => needed.add(`${kind}:${chunk}`));
    add("codes", range("codes", whole));
    add("suffixes", range("suffixes", whole));
    // The closest codes (`nearby`) are looked for where a misspelling would be, however short the query.
    if (nearby || typoAllowance(whole.length) > 0) {
      add("codes", neighbourhood("codes", whole));
      add("ends", neighbourhood("ends", reversed(whole)));
    }
    if (queryWords.length > 1) {
      for (const word of queryWords) add("codes", chunkAt("codes", word));
      // Code words typed apart: every candidate has a word starting with each of them, so the rarest one's chunks hold them all.
      const rarest = queryWords
        .map((word) => ({ word, span: range("codes", word).length + range("suffixes", word).length }))
        .sort((a, b) => a.span - b.span)[0];
      if (rarest) {
        add("codes", range("codes", rarest.word));
        add("suffixes", range("suffixes", rarest.word));
      }
    }
    const stillTyping = !/\s$/.test(query);
    queryWords.forEach((word, position) => {
      // The last word is completed while typing (and so is it in the phrase tie-break).
      if (position === queryWords.length - 1 && stillTyping && word.length >= 2) add("terms", range("terms", word));
      else add("terms", chunkAt("terms", word));
    });
    return needed;
  }

  /** Fetches what a plan needs: the key pages it asks for until it asks for none, then its chunks. */
  private async fetchPlanned(plan: (missing: MissingPages) => Needed): Promise<void> {
    for (;;) {
      const missing: MissingPages = new Map();
      const needed = plan(missing);
      const pages = [...missing].flatMap(([kind, list]) => [...list].map((page) => this.loadPage(kind, page)));
      if (pages.length === 0) {
        await Promise.all([...needed].map((key) => this.loadKey(key)));
        return;
      }
      await Promise.all(pages);
    }
  }

  /** The chunks a query needs (fetching key pages as it must): what the bench counts. */
  async chunksFor(query: string): Promise<Array<[ChunkKind, number]>> {
    let needed: Needed = new Set();
    await this.fetchPlanned((missing) => (needed = this.plan(query, missing)));
    return [...needed].map((key) => this.parseKey(key));
  }

  /** Ranks a query once its chunks are here, then fetches the rows it shows. */
  async search(query: string, filters: SearchFilters = {}, limit = 20): Promise<SearchResult> {
    const ranking: Ranking = (await this.storedAnswer(query, filters, limit)) ?? (await this.ranked(query, filters, limit));
    await this.loadRows(ranking.rows.map(({ row }) => row));
    return { hits: hitsOf(this.index, ranking.rows), total: ranking.total, terms: ranking.terms };
  }

  private async ranked(query: string, filters: SearchFilters, limit: number): Promise<Ranking> {
    await this.fetchPlanned((missing) => this.plan(query, missing));
    return rank(this.index, query, filters, limit);
  }

  /** The answer the build stored for a short query, when there is one and it serves (no filter, no more rows than it holds). */
  private async storedAnswer(query: string, filters: SearchFilters, limit: number): Promise<Ranking | undefined> {
    const key = shortAnswerKey(query);
    if (key === undefined || filters.article !== undefined || filters.service !== undefined || limit > answerRows) return undefined;
    await this.fetchPlanned((missing) => {
      const needed: Needed = new Set();
      const pages = new Set<number>();
      const chunk = this.directories.answers.chunkOf(key, pages);
      if (pages.size > 0) missing.set("answers", pages);
      if (chunk !== undefined) needed.add(`answers:${chunk}`);
      return needed;
    });
    const entry = this.answers.get(key);
    if (!entry) return undefined;
    const { rows, total, terms } = answerRanking(entry);
    return { rows: rows.slice(0, limit), total, terms };
  }

  /** The codes a person most likely meant (`closestCodes`), compared with the codes that begin or end as the query does. */
  async closest(query: string, count = 5, filters: SearchFilters = {}): Promise<SearchHit[]> {
    await this.fetchPlanned((missing) => this.plan(query, missing, { nearby: true }));
    const rows = closestRows(this.index, query, count, filters);
    await this.loadRows(rows.map(({ row }) => row));
    return hitsOf(this.index, rows);
  }

  /** Every code that passes the filters, in article order (`listCodes`): what a filter shows before anything is typed. */
  async list(filters: SearchFilters, limit = 20): Promise<SearchResult> {
    const rows: number[] = [];
    let total = 0;
    this.articleStarts.forEach((start, position) => {
      const end = this.articleStarts[position + 1] ?? this.manifest.rows;
      const service = this.manifest.services[this.manifest.articleServices[position] ?? -1] ?? "";
      if (filters.article !== undefined && filters.article !== position) return;
      if (filters.service !== undefined && filters.service !== service) return;
      total += end - start;
      for (let row = start; row < end && rows.length < limit; row++) rows.push(row);
    });
    await this.loadRows(rows);
    return { hits: hitsOf(this.index, rows.map((row) => ({ row, kind: "listed" }))), total, terms: [] };
  }

  /** Fetches the chunks holding these rows. */
  async loadRows(rows: readonly number[]): Promise<void> {
    const chunks = new Set(rows.map((row) => Math.floor(row / this.manifest.rowsPerChunk)));
    await Promise.all([...chunks].map((chunk) => this.load("rows", chunk)));
  }

  private loadPage(kind: SortedKind, page: number): Promise<void> {
    return this.load("keys", this.directories[kind].fileOf(page));
  }

  private loadKey(key: `${ChunkKind}:${number}`): Promise<void> {
    const [kind, chunk] = this.parseKey(key);
    return this.load(kind, chunk);
  }

  private parseKey(key: `${ChunkKind}:${number}`): [ChunkKind, number] {
    const [name, chunk] = key.split(":");
    const kind = chunkKinds.find((candidate) => candidate === name);
    if (!kind) throw new Error(`no chunk kind ${name}`);
    return [kind, Number(chunk)];
  }

  private load(kind: ChunkKind, chunk: number): Promise<void> {
    const key = `${kind}:${chunk}`;
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.fetchChunk(kind, chunk).then((data) => this.merge(kind, chunk, data));
      pending.catch(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  private merge(kind: ChunkKind, chunk: number, data: unknown): void {
    if (kind === "rows") this.mergeRows(chunk, data);
    else if (kind === "keys") this.mergeKeys(chunk, data);
    else if (kind === "answers") for (const entry of asEntries(data, isAnswerEntry, kind, chunk)) this.answers.set(entry[0], entry);
    else if (kind === "codes") this.addSpellings(asEntries(data, isCodeEntry, kind, chunk));
    else if (kind === "suffixes" || kind === "ends") this.addSpellings(asEntries(data, isSuffixEntry, kind, chunk).map(([, text, row, canonical]): [string, number, 0 | 1] => [text, row, canonical]));
    else {
      this.termChunks.set(chunk, asEntries(data, isTermEntry, kind, chunk));
      this.rebuildTerms();
    }
  }

  private readonly spellingKeys = new Set<string>();

  /** Adds a chunk's spellings (each once, however many chunks hold it) to the partial index. */
  private addSpellings(entries: ReadonlyArray<readonly [text: string, row: number, canonical: 0 | 1]>): void {
    const { spellings } = this.index;
    for (const [text, row, canonical] of entries) {
      const key = `${row}\u0000${text}`;
      if (this.spellingKeys.has(key)) continue;
      this.spellingKeys.add(key);
      spellings.push(makeSpelling(row, text, canonical === 1));
    }
    // The engine meets spellings in row order, as in the whole index, so equal scores keep the same spelling.
    spellings.sort((a, b) => a.row - b.row || Number(b.canonical) - Number(a.canonical));
  }

  private rebuildTerms(): void {
    const terms: string[] = [];
    const postings: string[] = [];
    this.termPositions = new Map();
    for (const chunk of [...this.termChunks.keys()].sort((a, b) => a - b)) {
      for (const [term, rows, positions] of this.termChunks.get(chunk) ?? []) {
        terms.push(term);
        postings.push(rows);
        this.termPositions.set(term, positions);
      }
    }
    this.index.terms = terms;
    this.index.postings = postings;
    this.index.decoded = new Map();
    this.positions = new Map();
  }

  private mergeKeys(file: number, data: unknown): void {
    if (!Array.isArray(data) || !data.every(isString)) throw new Error(`search chunk keys ${file} is damaged`);
    for (const kind of sortedKinds) {
      const page = this.directories[kind].pageOfFile(file);
      if (page !== undefined) this.directories[kind].addPage(page, data);
    }
  }

  private mergeRows(chunk: number, data: unknown): void {
    if (!isRowChunk(data)) throw new Error(`search chunk rows ${chunk} is damaged`);
    for (const [position, slug, title, service] of data.articles) this.articlesByPosition.set(position, { position, slug, title, service });
    data.rows.forEach(([code, message, articlePosition, steps, printed = []], offset) => {
      const article = this.articlesByPosition.get(articlePosition);
      if (!article) return;
      const row = chunk * this.manifest.rowsPerChunk + offset;
      const { parts, starts } = codeParts(code);
      this.index.codes[row] = { row, code, key: compact(code), parts, starts, message, article, steps, spellings: printed };
    });
  }

  private articleOf(row: number): { position: number; service: string } | undefined {
    let low = 0;
    let high = this.articleStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.articleStarts[middle] ?? 0) <= row) low = middle + 1;
      else high = middle;
    }
    const position = low - 1;
    if (position < 0) return undefined;
    return { position, service: this.manifest.services[this.manifest.articleServices[position] ?? -1] ?? "" };
  }

  private positionsOf(term: string, row: number): number[] {
    let byRow = this.positions.get(term);
    if (!byRow) {
      byRow = new Map();
      const encoded = this.termPositions.get(term) ?? "";
      const rows = decodePostings(this.index.postings[this.index.terms.indexOf(term)] ?? "");
      const lists = encoded ? encoded.split(";") : [];
      rows.forEach((at, position) => {
        const list = lists[position];
        if (list) byRow?.set(at, list.split(",").map((value) => parseInt(value, 36)));
      });
      this.positions.set(term, byRow);
    }
    return byRow.get(row) ?? [];
  }

  /** The message's words in the query's order, the last one perhaps only begun: read from the terms' positions. */
  private hasPhrase(row: number, queryWords: readonly string[], lastIsPrefix: boolean): boolean {
    const last = queryWords.at(-1);
    const [first] = queryWords;
    if (first === undefined || last === undefined) return false;
    const lastTerms = lastIsPrefix ? this.index.terms.filter((term) => term.startsWith(last)) : [last];
    return this.positionsOf(first, row).some((start) => {
      for (let k = 1; k < queryWords.length - 1; k++) {
        if (!this.positionsOf(queryWords[k] ?? "", row).includes(start + k)) return false;
      }
      return lastTerms.some((term) => this.positionsOf(term, row).includes(start + queryWords.length - 1));
    });
  }
}

/** A chunk's entries; a damaged chunk (another build's, a broken download) is refused, not half read. */
function asEntries<T>(data: unknown, isEntry: (value: unknown) => value is T, kind: ChunkKind, chunk: number): T[] {
  if (!Array.isArray(data) || !data.every(isEntry)) throw new Error(`search chunk ${kind} ${chunk} is damaged`);
  return data.filter(isEntry);
}

const isString = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number => typeof value === "number";
const isFlag = (value: unknown): value is 0 | 1 => value === 0 || value === 1;

function isCodeEntry(value: unknown): value is CodeEntry {
  return Array.isArray(value) && isString(value[0]) && isNumber(value[1]) && isFlag(value[2]);
}

function isSuffixEntry(value: unknown): value is SuffixEntry {
  return Array.isArray(value) && isString(value[0]) && isString(value[1]) && isNumber(value[2]) && isFlag(value[3]);
}

function isTermEntry(value: unknown): value is TermEntry {
  return Array.isArray(value) && isString(value[0]) && isString(value[1]) && isString(value[2]);
}

function isRowChunk(value: unknown): value is RowChunk {
  if (typeof value !== "object" || value === null || !("articles" in value) || !("rows" in value)) return false;
  const { articles, rows } = value;
  return (
    Array.isArray(articles) &&
    articles.every((article) => Array.isArray(article) && isNumber(article[0]) && isString(article[1]) && isString(article[2]) && isString(article[3])) &&
    Array.isArray(rows) &&
    rows.every((row) => Array.isArray(row) && isString(row[0]) && isString(row[1]) && isNumber(row[2]) && isNumber(row[3]))
  );
}
