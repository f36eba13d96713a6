/**
 * Search over a split index (`split.ts`), in the browser: for each query, the chunks it
 * needs are fetched (once each) and merged into a partial index that the engine ranks as it
 * ranks the whole one; then the rows shown are fetched. What a query needs mirrors what
 * `rank` reads: the codes and suffixes under the query (and under the rarest of its words),
 * the terms of its words, and, for a misspelt code, the codes beside where it would sort.
 * Where a kind has too many chunks for the manifest to list, the pages of their first keys
 * (`key-directory.ts`) are fetched first. Terms come in pieces of rows: a query ranks on the
 * first piece, shows its best hit as soon as nothing still to come could rank above it
 * (`isCertain`), then fetches the rest. A short query may have its answer stored instead.
 */
import { closestRows, type Ranking, hitsOf, makeSpelling, matchScore, maxForgivingWords, rank, type SearchHit, type SearchArticle, type SearchCode, type SearchFilters, type SearchIndex, type SearchResult, type SearchSpelling } from "./engine";
import { decodePostings, encodePostings } from "./format";
import { ChunkDirectory } from "./key-directory";
import { type AnswerEntry, answerRanking, answerRows, isAnswerEntry, shortAnswerKey } from "./short-answers";
import { type ChunkKind, chunkKinds, type CodeEntry, reversed, type RowChunk, type SortedKind, sortedKinds, type SplitManifest, type SuffixEntry, type TermEntry, termKey } from "./split";
import { codeParts, compact, editDistance, typoAllowance, words } from "./text";

export type FetchChunk = (kind: ChunkKind, chunk: number) => Promise<unknown>;

const maxPastedWords = 20;

/** A misspelt code is looked for in at most this many chunks at each end. */
const typoChunks = 5;

/** The key-directory pages a plan still needs, by kind. */
type MissingPages = Map<SortedKind, Set<number>>;

/** The chunks to fetch, as `kind:chunk`. */
type Needed = Set<`${ChunkKind}:${number}`>;

/** A first search fetches the rarest code word's chunks only when they are this few (beyond, its first answer must come from the others). */
const cheapCodeWordChunks = 4;

