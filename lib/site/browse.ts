/**
 * The A–Z view of the codes for browsing without search: codes sorted as a
 * person reads them, grouped by their first letter, with a jump bar that shows
 * every letter and marks the ones no code starts with.
 */

export interface LetterGroup<T> {
  /** `A`–`Z`, or `#` for codes that start with a digit or anything else. */
  letter: string;
  /** The id the jump bar links to. */
  id: string;
  items: T[];
}

export const otherLetter = "#";

/**
 * Up to this many codes the index lists every one of them, by article and from A to Z.
 * Beyond it each letter has its own page (a vendor's 10,000 codes made an index of
 * 7.6 MB that took Next.js over a minute to render), and the index lists the articles.
 */
export const codesListedOnIndex = 1000;

/**
 * Beyond this many articles the index lists none of them (nor offers them as a search
 * filter): at 100,000 codes a vendor has some 2,000 articles, and the index would weigh
 * a megabyte. Each error page links to its article; the letter pages list every code.
 */
export const articlesListedOnIndex = 100;

/** What the index lists: every code (by article and A–Z), only the articles, or neither (the letters lead on). */
export function indexListing(codeCount: number, articleCount: number): "codes" | "articles" | "letters" {
  if (codeCount <= codesListedOnIndex) return "codes";
  return articleCount <= articlesListedOnIndex ? "articles" : "letters";
}

/** A letter page lists at most this many codes; a letter with more gets numbered pages. */
export const codesPerLetterPage = 250;

/**
 * A letter's codes cut into as few pages of at most `size` as they need, in order and evenly
 * (252 codes make two pages of 126, not 250 and 2); always at least one page.
 */
export function letterPages<T>(items: readonly T[], size: number = codesPerLetterPage): T[][] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const perPage = Math.max(1, Math.ceil(items.length / count));
  return Array.from({ length: count }, (_, page) => items.slice(page * perPage, (page + 1) * perPage));
}

/** A page number from the URL (`2` in `/codes/u/2/`), or null when it is not one of a letter's pages. */
export function pageFromSlug(slug: string, pageCount: number): number | null {
  if (!/^[1-9]\d*$/.test(slug)) return null;
  const page = Number(slug);
  return page >= 2 && page <= pageCount ? page : null;
}
const alphabet = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));

function letterOf(code: string): string {
  const first = code.charAt(0).toUpperCase();
  return alphabet.includes(first) ? first : otherLetter;
}

export function letterId(letter: string): string {
  return letter === otherLetter ? "az-other" : `az-${letter}`;
}

/** The letter's segment in the URL of its page: `u`, or `other` for `#`. */
export function letterSlug(letter: string): string {
  return letter === otherLetter ? "other" : letter.toLowerCase();
}

export function letterFromSlug(slug: string): string | null {
  if (slug === "other") return otherLetter;
  const letter = slug.toUpperCase();
  return slug.length === 1 && alphabet.includes(letter) ? letter : null;
}

/** One collator for every comparison: `localeCompare` with options builds one per call, which dominates sorting thousands of codes. */
const byCode = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export function groupByLetter<T>(items: readonly T[], codeOf: (item: T) => string): LetterGroup<T>[] {
  const sorted = [...items].sort((a, b) => byCode.compare(codeOf(a), codeOf(b)));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = letterOf(codeOf(item));
    const group = groups.get(letter);
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  return [...alphabet, otherLetter]
    .filter((letter) => groups.has(letter))
    .map((letter) => ({ letter, id: letterId(letter), items: groups.get(letter) ?? [] }));
}

/** Every letter of the jump bar, in order, with whether any code starts with it. */
export function jumpLetters<T>(groups: readonly LetterGroup<T>[]): Array<{ letter: string; id: string; present: boolean }> {
  const present = new Set(groups.map((group) => group.letter));
  const letters = present.has(otherLetter) ? [...alphabet, otherLetter] : alphabet;
  return letters.map((letter) => ({ letter, id: letterId(letter), present: present.has(letter) }));
}
