import type { Metadata } from "next";
import { CodeList } from "@/components/CodeList";
import { CodeText } from "@/components/CodeText";
import { LetterJump } from "@/components/LetterJump";
import type { SearchBoxStrings } from "@/components/search/SearchBox";
import { SearchIsland } from "@/components/search/SearchIsland";
import { SiteFooter, SiteHeader } from "@/components/SiteHeader";
import { TranslationNotice } from "@/components/TranslationNotice";
import { type Dictionary, dictionaryFor, format, plural } from "@/lib/i18n";
import { indexListing } from "@/lib/site/browse";
import { getCatalog } from "@/lib/site/catalog";
import { alternatesFor, pageMetadata } from "@/lib/site/metadata";
import { articlePath, errorPath, indexPath, letterPath, searchIndexPath } from "@/lib/site/urls";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = dictionaryFor(locale);
  return pageMetadata({ title: `${t.indexTitle} · ${t.siteName}`, description: t.indexIntro, locale, pathIn: indexPath });
}

function searchStrings(t: Dictionary): SearchBoxStrings {
  const { searchLabel, searchPlaceholder, searchHelp, searchKeys, searchLoading, searchFailed, searchResults, searchShowingFirst, searchMore } = t;
  const { searchNoResults, searchClosest, searchClear, matchCode, matchTypo, matchWeak, matchSpelling, searchNoneClose } = t;
  const { filterService, filterArticle, filterAll, stepCount, noSteps } = t;
  return {
    searchLabel,
    searchPlaceholder,
    searchHelp,
    searchKeys,
    searchLoading,
    searchFailed,
    searchResults,
    searchShowingFirst,
    searchMore,
    searchNoResults,
    searchClosest,
    searchClear,
    matchCode,
    matchTypo,
    matchWeak,
    matchSpelling,
    searchNoneClose,
    filterService,
    filterArticle,
    filterAll,
    stepCount,
    noSteps,
  };
}

export default async function IndexPage({ params }: Props) {
  const { locale } = await params;
  const t = dictionaryFor(locale);
  const articles = getCatalog().articles(locale).filter(({ entries }) => entries.length > 0);
  const services = [...new Set(articles.map(({ source }) => source.service).filter(Boolean))];
  const codeCount = getCatalog().codes().length;
  const letters = getCatalog().codesByLetter();
  const listing = indexListing(codeCount, articles.length);
  const listed = listing === "codes";
  return (
    <>
      <SiteHeader locale={locale} t={t} alternates={alternatesFor(indexPath)} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-12">
        <div className="max-w-3xl">
          <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{t.indexTitle}</h1>
          <p className="mt-2 text-slate-600">{t.indexIntro}</p>
          <SearchIsland
            locale={locale}
            indexUrl={searchIndexPath(locale)}
            strings={searchStrings(t)}
            articles={listing === "letters" ? [] : articles.map(({ article }) => ({ slug: article.slug, title: article.title }))}
            services={services}
          />
          <noscript>
            <p className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">{t.searchNeedsScript}</p>
          </noscript>
        </div>

        <section aria-labelledby="browse-heading" className="mt-14">
          <div className="border-b border-slate-200 pb-4">
            <h2 id="browse-heading" className="text-xl font-semibold text-slate-900">
              {listing === "letters" ? t.azHeading : t.browseHeading}
            </h2>
            <LetterJump label={t.azJump} groups={letters} hrefFor={(letter, id) => (listed ? `#${id}` : letterPath(locale, letter))} />
            {listing === "articles" && <p className="mt-3 text-sm text-slate-600">{plural(locale, t.browseByLetter, codeCount)}</p>}
            {listing === "letters" && (
              <p className="mt-3 text-sm text-slate-600">
                {format(plural(locale, t.browseLettersOnly, codeCount), { articles: new Intl.NumberFormat(locale).format(articles.length) })}
              </p>
            )}
          </div>
          {listing !== "letters" && articles.map(({ article, source, fallback, status, entries }) => (
            <section key={article.slug} aria-labelledby={`article-${article.slug}`} className={listed ? "mt-8" : "mt-5"}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 id={`article-${article.slug}`} className="text-lg font-semibold text-slate-900" lang={fallback ? article.locale : undefined}>
                  <a href={articlePath(locale, article.slug)} className="hover:underline">
                    {article.title}
                  </a>
                </h3>
                <span className="text-sm text-slate-500">{plural(locale, t.codeCount, entries.reduce((n, { entry }) => n + entry.codes.length, 0))}</span>
              </div>
              <TranslationNotice locale={locale} t={t} status={status} shownLocale={article.locale} sourceLocale={source.locale} sourceHref={articlePath(source.locale, source.slug)} className="mt-2" />
              {listed && (
                <CodeList
                  locale={locale}
                  t={t}
                  rows={entries.flatMap(({ entry, article: shownIn, fallback: shownInSource }) =>
                    entry.codes.map((code) => ({ code, message: entry.message, steps: entry.steps.length, lang: shownInSource ? shownIn.locale : undefined })),
                  )}
                />
              )}
            </section>
          ))}
        </section>

        {listed && (
          <section id="a-z" aria-labelledby="az-heading" className="mt-14">
            <h2 id="az-heading" className="border-b border-slate-200 pb-4 text-xl font-semibold text-slate-900">
              {t.azHeading}
            </h2>
            <div className="mt-6 space-y-6">
              {letters.map((group) => (
                <div key={group.id} className="grid gap-2 sm:grid-cols-[3rem_1fr]">
                  <h3 id={group.id} className="font-mono text-lg font-semibold text-slate-400">
                    {group.letter}
                  </h3>
                  <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3" data-testid="az-list">
                    {group.items.map((code) => (
                      <li key={code}>
                        <a href={errorPath(locale, code)} data-az-code={code} className="font-mono text-sm text-blue-800 hover:underline">
                          <CodeText code={code} />
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </section>
        )}
      </main>
      <SiteFooter t={t} />
    </>
  );
}
