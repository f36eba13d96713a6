/**
 * What the pages ask for: the content model arranged by locale, with translations
 * laid over the source articles. Built once per process from the parsed content.
 */
import { loadContentCached } from "../content/cache";
import type { Article, ContentModel, ErrorEntry } from "../content/model";
import { nearestLocale } from "../content/locale";
import { articlesByCode, type CodeArticles } from "../content/shared-codes";
import { pairEntries, stepsMatch, translationIsCurrent } from "../content/translations";
import { baseVersion, isOriginal, versionsBySlug } from "../content/versions";
import { interfaceLocales, sourceLocale } from "../i18n";
import { groupByLetter, type LetterGroup } from "./browse";

/**
 * How the content of a page relates to the page's locale:
 * - original: the page's locale is the article's own;
 * - translated / outdated: a translation, made from the current source or from another (or unknown) version;
 * - untranslated: the locale has no translation of the article: the nearest one is shown (same language, else
 *   English), else the source (`article.locale` says which);
 * - entry-untranslated / entry-differs: the translation lacks this error, or has other steps for it, so the source is shown.
 */
export type TranslationStatus = "original" | "translated" | "outdated" | "untranslated" | "entry-untranslated" | "entry-differs";

export interface LocalizedEntry {
  /**
   * What pages show: the translated entry, or the source's when the translation lacks it
   * or has other steps. Its id and codes are always the source's (codes are never
   * translated: pages, links and saved progress are filed under them in every language);
   * `visibleCodes` keeps what the shown text prints.
   */
  entry: ErrorEntry;
  /** The article `entry` comes from. */
  article: Article;
  /** Another locale's text (the nearest translation, or the source) is shown in this locale's page. */
  fallback: boolean;
  status: TranslationStatus;
}

export interface LocalizedArticle {
  /** The article shown: the translation when there is one, else the nearest translation, else the source. */
  article: Article;
  /** The article in the source language (the same object when no translation exists). */
  source: Article;
  /** The page's locale has no translation: another locale's text is shown (the nearest translation, or the source). */
  fallback: boolean;
  status: TranslationStatus;
  /** The source's entries, in its order, each with what a page in this locale shows for it. */
  entries: LocalizedEntry[];
}

/** One article's guidance for a code, as a page in one locale shows it. */
export interface ErrorSection extends LocalizedEntry {
  /** The article's localization (its title, its source). */
  localized: LocalizedArticle;
}

/**
 * One error in one locale. A code explained in several articles has a section per
 * article, in article order; the fields outside `sections` describe the first.
 */
export interface ErrorPage extends LocalizedArticle {
  entry: ErrorEntry;
  /** The code as requested, in its canonical casing. */
  code: string;
  sections: ErrorSection[];
}

/**
 * What a page read from the catalog, recorded while it renders so an incremental build
 * (lib/static/incremental.ts) knows which pages a content change touches:
 * - `all`: every article (the list of articles, the search index);
 * - `codes`: which codes have a page, not what they say (the letter pages' lists and pages);
 * - `structure`: which locales and articles there are (language switch, links between articles);
 * - `article:<slug>`: one article, in every locale (its versions and translations);
 * - `code:<code>`: which articles explain a code (lower case).
 */
export type CatalogRead = "all" | "codes" | "structure" | `article:${string}` | `code:${string}`;

export class Catalog {
  private readonly localeList: string[];
  private readonly bases: Article[];
  private readonly byLocale = new Map<string, Map<string, Article>>();
  private readonly codeOwners: Map<string, CodeArticles>;
  private readonly basesBySlug = new Map<string, Article>();
  /** An article's localization, by locale and slug: each page asks for it several times (page, metadata, hreflang). */
  private readonly localized = new Map<string, LocalizedArticle>();

  constructor(private readonly model: ContentModel) {
    for (const article of model.articles) {
      let slugs = this.byLocale.get(article.locale);
      if (!slugs) this.byLocale.set(article.locale, (slugs = new Map()));
      slugs.set(article.slug, article);
    }
    // Each slug's base version (lib/content/versions.ts); source-locale articles first, as the index lists them.
    const bases = [...versionsBySlug(model.articles).values()].flatMap((versions) => baseVersion(versions) ?? []);
    this.bases = bases.sort((a, b) => Number(b.locale === sourceLocale) - Number(a.locale === sourceLocale));
    for (const base of this.bases) this.basesBySlug.set(base.slug, base);
    this.codeOwners = articlesByCode(this.bases);
    const locales = new Set([sourceLocale, ...this.byLocale.keys(), ...interfaceLocales]);
    this.localeList = [...locales];
  }

  private recording: Set<CatalogRead> | null = null;

  /** Starts noting what is read (one page at a time: the static renderer renders them in turn). */
  startRecording(): void {
    this.recording = new Set();
  }

  /** What was read since startRecording. */
  stopRecording(): Set<CatalogRead> {
    const reads = this.recording ?? new Set<CatalogRead>();
    this.recording = null;
    return reads;
  }

  private read(what: CatalogRead): void {
    this.recording?.add(what);
  }

  /**
   * The data a read depends on, for a fingerprint: two catalogs give equal values for a read
   * exactly when everything a page may get from it is the same.
   */
  readSource(what: CatalogRead): unknown {
    if (what === "all") return this.model.articles;
    if (what === "codes") return [...this.codeOwners.values()].map((owner) => owner.code);
    if (what === "structure") return { locales: this.localeList, slugs: this.bases.map((base) => `${base.locale}/${base.slug}`) };
    if (what.startsWith("article:")) {
      const slug = what.slice("article:".length);
      return this.model.articles.filter((article) => article.slug === slug);
    }
    const owner = this.codeOwners.get(what.slice("code:".length));
    return owner ? { code: owner.code, slugs: owner.slugs } : null;
  }

