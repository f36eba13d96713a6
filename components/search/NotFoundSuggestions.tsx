"use client";

import { useEffect, useState } from "react";
import { CodeText } from "@/components/CodeText";
import { safeDecode } from "@/lib/decode";
import type { SearchHit } from "@/lib/search/engine";
import { errorPath, indexPath, searchIndexPath } from "@/lib/site/urls";
import { loadEngine } from "./load-engine";

/** The 404 page's words in one interface language. */
export interface NotFoundStrings {
  /** "Did you mean…" above the suggestions. */
  heading: string;
  /** "There is no page for the code “{code}”." */
  missingCode: string;
  /** "There is no page at {path}." */
  missingPath: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchButton: string;
}

export interface NotFoundSuggestionsProps {
  /** The locales that have a search index; the first is used when the URL names none of them. */
  locales: string[];
  /** The page's words, by interface locale. */
  strings: Record<string, NotFoundStrings>;
}

/** What a 404 URL asked for: in which locale, and the code (for an error page) or the path. */
export interface MissingPage {
  locale: string;
  /** The code asked for, when the URL is an error page's. */
  code: string | null;
  path: string;
  /** What the search box is filled with: the code, or the last segment of the path. */
  query: string;
}


/**
 * `/pt-PT/errors/UserErrorGuestAgentStatus/` → the locale (as the site spells it) and the
 * code asked for; any other path → its locale (else `fallbackLocale`) and its last segment.
 */
export function missingPage(pathname: string, locales: readonly string[], fallbackLocale?: string): MissingPage | null {
  const segments = pathname.split("/").filter(Boolean);
  const first = (segments[0] ?? "").toLowerCase();
  const named = locales.find((candidate) => candidate.toLowerCase() === first);
  const locale = named ?? locales.find((candidate) => candidate === fallbackLocale) ?? locales[0];
  if (!locale) return null;
  const path = safeDecode(pathname);
  const rest = named ? segments.slice(1) : segments;
  if (rest[0] === "errors" && rest[1]) {
    const code = safeDecode(rest[1]);
    return { locale, code, path, query: code };
  }
  const last = rest.at(-1);
  return { locale, code: null, path, query: last ? safeDecode(last).replace(/\.html?$/i, "") : "" };
}

/** The strings of the interface language nearest to a locale: itself, the same language, else the first. */
export function stringsFor<T>(locale: string, strings: Record<string, T>): T | undefined {
  const language = locale.split("-")[0];
  const key = Object.keys(strings).find((candidate) => candidate === locale) ?? Object.keys(strings).find((candidate) => candidate.split("-")[0] === language);
  return strings[key ?? ""] ?? Object.values(strings)[0];
}

/**
 * On the 404 page (one static file for every URL, so it learns from the browser's URL what
 * was asked for): what was not found, the search box filled with it, and, for an error
 * page's URL, the closest codes, computed in the browser from the locale's search index.
 */
export function NotFoundSuggestions({ locales, strings }: NotFoundSuggestionsProps) {
  const [missing, setMissing] = useState<MissingPage | null>(null);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [query, setQuery] = useState("");

  useEffect(() => {
    // The page's language script has already chosen the language (from the URL, else the browser's).
    const asked = missingPage(window.location.pathname, locales, document.documentElement.lang);
    setMissing(asked);
    setQuery(asked?.query ?? "");
    if (!asked?.code) return;
    const code = asked.code;
    loadEngine(searchIndexPath(asked.locale)).then(
      ({ search }) =>
        search.closest(code, 5).then(
          (closest) => setHits(closest),
          () => setHits([]),
        ),
      () => setHits([]),
    );
  }, [locales]);

  const locale = missing?.locale ?? locales[0] ?? "";
  const t = stringsFor(locale, strings);
  if (!t) return null;
  return (
    <div lang={locale} className="mt-8" data-testid="not-found-search">
      {missing ? (
        <p className="break-words text-slate-700" data-testid="not-found-missing">
          {missing.code !== null
            ? t.missingCode.split("{code}").map((text, part) => (
                <span key={part}>
                  {part > 0 && (
                    <code className="rounded bg-slate-100 px-1 font-mono text-sm font-semibold text-slate-900">
                      <CodeText code={missing.code ?? ""} />
                    </code>
                  )}
                  {text}
                </span>
              ))
            : t.missingPath.split("{path}").map((text, part) => (
                <span key={part}>
                  {part > 0 && <code className="rounded bg-slate-100 px-1 font-mono text-sm text-slate-900">{missing.path}</code>}
                  {text}
                </span>
              ))}
        </p>
      ) : null}
      <form action={indexPath(locale)} method="get" role="search" className="mt-4 flex gap-2">
        <label htmlFor="not-found-query" className="sr-only">
          {t.searchLabel}
        </label>
        <input
          id="not-found-query"
          name="q"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t.searchPlaceholder}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          className="block min-w-0 flex-1 rounded-xl border border-slate-300 bg-white px-4 py-3 font-mono text-base text-slate-900 shadow-sm placeholder:font-sans placeholder:text-slate-400 focus:border-blue-600 focus:outline-none focus:ring-4 focus:ring-blue-600/20"
        />
        <button type="submit" className="shrink-0 rounded-xl bg-blue-700 px-4 py-3 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
          {t.searchButton}
        </button>
      </form>
      {hits.length > 0 ? (
        <section aria-labelledby="not-found-suggestions" className="mt-8" data-testid="not-found-suggestions">
          <h2 id="not-found-suggestions" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
            {t.heading}
          </h2>
          <ul className="mt-3 divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
            {hits.map(({ code }) => (
              <li key={code.row}>
                <a href={errorPath(locale, code.code)} data-suggested-code={code.code} className="block px-4 py-3 hover:bg-slate-50">
                  <code className="break-words font-mono text-sm font-semibold text-blue-800">
                    <CodeText code={code.code} />
                  </code>
                  <span className="mt-0.5 block text-sm text-slate-600">{code.message}</span>
                  <span className="mt-0.5 block text-xs text-slate-500">{code.article.title}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
