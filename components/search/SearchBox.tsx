"use client";

import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CodeText } from "@/components/CodeText";
import { format, plural } from "@/lib/i18n/format";
import type { Plural } from "@/lib/i18n";
import type { MatchKind, SearchFilters, SearchHit } from "@/lib/search/engine";
import type { Segment } from "@/lib/search/highlight";
import { errorPath } from "@/lib/site/urls";
import { loadEngine, type LoadedSearch } from "./load-engine";

export interface SearchBoxStrings {
  searchLabel: string;
  searchPlaceholder: string;
  searchHelp: string;
  searchKeys: string;
  searchLoading: string;
  searchFailed: string;
  searchResults: Plural;
  searchShowingFirst: string;
  /** Shown under the first answer while the rest of the results are on their way. */
  searchMore: string;
  searchNoResults: string;
  searchClosest: string;
  searchClear: string;
  matchCode: string;
  matchTypo: string;
  matchWeak: string;
  matchSpelling: string;
  searchNoneClose: string;
  filterService: string;
  filterArticle: string;
  filterAll: string;
  stepCount: Plural;
  noSteps: string;
}

export interface SearchBoxProps {
  locale: string;
  indexUrl: string;
  strings: SearchBoxStrings;
  /** Filter choices: the articles (by slug) and services the index holds, in order. */
  articles: Array<{ slug: string; title: string }>;
  services: string[];
}

interface Outcome {
  /** The query answered (the answer to a query typed since may still be on its way). */
  query: string;
  hits: SearchHit[];
  total: number;
  terms: string[];
  /** After no match: the codes close to the query, if any. */
  closest: SearchHit[];
  /** Only the best hit, shown before the rest (a query of common words at scale fetches its rows piece by piece). */
  firstOnly: boolean;
}

interface UrlState {
  query: string;
  article: string;
  service: string;
}

const limit = 20;

function readUrl(): UrlState {
  const params = new URLSearchParams(window.location.search);
  return { query: params.get("q") ?? "", article: params.get("article") ?? "", service: params.get("service") ?? "" };
}

function writeUrl({ query, article, service }: UrlState): void {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (article) params.set("article", article);
  if (service) params.set("service", service);
  const search = params.toString();
  const url = `${window.location.pathname}${search ? `?${search}` : ""}`;
  if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(window.history.state, "", url);
}

const markClass = "rounded-sm bg-yellow-100 px-px text-inherit";

/** Text with what the query matched in `<mark>`; codes keep their word breaks. */
function Marked({ segments, asCode = false }: { segments: Segment[]; asCode?: boolean }) {
  return (
    <>
      {segments.map(({ text, marked }, position) => {
        const content = asCode ? <CodeText code={text} /> : text;
        return marked ? (
          <mark key={position} className={markClass}>
            {content}
          </mark>
        ) : (
          <span key={position}>{content}</span>
        );
      })}
    </>
  );
}

