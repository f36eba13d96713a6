/**
 * The versions of one article: the same file name under several locale folders. One of
 * them is the base the others are laid over (lib/site/catalog.ts), and its entries are
 * matched with theirs entry by entry: by heading anchor, by code, then by position
 * (heading order, table-row order) between entries already matched.
 *
 * Which version's codes are canonical is decided from each version's front matter, not
 * from its locale: a machine translation (`ms.translationtype: MT`, lib/content/vendor.ts)
 * prints codes the translator may have mangled ("AtribuiçãoFailada" for AllocationFailed),
 * so when an original of the same article is present (no translation marker, no
 * translation record of ours), the machine translation's entries take the original's codes
 * and ids. They keep the codes they print (`visibleCodes`), which pages show and search
 * finds too.
 */
import { codeSimilarity, foldCode } from "./canonical";
import { DiagnosticChannel, type DiagnosticSink } from "./diagnostics";
import { sourceLocale } from "./locale";
import type { Article, Diagnostic, ErrorEntry } from "./model";

/** An original of the vendor's: no translation marker and no translation record of ours. */
export function isOriginal(article: Article): boolean {
  return article.provenance === "original" && article.translation === null;
}

/**
 * The version the others of its slug are laid over: the original when a machine
 * translation of it is present (its codes are canonical, its entries complete), else the
 * source-locale version, else an original, else the first. An original that gives no entries while its
 * machine translation gives some is not the base: its pages would be lost.
 */
export function baseVersion(versions: readonly Article[]): Article | null {
  const original = originalAmong(versions);
  if (original && original.entries.length > 0) return original;
  return versions.find((version) => version.locale === sourceLocale) ?? versions.find(isOriginal) ?? versions[0] ?? null;
}

/** The original among versions of which at least one is a machine translation, if any. */
function originalAmong(versions: readonly Article[]): Article | null {
  if (!versions.some((version) => version.provenance === "machine-translation")) return null;
  const originals = versions.filter(isOriginal);
  return originals.find((version) => version.locale === sourceLocale) ?? originals[0] ?? null;
}

/** Every article's versions, by slug, in the order the articles come. */
export function versionsBySlug(articles: readonly Article[]): Map<string, Article[]> {
  const bySlug = new Map<string, Article[]>();
  for (const article of articles) {
    let versions = bySlug.get(article.slug);
    if (!versions) bySlug.set(article.slug, (versions = []));
    versions.push(article);
  }
  return bySlug;
}

/** How alike two codes must be to pair entries in a gap where entries were added or dropped. */
const minSimilarity = 0.6;
/** Uneven gaps longer than this are left unpaired: pairing them by likeness is quadratic. */
const maxUnevenGap = 64;

/** A base entry and the entry that stands for it in another version. */
export type EntryMatch = [base: ErrorEntry, other: ErrorEntry];

/** The positions of the entries under each key, in order: a lookup instead of a scan per entry. */
function positionsBy(entries: readonly ErrorEntry[], keysOf: (entry: ErrorEntry) => string[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const key of new Set(keysOf(entry))) {
      const list = positions.get(key);
      if (list) list.push(index);
      else positions.set(key, [index]);
    }
  });
  return positions;
}

const anchorKeys = (entry: ErrorEntry): string[] => (entry.anchor === null ? [] : [entry.anchor]);
const codeKeys = (entry: ErrorEntry): string[] => [...entry.codes, ...entry.visibleCodes].map(foldCode).filter(Boolean);

/**
 * Matches the entries of two versions: same heading anchor, then a shared code (folded:
 * "AzurespotVMNotsupported…" is AzureSpotVMNotSupported…), then, between two matched
 * neighbours, entries in the same order when both sides have as many left (a code and an
 * anchor both re-spelt by the translator, or table rows without anchors), else those whose
 * codes are alike, in order.
 */
export function matchEntries(base: Article, other: Article): EntryMatch[] {
  const partner = new Map<number, number>();
  const taken = new Set<number>();
  for (const keysOf of [anchorKeys, codeKeys]) {
    const positions = positionsBy(other.entries, keysOf);
    base.entries.forEach((entry, index) => {
      if (partner.has(index)) return;
      const candidates = keysOf(entry).flatMap((key) => positions.get(key) ?? []);
      const found = candidates.filter((at) => !taken.has(at)).sort((a, b) => a - b)[0];
      if (found === undefined) return;
      partner.set(index, found);
      taken.add(found);
    });
  }
  // Gaps between matched neighbours that keep their order on both sides.
  let previousBase = -1;
  let previousOther = -1;
  const pairAt = (baseIndex: number, otherIndex: number): void => {
    partner.set(baseIndex, otherIndex);
    taken.add(otherIndex);
  };
  const fillGap = (baseEnd: number, otherEnd: number): void => {
    const between = (from: number, to: number) => Array.from({ length: Math.max(0, to - from - 1) }, (_, k) => from + 1 + k);
    const baseFree = between(previousBase, baseEnd).filter((at) => !partner.has(at));
    const otherFree = between(previousOther, otherEnd).filter((at) => !taken.has(at));
    if (baseFree.length === otherFree.length) {
      baseFree.forEach((baseIndex, k) => pairAt(baseIndex, otherFree[k] ?? -1));
      return;
    }
    // Entries added or dropped in between: pair, in order, those whose codes are alike.
    let next = 0;
    for (const baseIndex of baseFree.slice(0, maxUnevenGap)) {
      const codes = base.entries[baseIndex]?.codes ?? [];
      let best = -1;
      let bestScore = minSimilarity;
      otherFree.slice(next, next + maxUnevenGap).forEach((otherIndex, k) => {
        const score = Math.max(0, ...codes.flatMap((code) => (other.entries[otherIndex]?.visibleCodes ?? []).map((printed) => codeSimilarity(code, printed))));
        if (score >= bestScore) {
          bestScore = score;
          best = next + k;
        }
      });
      const otherIndex = otherFree[best];
      if (otherIndex === undefined) continue;
      pairAt(baseIndex, otherIndex);
      next = best + 1;
    }
  };
  for (let index = 0; index < base.entries.length; index++) {
    const at = partner.get(index);
    if (at === undefined || at <= previousOther) continue;
    fillGap(index, at);
    previousBase = index;
    previousOther = at;
  }
  fillGap(base.entries.length, other.entries.length);
  const matches: EntryMatch[] = [];
  base.entries.forEach((entry, index) => {
    const at = partner.get(index);
    const found = at === undefined ? undefined : other.entries[at];
    if (found) matches.push([entry, found]);
  });
  return matches;
}

