import type { Metadata } from "next";
import type { NotFoundStrings } from "@/components/search/NotFoundSuggestions";
import { InlineScript } from "@/components/InlineScript";
import { NotFoundSuggestionsIsland } from "@/components/search/SearchIsland";
import { SiteHeader } from "@/components/SiteHeader";
import { dictionaries, type Dictionary } from "@/lib/i18n/dictionaries";
import { sourceLocale } from "@/lib/i18n";
import { caseTargets } from "@/lib/site/case-redirect";
import { getCatalog } from "@/lib/site/catalog";
import { alternatesFor } from "@/lib/site/metadata";
import { indexPath } from "@/lib/site/urls";
import "./globals.css";

export const metadata: Metadata = { title: "404 · Error Guide", robots: { index: false } };

/**
 * One 404 page serves every unknown URL (a static host has only one). It carries the header
 * and message in each interface language and shows those of the URL's locale, or of the
 * browser, with a few bytes of script (lib/site/inline/not-found-language.ts; without script: the source language). The language
 * switch leads to the same path in the other locale, whose 404 speaks that language. What
 * was not found, the search box filled with it and the closest codes come from the URL, in
 * the browser (NotFoundSuggestions).
 */
function notFoundStrings(t: Dictionary): NotFoundStrings {
  return {
    heading: t.notFoundSuggestions,
    missingCode: t.notFoundCode,
    missingPath: t.notFoundPath,
    searchLabel: t.searchLabel,
    searchPlaceholder: t.searchPlaceholder,
    searchButton: t.notFoundSearch,
  };
}

export default function GlobalNotFound() {
  const locales = Object.entries(dictionaries);
  return (
    <html lang={sourceLocale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <InlineScript name="case-redirect" data={caseTargets(getCatalog())} />
        {locales.map(([locale, t]) => (
          <div key={locale} data-not-found={locale} hidden={locale !== sourceLocale} lang={locale}>
            <SiteHeader locale={locale} t={t} alternates={alternatesFor(indexPath)} />
          </div>
        ))}
        <main id="main" className="mx-auto max-w-xl px-4 py-12 sm:py-20">
          {locales.map(([locale, t]) => (
            <section key={locale} data-not-found={locale} hidden={locale !== sourceLocale} lang={locale}>
              <p className="font-mono text-sm font-semibold text-blue-700">404</p>
              <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t.notFoundTitle}</h1>
              <p className="mt-3 text-slate-600">{t.notFoundText}</p>
            </section>
          ))}
          <NotFoundSuggestionsIsland locales={getCatalog().locales} strings={Object.fromEntries(locales.map(([locale, t]) => [locale, notFoundStrings(t)]))} />
          {locales.map(([locale, t]) => (
            <p key={locale} data-not-found={locale} hidden={locale !== sourceLocale} lang={locale} className="mt-10">
              <a href={indexPath(locale)} className="text-sm font-medium text-blue-800 underline-offset-2 hover:underline">
                {t.notFoundBack} →
              </a>
            </p>
          ))}
        </main>
        <InlineScript name="not-found-language" />
      </body>
    </html>
  );
}