  /** Every locale that gets pages: content locales and interface languages, source first. */
  get locales(): string[] {
    this.read("structure");
    return this.localeList;
  }

  localize(locale: string, base: Article): LocalizedArticle {
    this.read(`article:${base.slug}`);
    const key = `${locale}/${base.slug}`;
    let localized = this.localized.get(key);
    if (!localized) this.localized.set(key, (localized = this.overlay(locale, base)));
    return localized;
  }

  private overlay(locale: string, base: Article): LocalizedArticle {
    // A locale without a translation shows the nearest one there is (es-ES: the English), else the source.
    const shownLocale = nearestLocale(locale, this.articleLocalesOf(base.slug)) ?? base.locale;
    const translated = this.byLocale.get(shownLocale)?.get(base.slug);
    if (!translated || translated === base) {
      const status: TranslationStatus = base.locale === locale ? "original" : "untranslated";
      const fallback = status === "untranslated";
      const entries = base.entries.map((entry) => ({ entry, article: base, fallback, status }));
      return { article: base, source: base, fallback, status, entries };
    }
    const fallback = shownLocale !== locale;
    // An original laid over its machine translation (whose original gave no entries) is no translation.
    const status: TranslationStatus = fallback
      ? "untranslated"
      : isOriginal(translated)
        ? "original"
        : translationIsCurrent(translated, base)
          ? "translated"
          : "outdated";
    const pairing = pairEntries(base, translated);
    const entries = base.entries.map((sourceEntry): LocalizedEntry => {
      const { id, codes } = sourceEntry;
      const entry = pairing.get(id);
      if (entry && stepsMatch(sourceEntry, entry)) return { entry: { ...entry, id, codes }, article: translated, fallback, status };
      const missing: TranslationStatus = entry ? "entry-differs" : "entry-untranslated";
      return { entry: sourceEntry, article: base, fallback: true, status: fallback ? "untranslated" : missing };
    });
    return { article: translated, source: base, fallback, status, entries };
  }

  /** The locales that have a text of the article (its source and translations). */
  private articleLocalesOf(slug: string): string[] {
    return [...this.byLocale].filter(([, slugs]) => slugs.has(slug)).map(([locale]) => locale);
  }

  /**
   * Every version of each of an article's entries (the source's, then each translation's
   * paired as pages pair them, whatever its steps), by source entry id: what search reads
   * words and printed spellings from, so an entry is found in any language.
   */
  entryVersions(base: Article): Map<string, ErrorEntry[]> {
    this.read(`article:${base.slug}`);
    const versions = new Map(base.entries.map((entry): [string, ErrorEntry[]] => [entry.id, [entry]]));
    for (const locale of this.byLocale.keys()) {
      const translated = this.byLocale.get(locale)?.get(base.slug);
      if (!translated || translated === base) continue;
      for (const [id, entry] of pairEntries(base, translated)) versions.get(id)?.push(entry);
    }
    return versions;
  }

  articles(locale: string): LocalizedArticle[] {
    this.read("all");
    return this.bases.map((base) => this.localize(locale, base));
  }

  article(locale: string, slug: string): LocalizedArticle | null {
    this.read(`article:${slug}`);
    const base = this.basesBySlug.get(slug);
    return base ? this.localize(locale, base) : null;
  }

  /** Codes are matched without regard to case; the page keeps the source's casing. */
  errorPage(locale: string, code: string): ErrorPage | null {
    this.read(`code:${code.toLowerCase()}`);
    const owner = this.codeOwners.get(code.toLowerCase());
    if (!owner) return null;
    const key = owner.code.toLowerCase();
    const sections = owner.slugs.flatMap((slug): ErrorSection[] => {
      const localized = this.article(locale, slug);
      const shown = localized?.entries.find(({ entry }) => entry.codes.some((other) => other.toLowerCase() === key));
      return localized && shown ? [{ ...shown, localized }] : [];
    });
    const [first] = sections;
    if (!first) return null;
    const { localized, article, fallback, status, entry } = first;
    return { ...localized, article, fallback, status, entry, code: owner.code, sections };
  }

  /** The locales in which an error's page shows content in that locale's language (for hreflang). */
  errorLocales(code: string): string[] {
    this.read("structure");
    return this.localeList.filter((locale) => this.errorPage(locale, code)?.fallback === false);
  }

  /** The locales in which an article's page shows content in that locale's language (for hreflang). */
  articleLocales(slug: string): string[] {
    this.read("structure");
    return this.localeList.filter((locale) => this.article(locale, slug)?.fallback === false);
  }

  /** Every code with its own page, in article order. */
  codes(): string[] {
    this.read("codes");
    return [...this.codeOwners.values()].map((owner) => owner.code);
  }

  private letterGroups: LetterGroup<string>[] | null = null;

  /** The codes from A to Z, grouped by first letter: sorted once, however many pages show them. */
  codesByLetter(): LetterGroup<string>[] {
    this.read("codes");
    this.letterGroups ??= groupByLetter(this.codes(), (code) => code);
    return this.letterGroups;
  }

  slugs(): string[] {
    this.read("structure");
    return this.bases.map((base) => base.slug);
  }
}

let catalog: Catalog | null = null;

/**
 * The catalog for this process, however many pages ask. The model comes from the content
 * cache, which the build's content check has just filled: the build's workers do not parse.
 */
export function getCatalog(): Catalog {
  catalog ??= new Catalog(loadContentCached());
  return catalog;
}
