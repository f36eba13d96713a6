/**
 * How search sees text: accents folded, case ignored, codes cut into their
 * camelCase words. Shared by the index builder (at build time) and the engine
 * (in the browser), so both sides always agree on what a word is.
 */

/** `Não É` → `nao e`; `Größe` → `grosse`. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").replace(/ß/g, "ss").toLowerCase();
}

/** The folded words of a text, in order, repeats kept. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** A query or code with everything but letters and digits removed: `guest agent` → `guestagent`. */
export function compact(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, "");
}

/** A run of capitals is one word (`SSD`), a capital starts a word (`Rp`), digits stand alone (`V2` → `v`, `2`). */
const codeWord = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g;

export interface CodeParts {
  /** The lower-case words: `UserErrorRpCollection` → `user`, `error`, `rp`, `collection`. */
  parts: string[];
  /** Where each word starts in the compacted lower-case code. */
  starts: number[];
}

export function codeParts(code: string): CodeParts {
  const parts: string[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (const match of code.replace(/[^A-Za-z0-9]+/g, " ").matchAll(codeWord)) {
    parts.push(match[0].toLowerCase());
    starts.push(offset);
    offset += match[0].length;
  }
  return { parts, starts };
}

/**
 * Optimal string alignment distance (Levenshtein plus swapped neighbours, so
 * `Agnet` is one mistake from `Agent`), computed only up to `limit` and only in
 * the band of cells that can stay under it: any larger distance is reported as
 * `limit + 1`. That keeps thousands of comparisons per keystroke cheap.
 */
// Three rows of the distance table, reused by every call: a search compares thousands of pairs.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function editDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows[0].length < width) rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  let [beforePrevious, previous, current] = rows;
  beforePrevious.fill(over, 0, width);
  previous.fill(over, 0, width);
  for (let j = 0; j <= Math.min(b.length, limit); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    // Only the band from..to is computed; its neighbours must read as "too far".
    current.fill(over, Math.max(0, from - 1), Math.min(width, to + 2));
    current[0] = Math.min(i, over);
    let rowBest = current[0] ?? over;
    const charA = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const charB = b.charCodeAt(j - 1);
      let value = Math.min((previous[j] ?? over) + 1, (current[j - 1] ?? over) + 1, (previous[j - 1] ?? over) + (charA === charB ? 0 : 1));
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === charB) {
        value = Math.min(value, (beforePrevious[j - 2] ?? over) + 1);
      }
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return over;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length] ?? over, over);
}

/** How many typing mistakes a word of this length may carry and still be recognised. */
export function typoAllowance(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** Dice coefficient over letter pairs: 1 for the same text, 0 for nothing in common. */
export function pairSimilarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const pair = a.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const pair = b.slice(i, i + 2);
    const left = pairs.get(pair) ?? 0;
    if (left > 0) {
      shared++;
      pairs.set(pair, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}
