import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleMarkdown } from "@/components/ArticleMarkdown";
import { CodeText } from "@/components/CodeText";
import { SiteFooter, SiteHeader } from "@/components/SiteHeader";
import { ChecklistIsland } from "@/components/checklist/ChecklistIsland";
import { TranslationNotice } from "@/components/TranslationNotice";
import { isProcedure } from "@/lib/content/steps";
import { safeDecode } from "@/lib/decode";
import { checklistStringsFor, type Dictionary, dictionaryFor, format } from "@/lib/i18n";
import { IdRegistry } from "@/lib/render/ids";
import { checklistSteps, relatedEntries } from "@/lib/site/checklist-props";
import { type ErrorSection, getCatalog } from "@/lib/site/catalog";
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
  const page = getCatalog().errorPage(locale, safeDecode(code));
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

/** The id of a section's steps heading: `causes` for the first, as pages with one article have it. */
const stepsHeadingId = (index: number) => (index === 0 ? "causes" : `causes-${index + 1}`);

interface GuidanceProps {
  locale: string;
  code: string;
  section: ErrorSection;
  index: number;
  /** The page shows several articles' guidance: this one sits under its article's heading. */
  shared: boolean;
  ids: IdRegistry;
  t: Dictionary;
}

/** One article's guidance for the code: intro, steps as a checklist (saved per article and entry), what follows. */
function Guidance({ locale, code, section, index, shared, ids, t }: GuidanceProps) {
  const { entry, article, fallback } = section;
  const contentLang = fallback ? article.locale : undefined;
  const options = pageRenderOptions({ catalog: getCatalog(), locale, article, dictionary: t, anchorsOnPage: entry.anchors, ids });
  const procedure = isProcedure(entry.steps);
  const headingId = stepsHeadingId(index);
  const StepsHeading = shared ? "h3" : "h2";
  return (
    <>
      <ArticleMarkdown source={entry.intro} options={options} topHeadingRank={shared ? 4 : 3} lang={contentLang} className="mt-6" />
      <section aria-labelledby={entry.steps.length > 0 ? headingId : undefined} aria-label={entry.steps.length > 0 ? undefined : t.guidanceHeading} className="mt-8">
        {entry.steps.length > 0 && (
          <>
            <StepsHeading id={headingId} className="text-xl font-semibold text-slate-900">
              {procedure ? t.stepsHeading : t.causesHeading}
            </StepsHeading>
            <p className="mt-1 mb-4 text-sm text-slate-600">{procedure ? t.stepsIntro : t.causesIntro}</p>
          </>
        )}
        <ChecklistIsland
          locale={locale}
          articleSlug={article.slug}
          entryId={entry.id}
          code={code}
          message={entry.message}
          steps={checklistSteps(entry.steps, t)}
          solutions={entry.steps.map((step) =>
            step.solution ? (
              <ArticleMarkdown key={step.id} source={step.solution} options={options} topHeadingRank={4} lang={contentLang} />
            ) : (
              <p key={step.id} className="text-sm italic text-slate-500">
                {step.kind === "step" ? t.noStepDetail : t.noSolution}
              </p>
            ),
          )}
          related={relatedEntries(section.localized.source, entry)}
          strings={checklistStringsFor(locale)}
          contentLang={contentLang}
        />
      </section>
      <ArticleMarkdown source={entry.body} options={options} topHeadingRank={shared ? 4 : 3} lang={contentLang} className="mt-6" />
      <p className="mt-6 text-sm" data-print-hidden>
        <a href={articlePath(locale, article.slug, entry.anchor ?? undefined)} className="text-blue-700 underline underline-offset-2 hover:text-blue-900">
          {t.readInArticle}
        </a>
      </p>
    </>
  );
}

export default async function ErrorPage({ params }: Props) {
  const { locale, page } = await load(params);
  const { entry, article, fallback, code, sections } = page;
  const t = dictionaryFor(locale);
  const contentLang = fallback ? article.locale : undefined;
  const shared = sections.length > 1;
  const ids = new IdRegistry(["main", ...sections.flatMap((section, index) => [stepsHeadingId(index), ...section.entry.steps.map((step) => step.id)])]);
  const aliases = [...new Set(sections.flatMap((section) => section.entry.codes))].filter((other) => other.toLowerCase() !== code.toLowerCase());
  return (
    <>
      <SiteHeader locale={locale} t={t} alternates={alternatesFor((other) => errorPath(other, code))} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-500" data-print-hidden>
          <a href={indexPath(locale)} className="hover:text-slate-800 hover:underline">
            {t.breadcrumbIndex}
          </a>
          {!shared && (
            <>
              <span aria-hidden="true"> / </span>
              <a href={articlePath(locale, article.slug)} className="hover:text-slate-800 hover:underline" lang={contentLang}>
                {article.title}
              </a>
            </>
          )}
        </nav>
        {!shared && (
          <TranslationNotice locale={locale} t={t} status={page.status} sourceLocale={page.source.locale} sourceHref={errorPath(page.source.locale, code)} className="mt-4" />
        )}
        <header className="mt-4">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t.errorCode}</p>
          <h1 className="mt-1 break-words font-mono text-2xl font-semibold text-slate-900 sm:text-3xl" data-testid="error-code">
            <CodeText code={code} />
          </h1>
          <p className="mt-3 text-lg leading-snug text-slate-700 sm:text-xl" data-testid="error-message" lang={contentLang}>
            {entry.message}
          </p>
          {aliases.length > 0 && (
            <p className="mt-3 text-sm text-slate-600">
              {t.alsoKnownAs}{" "}
              {aliases.map((alias) => (
                <a key={alias} href={errorPath(locale, alias)} className="font-mono text-blue-700 underline underline-offset-2">
                  {alias}
                </a>
              ))}
            </p>
          )}
          {shared && <p className="mt-3 text-sm text-slate-600">{format(t.sharedCodeIntro, { count: sections.length })}</p>}
        </header>
        {shared ? (
          sections.map((section, index) => {
            const sectionLang = section.fallback ? section.article.locale : undefined;
            const headingId = ids.claim(`article-${section.article.slug}`);
            return (
              <section key={section.article.slug} aria-labelledby={headingId} className="mt-10 border-t border-slate-200 pt-6" data-testid="article-section">
                <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t.fromArticle}</p>
                <h2 id={headingId} className="mt-1 text-2xl font-semibold text-slate-900" lang={sectionLang}>
                  <a href={articlePath(locale, section.article.slug)} className="hover:underline">
                    {section.article.title}
                  </a>
                </h2>
                <TranslationNotice
                  locale={locale}
                  t={t}
                  status={section.status}
                  sourceLocale={section.localized.source.locale}
                  sourceHref={errorPath(section.localized.source.locale, code)}
                  className="mt-4"
                />
                {section.entry.message !== entry.message && (
                  <p className="mt-3 text-lg leading-snug text-slate-700" lang={sectionLang}>
                    {section.entry.message}
                  </p>
                )}
                <Guidance locale={locale} code={code} section={section} index={index} shared ids={ids} t={t} />
              </section>
            );
          })
        ) : (
          sections.map((section, index) => <Guidance key={section.article.slug} locale={locale} code={code} section={section} index={index} shared={false} ids={ids} t={t} />)
        )}
      </main>
      <SiteFooter t={t} />
    </>
  );
}
