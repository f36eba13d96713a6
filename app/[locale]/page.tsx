import type { Metadata } from "next";
import { SiteFooter, SiteHeader } from "@/components/SiteHeader";
import { TranslationNotice } from "@/components/TranslationNotice";
import { dictionaryFor, plural } from "@/lib/i18n";
import { getCatalog } from "@/lib/site/catalog";
import { alternatesFor, pageMetadata } from "@/lib/site/metadata";
import { articlePath, errorPath, indexPath } from "@/lib/site/urls";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = dictionaryFor(locale);
  return pageMetadata({ title: `${t.indexTitle} · ${t.siteName}`, description: t.indexIntro, locale, pathIn: indexPath });
}

export default async function IndexPage({ params }: Props) {
  const { locale } = await params;
  const t = dictionaryFor(locale);
  const articles = getCatalog().articles(locale).filter(({ entries }) => entries.length > 0);
  return (
    <>
      <SiteHeader locale={locale} t={t} alternates={alternatesFor(indexPath)} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{t.indexTitle}</h1>
        <p className="mt-2 max-w-2xl text-slate-600">{t.indexIntro}</p>
        {articles.map(({ article, source, fallback, status, entries }) => (
          <section key={article.slug} aria-labelledby={`article-${article.slug}`} className="mt-10">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`article-${article.slug}`} className="text-lg font-semibold text-slate-900" lang={fallback ? article.locale : undefined}>
                <a href={articlePath(locale, article.slug)} className="hover:underline">
                  {article.title}
                </a>
              </h2>
              <span className="text-sm text-slate-500">{plural(locale, t.codeCount, entries.reduce((n, { entry }) => n + entry.codes.length, 0))}</span>
            </div>
            <TranslationNotice locale={locale} t={t} status={status} sourceLocale={source.locale} sourceHref={articlePath(source.locale, source.slug)} className="mt-2" />
            <ul className="mt-3 divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white" data-testid="code-list">
              {entries.flatMap(({ entry, article: shownIn, fallback: shownInSource }) =>
                entry.codes.map((code) => (
                  <li key={code}>
                    <a
                      href={errorPath(locale, code)}
                      className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 focus-visible:bg-slate-50 sm:flex-row sm:items-center sm:gap-4"
                      data-code={code}
                    >
                      <code className="shrink-0 font-mono text-sm font-semibold text-blue-800 sm:w-80 sm:truncate">{code}</code>
                      <span className="flex-1 text-sm text-slate-700" lang={shownInSource ? shownIn.locale : undefined}>
                        {entry.message}
                      </span>
                      <span className="shrink-0 text-xs font-medium text-slate-500">
                        {entry.steps.length ? plural(locale, t.stepCount, entry.steps.length) : t.noSteps}
                      </span>
                    </a>
                  </li>
                )),
              )}
            </ul>
          </section>
        ))}
      </main>
      <SiteFooter t={t} />
    </>
  );
}