/** What a plan fetches, and so what a ranking on its chunks can be sure of. */
interface Plan {
  needed: Needed;
  /** Are the chunks of every code holding all the query's words (as words of the code) among them? */
  hasCodeWords: boolean;
  /** Are the rows of every term of the query's words, in every piece, among them? */
  wordsComplete: boolean;
  /** Below this row, every row holding all the query's words (as message or title words) is known. */
  allWordsSureBelow: number;
}

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
  /** Each loaded term's pieces (`TermEntry`), in piece order. */
  private termPieces = new Map<string, TermEntry[]>();
  /** The terms of the first piece fetched so far, with the later pieces holding each. */
  private readonly vocabulary = new Map<string, number[]>();
  /** How many pieces the terms' rows are cut into. */
  private readonly pieces: number;
  /** Term chunks arrived since the terms were last merged (`rebuildTerms`, once before ranking). */
  private termsChanged = false;

  constructor(
    readonly manifest: SplitManifest,
    private readonly fetchChunk: FetchChunk,
  ) {
    this.articleStarts = decodePostings(manifest.articleStarts);
    this.pieces = Math.max(1, Math.ceil(manifest.rows / manifest.rowsPerPiece));
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
   * `pieces` is how many pieces of the words' rows: the first, then as many more of those
   * holding every word; all of every word's once it is the number of pieces. `cheapCodeWords`
   * looks for code words typed apart only if their chunks are few; `nearby`, for codes like
   * the query however short it is (`closest`).
   */
  private plan(query: string, missing: MissingPages, { nearby = false, cheapCodeWords = false, pieces = this.pieces } = {}): Plan {
    const needed: Needed = new Set();
    const whole = compact(query);
    const queryWords = words(query).slice(0, maxPastedWords);
    const plan: Plan = { needed, hasCodeWords: queryWords.length <= 1, wordsComplete: true, allWordsSureBelow: this.manifest.rows };
    if (!whole) return plan;
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
      if (rarest && (!cheapCodeWords || rarest.span <= cheapCodeWordChunks)) {
        add("codes", range("codes", rarest.word));
        add("suffixes", range("suffixes", rarest.word));
        plan.hasCodeWords = true;
      }
    }
    const stillTyping = !/\s$/.test(query);
    const forgiving = queryWords.length <= maxForgivingWords;
    // Each word's terms, read from the first piece (which lists every term), or undefined until its chunks are here.
    const wordTerms = queryWords.map((word, position) => {
      // The last word is completed while typing (and so is it in the phrase tie-break).
      const completed = position === queryWords.length - 1 && stillTyping && word.length >= 2;
      const firstPiece = completed ? range("terms", termKey(0, word)) : chunkAt("terms", termKey(0, word));
      add("terms", firstPiece);
      return { word, completed, terms: firstPiece.every((chunk) => this.termChunks.has(chunk)) ? this.termsOf(word, completed, forgiving) : undefined };
    });
    if (this.pieces === 1) return plan;
    const laterPieces = Array.from({ length: this.pieces - 1 }, (_, at) => at + 1);
    const piecesOf = (terms: string[] | undefined): Set<number> => new Set(terms === undefined ? laterPieces : terms.flatMap((term) => this.vocabulary.get(term) ?? []));
    // Only a piece holding every word may hold a row with all of them: the best rows for message words.
    const wordPieces = wordTerms.map(({ terms }) => piecesOf(terms));
    const candidates = laterPieces.filter((piece) => wordPieces.every((list) => list.has(piece)));
    const fetched = pieces >= this.pieces ? laterPieces : candidates.slice(0, pieces - 1);
    const notFetched = candidates.find((piece) => !fetched.includes(piece));
    plan.wordsComplete = fetched.length === laterPieces.length;
    plan.allWordsSureBelow = notFetched === undefined ? this.manifest.rows : notFetched * this.manifest.rowsPerPiece;
    wordTerms.forEach(({ word, completed, terms }, position) => {
      for (const piece of fetched) {
        if (terms === undefined) add("terms", completed ? range("terms", termKey(piece, word)) : chunkAt("terms", termKey(piece, word)));
        else if (wordPieces[position]?.has(piece)) for (const term of terms) if (this.vocabulary.get(term)?.includes(piece)) add("terms", chunkAt("terms", termKey(piece, term)));
      }
    });
    return plan;
  }

  /** The terms of the first piece a query word stands for, as the engine's `termsFor` finds them. */
  private termsOf(word: string, completed: boolean, forgiving: boolean): string[] {
    const known = [...this.vocabulary.keys()];
    const found = known.filter((term) => term === word || (completed && term.startsWith(word)));
    const allowance = typoAllowance(word.length);
    if (found.length > 0 || !forgiving || allowance === 0) return found;
    return known.filter((term) => editDistance(word, term, allowance) <= allowance);
  }

  /** Fetches what a plan needs: the key pages it asks for until it asks for none, then its chunks. */
  private async fetchPlanned<Planned extends { needed: Needed }>(plan: (missing: MissingPages) => Planned): Promise<Planned> {
    for (;;) {
      const missing: MissingPages = new Map();
      const planned = plan(missing);
      const pages = [...missing].flatMap(([kind, list]) => [...list].map((page) => this.loadPage(kind, page)));
      if (pages.length === 0) {
        await Promise.all([...planned.needed].map((key) => this.loadKey(key)));
        return planned;
      }
      await Promise.all(pages);
    }
  }

  /**
   * Ranks a query once its chunks are here, then fetches the rows it shows. A query whose
   * words are common would wait for every row of them: its first answer is ranked on the
   * first piece of rows, and shown (`onFirst`, the best hit alone) when nothing still to come
   * could rank above it; the whole answer follows.
   */
  async search(query: string, filters: SearchFilters = {}, limit = 20, onFirst?: (first: SearchResult) => void): Promise<SearchResult> {
    const stored = await this.storedAnswer(query, filters, limit);
    if (stored) return this.shown(stored);
    // Without `onFirst`, the first piece is fetched first all the same: it tells which later pieces hold the query's words.
    let pieces = 1;
    let cheapCodeWords = onFirst !== undefined;
    let waiting = onFirst;
    for (;;) {
      const plan = await this.fetchPlanned((missing) => this.plan(query, missing, { cheapCodeWords, pieces }));
      const ranking = rank(this.partialIndex(), query, filters, limit);
      if (plan.hasCodeWords && plan.wordsComplete) return this.shown(ranking);
      if (waiting && this.isCertain(ranking, plan, query)) {
        waiting(await this.shown({ ...ranking, rows: ranking.rows.slice(0, 1) }));
        waiting = undefined;
      }
      // Until the first answer is certain, twice as many pieces each time; then the rest at once.
      pieces = waiting ? Math.min(this.pieces, pieces * 2) : this.pieces;
      cheapCodeWords = false;
    }
  }

  /** Is the best row of a ranking on some of a plan's chunks the best row on all of them? */
  private isCertain(ranking: Ranking, plan: Plan, query: string): boolean {
    const [top] = ranking.rows;
    if (!top) return false;
    const { best } = ranking;
    // A code holding the query's words apart may be in a chunk not fetched; it ranks above message words.
    if (!plan.hasCodeWords && best <= matchScore("parts", 0)) return false;
    if (plan.wordsComplete) return true;
    // A row not fetched may hold every word, even as a phrase: it ranks above fewer words, and below an earlier row alike.
    const wordsAtBest = matchScore("words", words(query).length > 1 ? 1 : 0);
    if (best > wordsAtBest) return true;
    if (best < matchScore("words", 0)) return false;
    return plan.allWordsSureBelow >= this.manifest.rows || (best === wordsAtBest && top.row < plan.allWordsSureBelow);
  }

  /** A ranking's hits, once their rows are here. */
  private async shown(ranking: Pick<Ranking, "rows" | "total" | "terms">): Promise<SearchResult> {
    await this.loadRows(ranking.rows.map(({ row }) => row));
    return { hits: hitsOf(this.index, ranking.rows), total: ranking.total, terms: ranking.terms };
  }

  /** The answer the build stored for a short query, when there is one and it serves (no filter, no more rows than it holds). */
  private async storedAnswer(query: string, filters: SearchFilters, limit: number): Promise<Pick<Ranking, "rows" | "total" | "terms"> | undefined> {
    const key = shortAnswerKey(query);
    if (key === undefined || filters.article !== undefined || filters.service !== undefined || limit > answerRows) return undefined;
    await this.fetchPlanned((missing) => {
      const needed: Needed = new Set();
      const pages = new Set<number>();
      const chunk = this.directories.answers.chunkOf(key, pages);
      if (pages.size > 0) missing.set("answers", pages);
      if (chunk !== undefined) needed.add(`answers:${chunk}`);
      return { needed };
    });
    const entry = this.answers.get(key);
    if (!entry) return undefined;
    const { rows, total, terms } = answerRanking(entry);
    return { rows: rows.slice(0, limit), total, terms };
  }

  /** The codes a person most likely meant (`closestCodes`), compared with the codes that begin or end as the query does. */
  async closest(query: string, count = 5, filters: SearchFilters = {}): Promise<SearchHit[]> {
    await this.fetchPlanned((missing) => this.plan(query, missing, { nearby: true, pieces: 1 }));
    await this.fetchPlanned((missing) => this.plan(query, missing, { nearby: true }));
    const rows = closestRows(this.partialIndex(), query, count, filters);
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
      const entries = asEntries(data, isTermEntry, kind, chunk);
      this.termChunks.set(chunk, entries);
      for (const [term, , , piece, later] of entries) if (piece === 0) this.vocabulary.set(term, later ? later.split(".").map((at) => parseInt(at, 36)) : []);
      this.termsChanged = true;
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

  /** The partial index, with the terms of every chunk fetched so far: what the engine ranks. */
  private partialIndex(): SearchIndex {
    if (this.termsChanged) this.rebuildTerms();
    this.termsChanged = false;
    return this.index;
  }

  /** The loaded terms, sorted as the engine looks them up, each with the rows of the pieces fetched. */
  private rebuildTerms(): void {
    const pieces = new Map<string, TermEntry[]>();
    for (const entries of this.termChunks.values()) {
      for (const entry of entries) {
        const list = pieces.get(entry[0]);
        if (list) list.push(entry);
        else pieces.set(entry[0], [entry]);
      }
    }
    const terms = [...pieces.keys()].sort();
    this.termPieces = new Map(terms.map((term) => [term, (pieces.get(term) ?? []).sort((a, b) => a[3] - b[3])]));
    this.index.terms = terms;
    this.index.postings = terms.map((term) => {
      const [only, ...more] = this.termPieces.get(term) ?? [];
      if (!only) return "";
      return more.length === 0 ? only[1] : encodePostings([only, ...more].flatMap(([, rows]) => decodePostings(rows)));
    });
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
      for (const [, rows, encoded] of this.termPieces.get(term) ?? []) {
        const lists = encoded ? encoded.split(";") : [];
        decodePostings(rows).forEach((at, position) => {
          const list = lists[position];
          if (list) byRow?.set(at, list.split(",").map((value) => parseInt(value, 36)));
        });
      }
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
  return Array.isArray(value) && isString(value[0]) && isString(value[1]) && isString(value[2]) && isNumber(value[3]) && isString(value[4]);
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
