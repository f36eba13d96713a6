"use client";

import { type ReactNode, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { fixedByGuidance } from "@/lib/checklist/progress";
import { decodeShare, encodeShare, type SharedProgress, withoutShare } from "@/lib/checklist/share";
import { ChecklistStore, initialSnapshot, type RelatedEntry } from "@/lib/checklist/store";
import { progressSummary } from "@/lib/checklist/summary";
import type { ChecklistStrings } from "@/lib/i18n/checklist";
import { format, formatList } from "@/lib/i18n/format";

export interface ChecklistStep {
  id: string;
  n: number;
  label: string;
  title: string;
}

export interface ChecklistProps {
  locale: string;
  articleSlug: string;
  entryId: string;
  code: string;
  message: string;
  steps: ChecklistStep[];
  /** Server-rendered solutions, in step order. */
  solutions: ReactNode[];
  related: Record<string, RelatedEntry[]>;
  strings: ChecklistStrings;
  /** Set when the content is shown in another language than the interface. */
  contentLang?: string;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function stepFromHash(steps: ChecklistStep[]): ChecklistStep | undefined {
  let hash = "";
  try {
    hash = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return undefined;
  }
  return steps.find((step) => step.id === hash);
}

const buttonClass =
  "inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-50";
const primaryClass =
  "inline-flex items-center gap-1.5 rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700";

/**
 * The checklist view. All state lives in ChecklistStore (plain TypeScript); this
 * component only renders it and forwards what the user does. The server renders
 * every step unchecked and expanded; saved progress appears after mount.
 */
export function Checklist(props: ChecklistProps) {
  const { steps, strings: t, locale } = props;
  const stepIds = useMemo(() => steps.map((step) => step.id), [steps]);
  const [store] = useState(
    () => new ChecklistStore({ articleSlug: props.articleSlug, entryId: props.entryId, stepIds, related: props.related }),
  );
  const serverSnapshot = useMemo(() => initialSnapshot(stepIds), [stepIds]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, () => serverSnapshot);
  const { progress, loaded } = snapshot;

  /** null: every solution open (the server's rendering, and the no-JS page). */
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const [focusMode, setFocusMode] = useState(false);
  const [focused, setFocused] = useState<string | null>(null);
  const [confirmingRestart, setConfirmingRestart] = useState(false);
  const [shared, setShared] = useState<SharedProgress | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [fallbackText, setFallbackText] = useState<string | null>(null);
  const headings = useRef(new Map<string, HTMLElement | null>());

  const stepById = (id: string | null) => steps.find((step) => step.id === id);

  const reveal = (id: string, scroll: boolean) => {
    setExpanded((open) => new Set(open ?? []).add(id));
    setFocused(id);
    if (scroll) {
      requestAnimationFrame(() => {
        const heading = headings.current.get(id);
        heading?.scrollIntoView({ block: "start" });
        heading?.focus({ preventScroll: true });
      });
    }
  };

  // After mount: open the current step (or the one the link points to) and read a shared link.
  useEffect(() => {
    if (!loaded || expanded !== null) return;
    const target = stepFromHash(steps);
    const start = target?.id ?? snapshot.current ?? steps[0]?.id;
    setExpanded(new Set(start ? [start] : []));
    setFocused(start ?? null);
    if (target) reveal(target.id, true);
    setShared(decodeShare(window.location.search, steps));
    // Runs once, when saved progress becomes known.
  }, [loaded]);

  useEffect(() => {
    const onHashChange = () => {
      const target = stepFromHash(steps);
      if (target) reveal(target.id, true);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [steps]);

  const checkedCount = progress.checked.length;
  const progressText = format(t.progress, { checked: checkedCount, total: steps.length });
  const shareQuery = encodeShare({ tried: progress.checked, fixedBy: progress.fixedBy }, steps);

  const shareUrl = () => {
    const url = new URL(window.location.href);
    url.hash = "";
    url.search = shareQuery ? `?${shareQuery}` : "";
    return url.toString();
  };

  const copy = async (text: string, done: string) => {
    if (await copyText(text)) {
      setFallbackText(null);
      setAnnouncement(done);
    } else {
      setFallbackText(text);
    }
  };

  const toggle = (id: string, checked: boolean) => {
    store.setChecked(id, checked);
    const count = checkedCount + (checked ? 1 : -1);
    setAnnouncement(format(t.progress, { checked: count, total: steps.length }));
    if (!checked) return;
    // Checking a step opens the next one to work on, so the user can go straight on.
    const next = store.getSnapshot().current;
    if (next === null) return;
    if (focusMode) reveal(next, true);
    else
      setExpanded((open) => {
        const after = new Set(open ?? stepIds);
        after.delete(id);
        return after.add(next);
      });
  };

  const clearShareFromUrl = () => {
    window.history.replaceState(window.history.state, "", withoutShare(new URL(window.location.href)));
    setShared(null);
  };

  const fixedStep = stepById(progress.fixedBy);

  return (
    <div data-checklist data-loaded={loaded ? "true" : "false"}>
      <div aria-live="polite" role="status" className="sr-only" data-testid="announcer">
        {announcement}
      </div>

      {loaded && (snapshot.save === "unavailable" || snapshot.save === "unreadable" || snapshot.save === "write-failed") && (
        <p className="mb-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-600" data-testid="storage-notice">
          {t.storageNotice}
        </p>
      )}

      {snapshot.guideChanged && (
        <div className="mb-3 flex items-start justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="guide-changed">
          <p>{t.guideChanged}</p>
          <button type="button" className="shrink-0 underline" onClick={() => store.dismissGuideChanged()}>
            {t.close}
          </button>
        </div>
      )}

      {shared && (
        <section aria-label={t.sharedTitle} className="mb-4 rounded-xl border border-blue-200 bg-blue-50 p-4" data-testid="shared-banner" data-print-hidden>
          <h3 className="font-semibold text-blue-950">{t.sharedTitle}</h3>
          <p className="mt-1 text-sm text-blue-950">
            {shared.tried.length
              ? format(t.sharedTried, {
                  steps: formatList(
                    locale,
                    shared.tried.map((id) => String(stepById(id)?.n ?? "?")),
                  ),
                })
              : t.sharedNoneTried}{" "}
            {shared.fixedBy === fixedByGuidance
              ? t.sharedFixedGuidance
              : shared.fixedBy
                ? format(t.sharedFixed, { n: stepById(shared.fixedBy)?.n ?? "?" })
                : null}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button
              type="button"
              className={primaryClass}
              onClick={() => {
                store.adopt(shared);
                setAnnouncement(t.adopted);
                clearShareFromUrl();
              }}
            >
              {t.adopt}
            </button>
            <button type="button" className={buttonClass} onClick={clearShareFromUrl}>
              {t.dismiss}
            </button>
          </div>
        </section>
      )}

      {progress.fixedBy !== null && (
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-emerald-300 bg-emerald-50 p-4" data-testid="resolved">
          <div>
            <p className="font-semibold text-emerald-900">✓ {t.resolvedTitle}</p>
            <p className="text-sm text-emerald-900">
              {fixedStep ? format(t.resolvedByStep, { n: fixedStep.n, title: fixedStep.title }) : t.resolvedByGuidance}
            </p>
          </div>
          <button type="button" className={buttonClass} onClick={() => store.undoFixed()}>
            {t.undo}
          </button>
        </div>
      )}

      {steps.length === 0 ? (
        progress.fixedBy === null && (
          <div className="flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-white p-4" data-print-hidden>
            <p className="text-sm text-slate-700">{t.guidanceQuestion}</p>
            <button type="button" className={primaryClass} disabled={!loaded} onClick={() => store.markFixed(fixedByGuidance)}>
              {t.fixedIt}
            </button>
          </div>
        )
      ) : (
        <>
          <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border sm:bg-white/95 sm:px-4">
            <div className="flex items-center justify-between gap-3">
              <p className="text-sm font-medium text-slate-800" data-testid="progress">
                {progressText}
              </p>
              {loaded && (
                <button
                  type="button"
                  className="text-sm font-medium text-blue-700 underline-offset-2 hover:underline"
                  aria-pressed={focusMode}
                  onClick={() => {
                    setFocusMode(!focusMode);
                    const id = focused ?? snapshot.current ?? steps[0]?.id;
                    if (!focusMode && id) reveal(id, true);
                  }}
                  data-print-hidden
                >
                  {focusMode ? t.showAll : t.stepByStep}
                </button>
              )}
            </div>
            <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
              <div className="h-full rounded-full bg-emerald-600 transition-[width]" style={{ width: `${(checkedCount / steps.length) * 100}%` }} />
            </div>
          </div>

          <ol className="mt-4 space-y-3" data-step-list>
            {steps.map((step, index) => {
              const checked = progress.checked.includes(step.id);
              const isCurrent = loaded && snapshot.current === step.id;
              const open = expanded === null || expanded.has(step.id);
              const inFocus = focusMode && focused === step.id;
              const elsewhere = snapshot.checkedElsewhere[step.id];
              const titleId = `step-title-${step.id}`;
              const solutionId = `step-solution-${step.id}`;
              return (
                <li
                  key={step.id}
                  id={step.id}
                  data-step-id={step.id}
                  data-state={progress.fixedBy === step.id ? "fixed" : checked ? "checked" : isCurrent ? "current" : "todo"}
                  className={`scroll-mt-24 rounded-xl border bg-white shadow-sm transition-colors ${
                    isCurrent ? "border-blue-400 ring-2 ring-blue-100" : checked ? "border-emerald-200" : "border-slate-200"
                  } ${focusMode && !inFocus ? "opacity-80" : ""}`}
                >
                  <div className="flex items-start gap-3 px-4 py-3 sm:px-5">
                    <input
                      type="checkbox"
                      className="mt-1 h-5 w-5 shrink-0 cursor-pointer accent-emerald-700 disabled:cursor-default"
                      aria-labelledby={titleId}
                      checked={checked}
                      disabled={!loaded}
                      onChange={(event) => toggle(step.id, event.target.checked)}
                    />
                    <div className="min-w-0 flex-1">
                      <p className="flex flex-wrap items-center gap-2 text-xs font-medium uppercase tracking-wide text-slate-500">
                        <span lang={props.contentLang}>{step.label}</span>
                        {isCurrent && (
                          <span className="rounded-full bg-blue-100 px-2 py-0.5 normal-case tracking-normal text-blue-800" data-testid="current-marker">
                            {t.current}
                          </span>
                        )}
                      </p>
                      <h3
                        id={titleId}
                        ref={(node) => {
                          headings.current.set(step.id, node);
                        }}
                        tabIndex={-1}
                        lang={props.contentLang}
                        className={`text-base font-semibold leading-snug focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 sm:text-lg ${
                          checked ? "text-slate-500 line-through decoration-slate-300" : "text-slate-900"
                        }`}
                      >
                        {step.title}
                      </h3>
                      {elsewhere && !checked && (
                        <p className="mt-1 text-sm text-slate-600" data-testid="checked-elsewhere">
                          {format(t.checkedElsewhere, { codes: formatList(locale, elsewhere.map((entry) => entry.code)) })}
                        </p>
                      )}
                    </div>
                    {loaded && (
                      <button
                        type="button"
                        className="shrink-0 rounded-md px-2 py-1 text-sm text-blue-700 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-600"
                        aria-expanded={open}
                        aria-controls={solutionId}
                        onClick={() =>
                          setExpanded((current) => {
                            const next = new Set(current ?? stepIds);
                            if (open) next.delete(step.id);
                            else next.add(step.id);
                            return next;
                          })
                        }
                        data-print-hidden
                      >
                        <svg
                          aria-hidden="true"
                          viewBox="0 0 20 20"
                          className={`inline h-5 w-5 transition-transform sm:hidden ${open ? "rotate-180" : ""}`}
                        >
                          <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
                        </svg>
                        <span className="sr-only sm:not-sr-only">{open ? t.hideSolution : t.showSolution}</span>
                        <span className="sr-only">: {step.title}</span>
                      </button>
                    )}
                  </div>
                  <div id={solutionId} data-solution className={`border-t border-slate-100 px-4 py-4 sm:px-5 ${open ? "" : "hidden print:block"}`}>
                    {props.solutions[index]}
                    {loaded && (
                      <div className="mt-4 flex flex-wrap items-center gap-2" data-print-hidden>
                        {progress.fixedBy !== step.id && (
                          <button type="button" className={primaryClass} onClick={() => store.markFixed(step.id)}>
                            {t.fixedIt}
                          </button>
                        )}
                        <button
                          type="button"
                          className={buttonClass}
                          onClick={() => {
                            const url = new URL(window.location.href);
                            url.search = "";
                            url.hash = step.id;
                            void copy(url.toString(), format(t.linkCopied, { n: step.n }));
                          }}
                        >
                          {t.copyLink}
                        </button>
                        {focusMode && inFocus && (
                          <span className="ml-auto flex items-center gap-2">
                            <span className="text-sm text-slate-500">{format(t.stepOf, { n: index + 1, total: steps.length })}</span>
                            <button type="button" className={buttonClass} disabled={index === 0} onClick={() => reveal(steps[index - 1]?.id ?? step.id, true)}>
                              ← {t.back}
                            </button>
                            <button
                              type="button"
                              className={buttonClass}
                              disabled={index === steps.length - 1}
                              onClick={() => reveal(steps[index + 1]?.id ?? step.id, true)}
                            >
                              {t.next} →
                            </button>
                          </span>
                        )}
                      </div>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
          {loaded && checkedCount === steps.length && progress.fixedBy === null && (
            <p className="mt-4 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t.allChecked}</p>
          )}
        </>
      )}

      {loaded && (
        <div className="mt-6 flex flex-wrap items-center gap-2 border-t border-slate-200 pt-4" data-print-hidden>
          <button type="button" className={buttonClass} onClick={() => void copy(shareUrl(), t.shareCopied)}>
            {t.shareProgress}
          </button>
          <button
            type="button"
            className={buttonClass}
            onClick={() =>
              void copy(
                progressSummary({
                  code: props.code,
                  message: props.message,
                  steps,
                  progress,
                  shareUrl: shareUrl(),
                  strings: {
                    tried: t.summaryTried,
                    notTried: t.summaryNotTried,
                    fixedIt: t.summaryFixedIt,
                    resolvedByGuidance: t.resolvedByGuidance,
                    link: t.summaryLink,
                  },
                }),
                t.summaryCopied,
              )
            }
          >
            {t.copySummary}
          </button>
          <span className="ml-auto">
            {confirmingRestart ? (
              <span className="flex flex-wrap items-center gap-2" role="group" aria-label={t.confirmStartOver}>
                <span className="text-sm text-slate-700">{t.confirmStartOver}</span>
                <button
                  type="button"
                  className="inline-flex items-center rounded-md bg-rose-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-rose-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-rose-700"
                  onClick={() => {
                    store.restart();
                    setConfirmingRestart(false);
                    setFocused(steps[0]?.id ?? null);
                    setExpanded(new Set(steps[0] ? [steps[0].id] : []));
                    setAnnouncement(format(t.progress, { checked: 0, total: steps.length }));
                  }}
                >
                  {t.confirmYes}
                </button>
                <button type="button" className={buttonClass} onClick={() => setConfirmingRestart(false)}>
                  {t.cancel}
                </button>
              </span>
            ) : (
              <button type="button" className={buttonClass} onClick={() => setConfirmingRestart(true)}>
                {t.startOver}
              </button>
            )}
          </span>
        </div>
      )}

      {fallbackText !== null && (
        <div className="mt-3 rounded-md border border-slate-300 bg-white p-3" data-testid="copy-fallback">
          <label className="text-sm text-slate-700">
            {t.copyFallback}
            <textarea
              readOnly
              value={fallbackText}
              rows={Math.min(10, fallbackText.split("\n").length + 1)}
              className="mt-2 block w-full rounded border border-slate-300 p-2 font-mono text-xs"
              onFocus={(event) => event.target.select()}
              ref={(node) => node?.select()}
            />
          </label>
          <button type="button" className={`${buttonClass} mt-2`} onClick={() => setFallbackText(null)}>
            {t.close}
          </button>
        </div>
      )}
    </div>
  );
}
