import type { Metadata } from "next";
import { getCatalog } from "./catalog";
import { siteOrigin } from "./urls";
import { sourceLocale } from "../i18n";
import type { Alternate } from "@/components/SiteHeader";

/** The same page in every locale the site publishes. */
export function alternatesFor(pathIn: (locale: string) => string): Alternate[] {
  return getCatalog().locales.map((locale) => ({ locale, href: pathIn(locale) }));
}

interface PageMetadataInput {
  title: string;
  description: string;
  locale: string;
  pathIn: (locale: string) => string;
}

/** Title, description, canonical URL and hreflang alternates, as absolute URLs from SITE_URL. */
export function pageMetadata({ title, description, locale, pathIn }: PageMetadataInput): Metadata {
  const origin = siteOrigin();
  const languages: Record<string, string> = {};
  for (const alternate of alternatesFor(pathIn)) languages[alternate.locale] = origin + alternate.href;
  languages["x-default"] = origin + pathIn(sourceLocale);
  return {
    title,
    description,
    metadataBase: new URL(origin),
    alternates: { canonical: origin + pathIn(locale), languages },
  };
}
