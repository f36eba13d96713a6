import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleMarkdown } from "@/components/ArticleMarkdown";
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
    anchorsOnPage: article.anchors,
    reservedIds: ["main"],
    headingLinks,
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
        <TranslationNotice locale={locale} t={t} status={status} sourceLocale={source.locale} sourceHref={articlePath(source.locale, source.slug)} className="mt-4" />
        {updated && <p className="mt-4 text-sm text-slate-500">{format(t.articleUpdated, { date: updated })}</p>}
        {entries.length > 0 && (
          <nav aria-label={t.onThisPage} className="mt-4 rounded-xl border border-slate-200 bg-white p-4">
            <h2 className="text-sm font-semibold text-slate-900">{t.onThisPage}</h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {entries.map(({ entry }) => (
                <li key={entry.id}>
                  <a
                    href={errorPath(locale, entry.id)}
                    className="inline-block rounded-md bg-slate-100 px-2 py-1 font-mono text-xs text-blue-800 hover:bg-blue-50"
                  >
                    {entry.id}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <ArticleMarkdown source={article.markdown} options={options} topHeadingRank={1} lang={contentLang} className="mt-6 [&>h1]:text-3xl [&>h1]:font-semibold [&>h1]:tracking-tight" />
      </main>
      <SiteFooter t={t} />
    </>
  );
}