/** A word of prose among a code's words: letters only, not an acronym ("Estado", "suportado"; not "HTTP"). */
const proseWord = /^(?!\p{Lu}+$)\p{L}{2,}$/u;

/**
 * A code that does not look like an identifier, as machine translation leaves them:
 * accented letters among ASCII ones in one word ("AtribuiçãoFailada"), or words of prose
 * beside it ("Não suportado", "Estado De MoveResourcesHaveInvalidState"). Numbers with
 * their qualifiers ("HTTP 404", "2627 (23000)") are identifiers.
 */
export function looksMangled(code: string): boolean {
  const words = code.split(/\s+/).filter(Boolean);
  const mixed = words.some((word) => /[A-Za-z]/.test(word) && /[^\x00-\x7F]/.test(word) && /^[\p{Script=Latin}\p{N}_.-]+$/u.test(word));
  return mixed || (words.length > 1 && words.some((word) => proseWord.test(word)));
}

function withCodesOf(entry: ErrorEntry, original: ErrorEntry): ErrorEntry {
  return { ...entry, id: original.id, codes: original.codes };
}

function adoptFrom(original: Article, translation: Article, sink: DiagnosticSink): Article {
  if (original.entries.length === 0) {
    if (translation.entries.length === 0) return translation;
    sink.warning(
      `the original ${original.file} gives no error entries, so this machine translation's codes are the ones it prints`,
      undefined,
      "check that the original is the same article; `content check` lists what it found there",
    );
    reportMangled(translation, sink);
    return translation;
  }
  const adopted = new Map<ErrorEntry, ErrorEntry>();
  for (const [originalEntry, entry] of matchEntries(original, translation)) {
    adopted.set(entry, withCodesOf(entry, originalEntry));
    const printed = entry.visibleCodes.join(" / ");
    if (printed !== originalEntry.codes.join(" / ")) {
      sink.info(
        `the entry prints ${printed}; the original (${original.file}:${originalEntry.line}) has ${originalEntry.codes.join(" / ")}: pages are filed under the original's codes and search finds both`,
        { line: entry.line },
      );
    }
  }
  const entries = translation.entries.map((entry) => {
    const replaced = adopted.get(entry);
    if (replaced) return replaced;
    sink.warning(
      `error entry ${entry.visibleCodes.join(" / ")} has no counterpart in the original ${original.file}; it keeps the codes it prints`,
      { line: entry.line },
      "the two versions may differ: update the translation, or check that the original lists this error",
    );
    return entry;
  });
  return { ...translation, entries };
}

/** Codes the parser could not recover (from the heading anchor) and that look mangled: their pages are filed under them. */
function reportMangled(article: Article, sink: DiagnosticSink): void {
  for (const entry of article.entries) {
    for (const code of entry.codes) {
      if (!looksMangled(code)) continue;
      sink.warning(
        `the code "${code}" does not look like an identifier (machine translation may have changed it); its page is filed under the printed text`,
        { line: entry.line },
        `if the article is a translation, add its original (the same file name, ${article.slug}.md, under the original's locale folder, e.g. en-US/) to a content root: its codes are then used`,
      );
    }
  }
}

export interface RelatedVersions {
  articles: Article[];
  diagnostics: Diagnostic[];
}

/**
 * Gives every machine translation whose original is present the original's codes, and
 * warns about printed codes that look mangled in articles without an original present.
 */
export function adoptOriginalCodes(articles: readonly Article[]): RelatedVersions {
  const channel = new DiagnosticChannel();
  const replaced = new Map<Article, Article>();
  for (const versions of versionsBySlug(articles).values()) {
    const original = originalAmong(versions);
    for (const version of versions) {
      const sink = channel.file(version.file);
      if (original && version.provenance === "machine-translation") replaced.set(version, adoptFrom(original, version, sink));
      else if (!original) reportMangled(version, sink);
    }
  }
  return { articles: articles.map((article) => replaced.get(article) ?? article), diagnostics: channel.items };
}
