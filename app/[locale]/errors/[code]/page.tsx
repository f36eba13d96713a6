import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleMarkdown } from "@/components/ArticleMarkdown";
import { CodeLinks } from "@/components/CodeLinks";
import { CodeText } from "@/components/CodeText";
import { CopyButton, CopyButtons } from "@/components/copy/CopyButtons";
import { SiteFooter, SiteHeader } from "@/components/SiteHeader";
import { ChecklistIsland } from "@/components/checklist/ChecklistIsland";
import { TranslationNotice } from "@/components/TranslationNotice";
import { checklistStringsFor, dictionaryFor, format } from "@/lib/i18n";
import { relatedEntries } from "@/lib/site/checklist-props";
import { getCatalog } from "@/lib/site/catalog";
import { alternatesFor, pageMetadata } from "@/lib/site/metadata";
import { pageRenderOptions } from "@/lib/site/render-options";
import { articlePath, errorPath, indexPath } from "@/lib/site/urls";

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog()
    .codes()
    .map((code) => ({ code }));
}

interface Props {
  params: Promise<{ locale: string; code: string }>;
}

async function load(params: Props["params"]) {
  const { locale, code } = await params;
  const page = getCatalog().errorPage(locale, decodeURIComponent(code));
  if (!page) notFound();
  return { locale, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await load(params);
  return pageMetadata({
    title: `${page.code}: ${page.entry.message}`,
    description: page.entry.message,
    locale,
    pathIn: (other) => errorPath(other, page.code),
    contentLocales: getCatalog().errorLocales(page.code),
    originalLocale: page.source.locale,
  });
}

export default async function ErrorPage({ params }: Props) {
  const { locale, page } = await load(params);
  const { entry, article, fallback, code } = page;
  const t = dictionaryFor(locale);
  const contentLang = fallback ? article.locale : undefined;
  const options = pageRenderOptions({
    catalog: getCatalog(),
    locale,
    article,
    dictionary: t,
    anchorsOnPage: entry.anchors,
    reservedIds: ["main", "causes", ...entry.steps.map((step) => step.id)],
  });
  const aliases = entry.codes.filter((other) => other !== code);
  return (
    <>
      <SiteHeader locale={locale} t={t} alternates={alternatesFor((other) => errorPath(other, code))} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-500" data-print-hidden>
          <a href={indexPath(locale)} className="hover:text-slate-800 hover:underline">
            {t.breadcrumbIndex}
          </a>
          <span aria-hidden="true"> / </span>
          <a href={articlePath(locale, article.slug)} className="hover:text-slate-800 hover:underline" lang={contentLang}>
            {article.title}
          </a>
        </nav>
        <TranslationNotice locale={locale} t={t} status={page.status} shownLocale={article.locale} sourceLocale={page.source.locale} sourceHref={errorPath(page.source.locale, code)} className="mt-4" />
        <header className="mt-4">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t.errorCode}</p>
          <div className="mt-1 flex items-start gap-3">
            <h1 className="min-w-0 break-words font-mono text-2xl font-semibold text-slate-900 sm:text-3xl" data-testid="error-code">
              <CodeText code={code} />
            </h1>
            <CopyButton text={code} label={t.copy} name={format(t.copyCodeNamed, { code })} className="mt-1.5" />
          </div>
          <p className="mt-3 text-lg leading-snug text-slate-700 sm:text-xl" data-testid="error-message" lang={contentLang}>
            {entry.message}
          </p>
          <CodeLinks label={t.alsoKnownAs} codes={aliases} hrefFor={(alias) => errorPath(locale, alias)} className="mt-3" />
        </header>
        <ArticleMarkdown source={entry.intro} options={options} topHeadingRank={3} lang={contentLang} className="mt-6" />
        <section aria-labelledby={entry.steps.length > 0 ? "causes" : undefined} aria-label={entry.steps.length > 0 ? undefined : t.guidanceHeading} className="mt-8">
          {entry.steps.length > 0 && (
            <>
              <h2 id="causes" className="text-xl font-semibold text-slate-900">
                {t.causesHeading}
              </h2>
              <p className="mt-1 mb-4 text-sm text-slate-600">{t.causesIntro}</p>
            </>
          )}
          <ChecklistIsland
            locale={locale}
            articleSlug={article.slug}
            entryId={entry.id}
            code={code}
            message={entry.message}
            steps={entry.steps.map(({ id, n, label, title }) => ({ id, n, label, title }))}
            solutions={entry.steps.map((step) =>
              step.solution ? (
                <ArticleMarkdown key={step.id} source={step.solution} options={options} topHeadingRank={4} lang={contentLang} />
              ) : (
                <p key={step.id} className="text-sm italic text-slate-500">
                  {t.noSolution}
                </p>
              ),
            )}
            related={relatedEntries(page.source, entry)}
            strings={checklistStringsFor(locale)}
            contentLang={contentLang}
          />
        </section>
        <ArticleMarkdown source={entry.body} options={options} topHeadingRank={3} lang={contentLang} className="mt-6" />
        <p className="mt-10 border-t border-slate-200 pt-4 text-sm" data-print-hidden>
          <a
            href={articlePath(locale, article.slug, entry.anchor ?? undefined)}
            className="text-blue-700 underline underline-offset-2 hover:text-blue-900"
          >
            {t.readInArticle}
          </a>
        </p>
        <CopyButtons t={t} />
      </main>
      <SiteFooter t={t} />
    </>
  );
}
