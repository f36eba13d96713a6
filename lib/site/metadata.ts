import type { Metadata } from "next";
import { getCatalog } from "./catalog";
import { siteOrigin } from "./urls";
import { sourceLocale } from "../i18n";

/** The same page in another locale (the language switch links to each). */
export interface Alternate {
  locale: string;
  href: string;
}

/** The same page in every locale the site publishes. */
export function alternatesFor(pathIn: (locale: string) => string): Alternate[] {
  return getCatalog().locales.map((locale) => ({ locale, href: pathIn(locale) }));
}

interface PageMetadataInput {
  title: string;
  description: string;
  locale: string;
  pathIn: (locale: string) => string;
  /**
   * The locales whose page shows the content in their own language (default: every locale).
   * Only these are hreflang alternates; a page showing another locale's text names that
   * original as its canonical URL, so search engines do not index the same text twice.
   */
  contentLocales?: string[];
  /** The locale of the original text: x-default, and the canonical page of a fallback. */
  originalLocale?: string;
}

/** Title, description, canonical URL and hreflang alternates, as absolute URLs from SITE_URL. */
export function pageMetadata({
  title,
  description,
  locale,
  pathIn,
  contentLocales = getCatalog().locales,
  originalLocale = sourceLocale,
}: PageMetadataInput): Metadata {
  const origin = siteOrigin();
  const languages: Record<string, string> = {};
  for (const alternate of contentLocales) languages[alternate] = origin + pathIn(alternate);
  languages["x-default"] = origin + pathIn(originalLocale);
  const canonicalLocale = contentLocales.includes(locale) ? locale : originalLocale;
  return {
    title,
    description,
    metadataBase: new URL(origin),
    alternates: { canonical: origin + pathIn(canonicalLocale), languages },
  };
}
