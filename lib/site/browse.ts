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
