import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CodeList, type CodeRow } from "@/components/CodeList";
import { LetterJump } from "@/components/LetterJump";
import { SiteFooter, SiteHeader } from "@/components/SiteHeader";
import { type Dictionary, dictionaryFor, format } from "@/lib/i18n";
import { letterFromSlug, letterSlug, otherLetter } from "@/lib/site/browse";
import { getCatalog } from "@/lib/site/catalog";
import { alternatesFor, pageMetadata } from "@/lib/site/metadata";
import { indexPath, letterPath } from "@/lib/site/urls";

/** `/<locale>/codes/<letter>/`: every code that starts with a letter, for catalogs too large to list on the index. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog()
    .codesByLetter()
    .map(({ letter }) => ({ letter: letterSlug(letter) }));
}

interface Props {
  params: Promise<{ locale: string; letter: string }>;
}

function titleFor(t: Dictionary, letter: string): string {
  return letter === otherLetter ? t.letterOtherTitle : format(t.letterTitle, { letter });
}

async function load(params: Props["params"]) {
  const { locale, letter: slug } = await params;
  const letter = letterFromSlug(slug);
  const groups = getCatalog().codesByLetter();
  const group = groups.find((candidate) => candidate.letter === letter);
  if (!letter || !group) notFound();
  return { locale, letter, group, groups };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, letter } = await load(params);
  const t = dictionaryFor(locale);
  const title = titleFor(t, letter);
  return pageMetadata({ title: `${title} · ${t.siteName}`, description: title, locale, pathIn: (other) => letterPath(other, letter) });
}

export default async function LetterPage({ params }: Props) {
  const { locale, letter, group, groups } = await load(params);
  const t = dictionaryFor(locale);
  const catalog = getCatalog();
  const rows = group.items.flatMap((code): CodeRow[] => {
    const page = catalog.errorPage(locale, code);
    return page ? [{ code, message: page.entry.message, steps: page.entry.steps.length, lang: page.fallback ? page.article.locale : undefined }] : [];
  });
  return (
    <>
      <SiteHeader locale={locale} t={t} alternates={alternatesFor((other) => letterPath(other, letter))} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-12">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
          <a href={indexPath(locale)} className="hover:text-slate-800 hover:underline">
            {t.breadcrumbIndex}
          </a>
        </nav>
        <h1 className="mt-4 text-3xl font-semibold tracking-tight text-slate-900">{titleFor(t, letter)}</h1>
        <LetterJump label={t.azJump} groups={groups} hrefFor={(other) => letterPath(locale, other)} current={letter} />
        <CodeList locale={locale} t={t} rows={rows} />
      </main>
      <SiteFooter t={t} />
    </>
  );
}