function badgeFor(kind: MatchKind, t: SearchBoxStrings, weak: (kind: MatchKind) => boolean): { text: string; className: string } | null {
  if (kind === "code") return { text: t.matchCode, className: "bg-emerald-50 text-emerald-800" };
  if (kind === "typo") return { text: t.matchTypo, className: "bg-amber-50 text-amber-800" };
  if (weak(kind)) return { text: t.matchWeak, className: "bg-slate-100 text-slate-600 ring-1 ring-inset ring-slate-300" };
  return null;
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/**
 * The search island of the index page. The engine and the locale's index are
 * fetched the first time the box is focused or used (or at once when the URL
 * already holds a query), so the page itself loads without them.
 */
export function SearchBox({ locale, indexUrl, strings: t, articles, services }: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<UrlState>({ query: "", article: "", service: "" });
  const [loaded, setLoaded] = useState<LoadedSearch | null>(null);
  const [status, setStatus] = useState<"idle" | "loading" | "ready" | "failed">("idle");
  /** The option chosen with the arrow keys; -1 until then (the best result counts as chosen, a mere suggestion does not). */
  const [active, setActive] = useState(-1);

  const requested = useRef(false);

  const ensureLoaded = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    setStatus("loading");
    loadEngine(indexUrl).then(
      (search) => {
        setLoaded(search);
        setStatus("ready");
      },
      () => {
        requested.current = false;
        setStatus("failed");
      },
    );
  }, [indexUrl]);

  // The URL is the search's memory: a shared link or the back button brings it back.
  useEffect(() => {
    const restore = (): void => {
      const fromUrl = readUrl();
      setState(fromUrl);
      if (fromUrl.query || fromUrl.article || fromUrl.service) ensureLoaded();
    };
    restore();
    window.addEventListener("popstate", restore);
    return () => window.removeEventListener("popstate", restore);
  }, [ensureLoaded]);

  useEffect(() => {
    const focusOnSlash = (event: globalThis.KeyboardEvent): void => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener("keydown", focusOnSlash);
    return () => window.removeEventListener("keydown", focusOnSlash);
  }, []);

  const update = (next: Partial<UrlState>): void => {
    const merged = { ...state, ...next };
    setState(merged);
    setActive(-1);
    writeUrl(merged);
    ensureLoaded();
  };

  const filters = useMemo((): SearchFilters => {
    // The filter's articles are the index's, in the same order.
    const position = articles.findIndex((article) => article.slug === state.article);
    return { article: position >= 0 ? position : undefined, service: state.service || undefined };
  }, [articles, state.article, state.service]);

  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Each query fetches the chunks it needs: only the answer to the latest query is shown.
  const latest = useRef(0);
  const enterPending = useRef(false);
  useEffect(() => {
    const asked = ++latest.current;
    if (!loaded) return;
    const { search } = loaded;
    const answer = async (): Promise<Outcome | null> => {
      if (state.query.trim()) {
        const result = await search.search(state.query, filters, limit, (first) => {
          if (asked === latest.current) setOutcome({ ...first, query: state.query, closest: [], firstOnly: true });
        });
        const closest = result.total === 0 ? await search.closest(state.query, 5, filters) : [];
        return { ...result, query: state.query, closest, firstOnly: false };
      }
      if (filters.article !== undefined || filters.service !== undefined) return { ...(await search.list(filters, limit)), query: state.query, closest: [], firstOnly: false };
      return null;
    };
    answer().then(
      (next) => {
        if (asked !== latest.current) return;
        setOutcome(next);
        // Enter pressed before this answer came opens its best result, as it would have.
        const best = next && next.total > 0 ? next.hits[0] : undefined;
        if (enterPending.current && best) window.location.assign(errorPath(locale, best.code.code));
        enterPending.current = false;
      },
      () => {
        if (asked === latest.current) setStatus("failed");
      },
    );
  }, [loaded, state.query, filters]);

  const shown: SearchHit[] = outcome ? (outcome.hits.length ? outcome.hits : outcome.closest) : [];
  const open = shown.length > 0;
  const noMatch = !!outcome && outcome.total === 0;
  // With results the best one is chosen until the arrows move; suggestions after no match wait for an explicit choice.
  const selected = active < 0 && !noMatch && open ? 0 : active;
  const optionId = (position: number): string => `search-option-${position}`;
  // The engine module (fetched with the index) also knows which matches are weak and what to mark: the island stays small.
  const weak = loaded?.engine.isWeak ?? (() => false);
  const markCode = loaded?.engine.markCode ?? ((code: string): Segment[] => [{ text: code, marked: false }]);
  const markWords = loaded?.engine.markWords ?? ((text: string): Segment[] => [{ text, marked: false }]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!open) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      const from = selected < 0 ? (step > 0 ? -1 : 0) : selected;
      setActive((from + step + shown.length) % shown.length);
    } else if (event.key === "Enter") {
      if (outcome?.query !== state.query && state.query.trim()) {
        // The results shown answer an earlier query: open the best answer to this one when it comes.
        event.preventDefault();
        enterPending.current = active < 0;
        return;
      }
      const chosen = shown[selected];
      if (!chosen) return;
      event.preventDefault();
      window.location.assign(errorPath(locale, chosen.code.code));
    } else if (event.key === "Escape") {
      if (state.query) update({ query: "" });
      else input.current?.blur();
    }
  };

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  }, [active]);

  const selectClass =
    "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800 shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30";

  return (
    <div data-search-box className="mt-6">
      <label htmlFor="search-input" className="sr-only">
        {t.searchLabel}
      </label>
      <div className="relative">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="pointer-events-none absolute left-4 top-1/2 h-5 w-5 -translate-y-1/2 text-slate-400">
          <path fill="currentColor" d="M8.5 2a6.5 6.5 0 0 1 5.2 10.4l4 4a1 1 0 0 1-1.4 1.4l-4-4A6.5 6.5 0 1 1 8.5 2Zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9Z" />
        </svg>
        <input
          ref={input}
          id="search-input"
          type="search"
          role="combobox"
          aria-expanded={open}
          aria-controls="search-results"
          aria-autocomplete="list"
          aria-activedescendant={open && selected >= 0 ? optionId(selected) : undefined}
          aria-describedby="search-help"
          aria-keyshortcuts="/"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          placeholder={t.searchPlaceholder}
          value={state.query}
          onFocus={ensureLoaded}
          onChange={(event) => update({ query: event.target.value })}
          onKeyDown={onKeyDown}
          className="block w-full rounded-xl border border-slate-300 bg-white py-3.5 pl-12 pr-12 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-blue-600 focus:outline-none focus:ring-4 focus:ring-blue-600/20 [&::-webkit-search-cancel-button]:hidden"
        />
        {state.query ? (
          <button
            type="button"
            onClick={() => {
              update({ query: "" });
              input.current?.focus();
            }}
            className="absolute right-3 top-1/2 -translate-y-1/2 rounded-md p-1.5 text-slate-400 hover:bg-slate-100 hover:text-slate-700"
          >
            <span className="sr-only">{t.searchClear}</span>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4">
              <path fill="currentColor" d="M5.3 5.3a1 1 0 0 1 1.4 0L10 8.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4L10 11.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 10 5.3 6.7a1 1 0 0 1 0-1.4Z" />
            </svg>
          </button>
        ) : (
          <kbd aria-hidden="true" className="absolute right-4 top-1/2 hidden -translate-y-1/2 rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs text-slate-500 sm:block">
            /
          </kbd>
        )}
      </div>
      <p id="search-help" className="mt-2 text-sm text-slate-500">
        {t.searchHelp} <span className="hidden sm:inline">{t.searchKeys}.</span>
      </p>

      {(services.length > 1 || articles.length > 1) && (
        <div className="mt-3 grid gap-3 sm:grid-cols-[12rem_1fr]">
          {services.length > 1 && (
            <div>
              <label htmlFor="search-filter-service" className="text-xs font-medium uppercase tracking-wide text-slate-500">
                {t.filterService}
              </label>
              <select id="search-filter-service" value={state.service} onChange={(event) => update({ service: event.target.value })} className={selectClass} data-filter="service">
                <option value="">{t.filterAll}</option>
                {services.map((service) => (
                  <option key={service} value={service}>
                    {service}
                  </option>
                ))}
              </select>
            </div>
          )}
          {articles.length > 1 && (
            <div className={services.length > 1 ? "sm:col-start-2" : "sm:col-span-2"}>
              <label htmlFor="search-filter-article" className="text-xs font-medium uppercase tracking-wide text-slate-500">
                {t.filterArticle}
              </label>
              <select id="search-filter-article" value={state.article} onChange={(event) => update({ article: event.target.value })} className={selectClass} data-filter="article">
                <option value="">{t.filterAll}</option>
                {articles.map((article) => (
                  <option key={article.slug} value={article.slug}>
                    {article.title}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      )}

      <div aria-live="polite" className="mt-3 text-sm text-slate-600" data-testid="search-status">
        {status === "loading" && (state.query || state.article || state.service) ? t.searchLoading : null}
        {status === "failed" ? t.searchFailed : null}
        {outcome?.firstOnly ? t.searchMore : null}
        {outcome && outcome.total > 0 && !outcome.firstOnly ? (
          <>
            {plural(locale, t.searchResults, outcome.total)}
            {outcome.total > outcome.hits.length ? ` · ${format(t.searchShowingFirst, { shown: outcome.hits.length })}` : null}
          </>
        ) : null}
        {noMatch ? format(t.searchNoResults, { query: state.query.trim() }) : null}
        {noMatch && !open ? ` ${t.searchNoneClose}` : null}
      </div>

      {noMatch && open ? (
        <h2 id="search-closest" className="mt-3 text-xs font-semibold uppercase tracking-wide text-slate-500">
          {t.searchClosest}
        </h2>
      ) : null}
      <div
        id="search-results"
        role="listbox"
        aria-label={noMatch ? t.searchClosest : t.searchLabel}
        hidden={!open}
        data-testid="search-results"
        className="mt-2 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm"
      >
        {shown.map((hit, position) => {
          const badge = badgeFor(hit.kind, t, weak);
          return (
            <a
              key={hit.code.row}
              id={optionId(position)}
              role="option"
              aria-selected={position === selected}
              href={errorPath(locale, hit.code.code)}
              data-result-code={hit.code.code}
              data-match={hit.kind}
              onMouseMove={() => setActive(position)}
              className="block border-b border-slate-100 px-4 py-3 last:border-b-0 aria-selected:bg-blue-50"
            >
              <span className="flex items-start gap-3">
                <span className="flex min-w-0 flex-1 flex-wrap items-center gap-x-2 gap-y-1">
                  <code className="break-words font-mono text-sm font-semibold text-blue-800">
                    <Marked segments={hit.spelling ? [{ text: hit.code.code, marked: false }] : markCode(hit.code.code, state.query, hit.kind)} asCode />
                  </code>
                  {badge ? <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${badge.className}`}>{badge.text}</span> : null}
                </span>
                <span className="shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">
                  {hit.code.steps ? plural(locale, t.stepCount, hit.code.steps) : t.noSteps}
                </span>
              </span>
              {hit.spelling ? (
                <span className="mt-1 block text-xs text-slate-600" data-spelling>
                  {t.matchSpelling} <mark className={`${markClass} font-mono`}>{hit.spelling}</mark>
                </span>
              ) : null}
              <span className="mt-1 block text-sm text-slate-700">
                <Marked segments={markWords(hit.code.message, outcome?.terms ?? [])} />
              </span>
              <span className="mt-1 block text-xs text-slate-500">{hit.code.article.title}</span>
            </a>
          );
        })}
      </div>
    </div>
  );
}
