/**
 * What the pages ask for: the content model arranged by locale, with translations
 * laid over the source articles. Built once per process from the parsed content.
 */
import { loadContent } from "../content/loader";
import type { Article, ContentModel, ErrorEntry } from "../content/model";
import { interfaceLocales, sourceLocale } from "../i18n";

export interface LocalizedArticle {
  /** The article shown: the translation when there is one, else the source. */
  article: Article;
  /** The article in the source language (the same object when no translation exists). */
  source: Article;
  /** The page's locale has no translation: the source text is shown. */
  fallback: boolean;
}

export interface ErrorPage extends LocalizedArticle {
  entry: ErrorEntry;
  /** The code as requested, in its canonical casing. */
  code: string;
}

export class Catalog {
  /** Every locale that gets pages: content locales and interface languages, source first. */
  readonly locales: string[];
  private readonly bases: Article[];
  private readonly byLocale = new Map<string, Map<string, Article>>();
  private readonly codeOwners = new Map<string, { code: string; slug: string }>();

  constructor(readonly model: ContentModel) {
    for (const article of model.articles) {
      let slugs = this.byLocale.get(article.locale);
      if (!slugs) this.byLocale.set(article.locale, (slugs = new Map()));
      slugs.set(article.slug, article);
    }
    const seen = new Set<string>();
    this.bases = [];
    const ordered = [...model.articles].sort((a, b) => Number(b.locale === sourceLocale) - Number(a.locale === sourceLocale));
    for (const article of ordered) {
      if (seen.has(article.slug)) continue;
      seen.add(article.slug);
      this.bases.push(article);
      for (const entry of article.entries) {
        for (const code of entry.codes) {
          const key = code.toLowerCase();
          if (!this.codeOwners.has(key)) this.codeOwners.set(key, { code, slug: article.slug });
        }
      }
    }
    const locales = new Set([sourceLocale, ...this.byLocale.keys(), ...interfaceLocales]);
    this.locales = [...locales];
  }

  localize(locale: string, base: Article): LocalizedArticle {
    const translated = this.byLocale.get(locale)?.get(base.slug);
    return translated
      ? { article: translated, source: base, fallback: false }
      : { article: base, source: base, fallback: base.locale !== locale };
  }

  articles(locale: string): LocalizedArticle[] {
    return this.bases.map((base) => this.localize(locale, base));
  }

  article(locale: string, slug: string): LocalizedArticle | null {
    const base = this.bases.find((candidate) => candidate.slug === slug);
    return base ? this.localize(locale, base) : null;
  }

  /** Codes are matched without regard to case; the page keeps the article's casing. */
  errorPage(locale: string, code: string): ErrorPage | null {
    const owner = this.codeOwners.get(code.toLowerCase());
    if (!owner) return null;
    const localized = this.article(locale, owner.slug);
    if (!localized) return null;
    const sourceEntry = localized.source.entries.find((entry) => entry.codes.includes(owner.code));
    if (!sourceEntry) return null;
    const translatedEntry = localized.article.entries.find((entry) => entry.id === sourceEntry.id);
    if (translatedEntry) return { ...localized, entry: translatedEntry, code: owner.code };
    return { article: localized.source, source: localized.source, fallback: localized.source.locale !== locale, entry: sourceEntry, code: owner.code };
  }

  /** Every code with its own page, in article order. */
  codes(): string[] {
    return [...this.codeOwners.values()].map((owner) => owner.code);
  }

  slugs(): string[] {
    return this.bases.map((base) => base.slug);
  }
}

let catalog: Catalog | null = null;

/** The catalog for this process: the content is parsed once, however many pages ask. */
export function getCatalog(): Catalog {
  catalog ??= new Catalog(loadContent());
  return catalog;
}
