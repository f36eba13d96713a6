"use client";

import { useEffect, useState } from "react";
import { CodeText } from "@/components/CodeText";
import { safeDecode } from "@/lib/decode";
import type { SearchHit } from "@/lib/search/engine";
import { errorPath, searchIndexPath } from "@/lib/site/urls";
import { loadEngine } from "./load-engine";

export interface NotFoundSuggestionsProps {
  /** The locales that have a search index; the first is used when the URL names none of them. */
  locales: string[];
  /** "Did you mean…" in each interface language, by locale. */
  headings: Record<string, string>;
}

interface Suggestions {
  locale: string;
  heading: string;
  hits: SearchHit[];
}

/** `/pt-PT/errors/UserErrorGuestAgentStatus/` → the locale (as the site spells it) and the code asked for. */
export function unknownErrorUrl(pathname: string, locales: readonly string[]): { locale: string; code: string } | null {
  const match = /^\/([^/]+)\/errors\/([^/]+)/.exec(pathname);
  if (!match?.[1] || !match[2]) return null;
  const segment = match[1].toLowerCase();
  const locale = locales.find((candidate) => candidate.toLowerCase() === segment) ?? locales[0];
  if (!locale) return null;
  return { locale, code: safeDecode(match[2]) };
}

function headingFor(locale: string, headings: Record<string, string>): string {
  const language = locale.split("-")[0];
  const key = Object.keys(headings).find((candidate) => candidate === locale) ?? Object.keys(headings).find((candidate) => candidate.split("-")[0] === language);
  return headings[key ?? ""] ?? Object.values(headings)[0] ?? "";
}

/**
 * On the 404 page, for a URL that looks like an error page: the closest codes,
 * computed in the browser from the locale's search index (the 404 page is one
 * static file for every URL, so it cannot know them in advance).
 */
export function NotFoundSuggestions({ locales, headings }: NotFoundSuggestionsProps) {
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);

  useEffect(() => {
    const asked = unknownErrorUrl(window.location.pathname, locales);
    if (!asked) return;
    loadEngine(searchIndexPath(asked.locale)).then(
      ({ engine, index }) => setSuggestions({ locale: asked.locale, heading: headingFor(asked.locale, headings), hits: engine.closestCodes(index, asked.code, 5) }),
      () => setSuggestions(null),
    );
  }, [locales, headings]);

  if (!suggestions || suggestions.hits.length === 0) return null;
  return (
    <section lang={suggestions.locale} aria-labelledby="not-found-suggestions" className="mt-10" data-testid="not-found-suggestions">
      <h2 id="not-found-suggestions" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
        {suggestions.heading}
      </h2>
      <ul className="mt-3 divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
        {suggestions.hits.map(({ code }) => (
          <li key={code.code}>
            <a href={errorPath(suggestions.locale, code.code)} data-suggested-code={code.code} className="block px-4 py-3 hover:bg-slate-50">
              <code className="font-mono text-sm font-semibold text-blue-800">
                <CodeText code={code.code} />
              </code>
              <span className="mt-0.5 block text-sm text-slate-600">{code.message}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
