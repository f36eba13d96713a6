import type { Metadata } from "next";
import { InlineScript } from "@/components/InlineScript";
import { NotFoundSuggestionsIsland } from "@/components/search/SearchIsland";
import { dictionaries } from "@/lib/i18n/dictionaries";
import { sourceLocale } from "@/lib/i18n";
import { caseTargets } from "@/lib/site/case-redirect";
import { getCatalog } from "@/lib/site/catalog";
import { indexPath } from "@/lib/site/urls";
import "./globals.css";

export const metadata: Metadata = { title: "404 · Error Guide", robots: { index: false } };

/**
 * One 404 page serves every unknown URL (a static host has only one). It carries the
 * message in each interface language and shows the one of the URL's locale, or of
 * the browser, with a few bytes of script (lib/site/inline/not-found-language.ts).
 */
export default function GlobalNotFound() {
  return (
    <html lang={sourceLocale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <InlineScript name="case-redirect" data={caseTargets(getCatalog())} />
        <main id="main" className="mx-auto max-w-xl px-4 py-20">
          {Object.entries(dictionaries).map(([locale, t]) => (
            <section key={locale} data-not-found={locale} hidden={locale !== sourceLocale} lang={locale}>
              <p className="font-mono text-sm font-semibold text-blue-700">404</p>
              <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t.notFoundTitle}</h1>
              <p className="mt-3 text-slate-600">{t.notFoundText}</p>
              <p className="mt-6">
                <a
                  href={indexPath(locale)}
                  className="inline-block rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
                >
                  {t.notFoundBack}
                </a>
              </p>
            </section>
          ))}
          <NotFoundSuggestionsIsland
            locales={getCatalog().locales}
            headings={Object.fromEntries(Object.entries(dictionaries).map(([locale, t]) => [locale, t.notFoundSuggestions]))}
          />
        </main>
        <InlineScript name="not-found-language" />
      </body>
    </html>
  );
}
