/**
 * A letter's page of codes (`/<locale>/codes/<letter>/`), and, for a letter with more codes
 * than `codesPerLetterPage`, its numbered pages (`/<locale>/codes/<letter>/2/`…), each
 * listing its share and, above it, every page of the letter by its first and last code.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CodeList, type CodeRow } from "@/components/CodeList";
import { CodeText } from "@/components/CodeText";
import { LetterJump } from "@/components/LetterJump";
import { SiteFooter, SiteHeader } from "@/components/SiteHeader";
import { type Dictionary, dictionaryFor, format } from "@/lib/i18n";
import { letterFromSlug, letterPages, otherLetter, pageFromSlug } from "@/lib/site/browse";
import { getCatalog } from "@/lib/site/catalog";
import { alternatesFor, pageMetadata } from "@/lib/site/metadata";
import { indexPath, letterPath } from "@/lib/site/urls";

export interface LetterParams {
  locale: string;
  letter: string;
  /** Absent on a letter's first page. */
  page?: string;
}

function titleFor(t: Dictionary, letter: string, page: number, pages: number): string {
  const title = letter === otherLetter ? t.letterOtherTitle : format(t.letterTitle, { letter });
  return pages > 1 ? `${title}, ${format(t.letterPage, { page, pages })}` : title;
}

/** The letter, its pages and the one asked for; anything else is a 404. */
export function loadLetter({ letter: letterSlug, page: pageSlug }: LetterParams) {
  const letter = letterFromSlug(letterSlug);
  const groups = getCatalog().codesByLetter();
  const group = groups.find((candidate) => candidate.letter === letter);
  if (!letter || !group) notFound();
  const pages = letterPages(group.items);
  const page = pageSlug === undefined ? 1 : pageFromSlug(pageSlug, pages.length);
  if (page === null) notFound();
  return { letter, groups, pages, page, codes: pages[page - 1] ?? [] };
}

export function letterMetadata(params: LetterParams): Metadata {
  const { letter, pages, page } = loadLetter(params);
  const t = dictionaryFor(params.locale);
  const title = titleFor(t, letter, page, pages.length);
  return pageMetadata({ title: `${title} · ${t.siteName}`, description: title, locale: params.locale, pathIn: (other) => letterPath(other, letter, page) });
}

export function LetterView({ params }: { params: LetterParams }) {
  const { locale } = params;
  const { letter, groups, pages, page, codes } = loadLetter(params);
  const t = dictionaryFor(locale);
  const catalog = getCatalog();
  const rows = codes.flatMap((code): CodeRow[] => {
    const shown = catalog.errorPage(locale, code);
    return shown ? [{ code, message: shown.entry.message, steps: shown.entry.steps.length, lang: shown.fallback ? shown.article.locale : undefined }] : [];
  });
  return (
    <>
      <SiteHeader locale={locale} t={t} alternates={alternatesFor((other) => letterPath(other, letter, page))} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-12">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
          <a href={indexPath(locale)} className="hover:text-slate-800 hover:underline">
            {t.breadcrumbIndex}
          </a>
        </nav>
        <h1 className="mt-4 text-3xl font-semibold tracking-tight text-slate-900">{titleFor(t, letter, page, pages.length)}</h1>
        <LetterJump label={t.azJump} groups={groups} hrefFor={(other) => letterPath(locale, other)} current={letter} />
        {pages.length > 1 && (
          <nav aria-label={t.letterPages} data-testid="letter-pages" className="mt-6">
            <ol className="grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
              {pages.map((items, position) => {
                const number = position + 1;
                return (
                  <li key={number}>
                    <a
                      href={letterPath(locale, letter, number)}
                      aria-current={number === page ? "page" : undefined}
                      className="flex gap-2 rounded-md px-2 py-1 font-mono text-blue-800 hover:bg-blue-50 aria-[current=page]:bg-blue-700 aria-[current=page]:text-white"
                    >
                      <span className="w-8 shrink-0 text-right font-sans text-slate-500 [[aria-current=page]>&]:text-blue-100">{number}</span>
                      <span className="min-w-0">
                        <CodeText code={items[0] ?? ""} /> – <CodeText code={items.at(-1) ?? ""} />
                      </span>
                    </a>
                  </li>
                );
              })}
            </ol>
          </nav>
        )}
        <CodeList locale={locale} t={t} rows={rows} />
      </main>
      <SiteFooter t={t} />
    </>
  );
}
