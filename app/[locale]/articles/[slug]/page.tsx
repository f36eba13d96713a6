import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { ArticleMarkdown } from "@/components/ArticleMarkdown";
import { CodeText, WrappableText } from "@/components/CodeText";
import { CopyButton, CopyButtons } from "@/components/copy/CopyButtons";
import { SiteFooter, SiteHeader } from "@/components/SiteHeader";
import { TranslationNotice } from "@/components/TranslationNotice";
import { dictionaryFor, format, formatArticleDate } from "@/lib/i18n";
import { getCatalog } from "@/lib/site/catalog";
import { alternatesFor, pageMetadata } from "@/lib/site/metadata";
import { pageRenderOptions } from "@/lib/site/render-options";
import { articlePath, errorPath, indexPath, routeParam } from "@/lib/site/urls";

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog()
    .slugs()
    .map((slug) => ({ slug }));
}

interface Props {
  params: Promise<{ locale: string; slug: string }>;
}

async function load(params: Props["params"]) {
  const { locale, slug } = await params;
  const localized = getCatalog().article(locale, routeParam(slug));
  if (!localized) notFound();
  return { locale, ...localized };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, article, source } = await load(params);
  return pageMetadata({
    title: article.title,
    description: article.description,
    locale,
    pathIn: (other) => articlePath(other, article.slug),
    contentLocales: getCatalog().articleLocales(article.slug),
    originalLocale: source.locale,
  });
}

export default async function ArticlePage({ params }: Props) {
  const { locale, article, source, fallback, status, entries } = await load(params);
  const t = dictionaryFor(locale);
  const contentLang = fallback ? article.locale : undefined;
  const anchorsOnPage = new Set(article.anchors);
  const headingLinks = new Map(
    entries.flatMap(({ entry }) =>
      entry.anchor ? [[entry.anchor, { href: errorPath(locale, entry.id), label: t.openGuide }] as const] : [],
    ),
  );
  const options = pageRenderOptions({
    catalog: getCatalog(),
    locale,
    article,
    dictionary: t,
    anchorsOnPage,
    reservedIds: ["main", "in-this-article"],
    headingLinks,
    copyButtons: true,
  });
  const updated = formatArticleDate(locale, article.date);
  return (
    <>
      <SiteHeader locale={locale} t={t} alternates={alternatesFor((other) => articlePath(other, article.slug))} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-500" data-print-hidden>
          <a href={indexPath(locale)} className="hover:text-slate-800 hover:underline">
            {t.breadcrumbIndex}
          </a>
        </nav>
        <h1 className="mt-4 text-3xl font-semibold tracking-tight text-slate-900" lang={contentLang}>
          <WrappableText text={article.title} />
        </h1>
        <TranslationNotice locale={locale} t={t} status={status} shownLocale={article.locale} sourceLocale={source.locale} sourceHref={articlePath(source.locale, source.slug)} className="mt-4" />
        {updated && <p className="mt-3 text-sm text-slate-500">{format(t.articleUpdated, { date: updated })}</p>}
        {entries.length > 0 && (
          <nav aria-labelledby="in-this-article" className="mt-4 rounded-xl border border-slate-200 bg-white p-4" data-testid="article-toc" data-print-hidden>
            <h2 id="in-this-article" className="text-sm font-semibold text-slate-900">
              {t.onThisPage}
            </h2>
            <ol className="mt-2 space-y-2 text-sm">
              {entries.map(({ entry, article: shownIn }) => {
                // An error the text shown lacks (a translation without it) is read on its own page.
                const onPage = shownIn === article && entry.anchor !== null && anchorsOnPage.has(entry.anchor);
                return (
                  <li key={entry.id} className="flex min-w-0 items-start gap-2">
                    <a href={onPage ? `#${entry.anchor}` : errorPath(locale, entry.id)} className="group block min-w-0 flex-1 rounded-md px-2 py-1 hover:bg-slate-50">
                      <code className="break-words font-mono font-semibold text-blue-800 group-hover:underline">
                        {entry.codes.map((code, index) => (
                          <Fragment key={code}>
                            {index > 0 && " / "}
                            <CodeText code={code} />
                          </Fragment>
                        ))}
                      </code>
                      <span className="block text-slate-600" lang={shownIn.locale === locale ? undefined : shownIn.locale}>
                        {entry.message}
                      </span>
                    </a>
                    <CopyButton text={entry.id} label={t.copy} name={format(t.copyCodeNamed, { code: entry.id })} className="mt-1" />
                  </li>
                );
              })}
            </ol>
          </nav>
        )}
        <ArticleMarkdown source={article.markdown} options={{ ...options, withoutTitle: true }} topHeadingRank={2} lang={contentLang} className="mt-6" />
        <CopyButtons t={t} />
      </main>
      <SiteFooter t={t} />
    </>
  );
}
