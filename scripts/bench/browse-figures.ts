/** What `browse-pages.ts` prints: the sizes of the index and letter pages of one corpus. */

export interface PageSizes {
  pages: number;
  medianGzip: number;
  maxGzip: number;
  maxRaw: number;
}

export interface BrowseFigures {
  codes: number;
  index: PageSizes;
  letters: PageSizes & { letter: string; pagesOfLargestLetter: number };
}

function isPageSizes(value: unknown): value is PageSizes {
  if (typeof value !== "object" || value === null) return false;
  const fields = new Map(Object.entries(value));
  return ["pages", "medianGzip", "maxGzip", "maxRaw"].every((key) => typeof fields.get(key) === "number");
}

/** What `browse-pages.ts` printed, checked. */
export function parseBrowseFigures(output: string): BrowseFigures {
  const value: unknown = JSON.parse(output);
  if (typeof value !== "object" || value === null || !("codes" in value) || !("index" in value) || !("letters" in value)) throw new Error("browse-pages printed no figures");
  const { codes, index, letters } = value;
  if (typeof codes !== "number" || !isPageSizes(index) || !isPageSizes(letters) || !("letter" in letters) || !("pagesOfLargestLetter" in letters)) throw new Error("browse-pages printed no figures");
  const { letter, pagesOfLargestLetter } = letters;
  if (typeof letter !== "string" || typeof pagesOfLargestLetter !== "number") throw new Error("browse-pages printed no figures");
  return { codes, index, letters: { ...letters, letter, pagesOfLargestLetter } };
}
