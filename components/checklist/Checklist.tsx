"use client";

import { type ReactNode, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { fixedByGuidance } from "@/lib/checklist/progress";
import { safeDecode } from "@/lib/decode";
import { decodeShare, encodeShare, type SharedProgress, withoutShare } from "@/lib/checklist/share";
import { ChecklistStore, initialSnapshot, type RelatedEntry } from "@/lib/checklist/store";
import { progressSummary } from "@/lib/checklist/summary";
import type { ChecklistStrings } from "@/lib/i18n/checklist";
import { format } from "@/lib/i18n/format";
import { ResolvedBanner, SharedBanner } from "./Banners";
import { ChecklistActions, CopyFallback } from "./ChecklistActions";
import { type ChecklistStep, StepItem } from "./StepItem";
import { primaryClass } from "./styles";

export type { ChecklistStep };

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
  const hash = safeDecode(window.location.hash.slice(1));
  return steps.find((step) => step.id === hash);
}

/**
 * The checklist view. Progress lives in ChecklistStore (plain TypeScript); this component
 * renders it and forwards what the user does, and owns only view state (which solutions
 * are open, step-by-step mode). The server renders every step unchecked and open; saved
 * progress appears after mount.
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

  /** null: every solution open (the server's rendering, and the page without JavaScript). */
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const [focusMode, setFocusMode] = useState(false);
  const [focused, setFocused] = useState<string | null>(null);
  const [shared, setShared] = useState<SharedProgress | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [fallbackText, setFallbackText] = useState<string | null>(null);
  const headings = useRef(new Map<string, HTMLElement | null>());

  const reveal = (id: string) => {
    setExpanded((open) => new Set(open ?? []).add(id));
    setFocused(id);
    requestAnimationFrame(() => {
      const heading = headings.current.get(id);
      heading?.scrollIntoView({ block: "start" });
      heading?.focus({ preventScroll: true });
    });
  };

  // Once saved progress is known: open the current step (or the linked one) and read a shared link.
  useEffect(() => {
    if (!loaded) return;
    const target = stepFromHash(steps);
    const start = target?.id ?? snapshot.current ?? steps[0]?.id ?? null;
    setExpanded(new Set(start === null ? [] : [start]));
    setFocused(start);
    if (target) reveal(target.id);
    setShared(decodeShare(window.location.search, steps));
  }, [loaded]);

  useEffect(() => {
    const onHashChange = () => {
      const target = stepFromHash(steps);
      if (target) reveal(target.id);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [steps]);

  const announceProgress = () => {
    const { checked } = store.getSnapshot().progress;
    setAnnouncement(format(t.progress, { checked: checked.length, total: steps.length }));
  };

  const check = (id: string, checked: boolean) => {
    store.setChecked(id, checked);
    announceProgress();
    const next = store.getSnapshot().current;
    if (!checked || next === null) return;
    // Checking a step folds it and opens the next one to work on.
    if (focusMode) reveal(next);
    else
      setExpanded((open) => {
        const after = new Set(open ?? stepIds);
        after.delete(id);
        return after.add(next);
      });
  };

  const shareUrl = () => {
    const url = new URL(window.location.href);
    const query = encodeShare({ tried: progress.checked, fixedBy: progress.fixedBy }, steps);
    url.hash = "";
    url.search = query ? `?${query}` : "";
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

  const forgetSharedLink = () => {
    window.history.replaceState(window.history.state, "", withoutShare(new URL(window.location.href)));
    setShared(null);
  };

  const summary = () =>
    progressSummary({
      code: props.code,
      message: props.message,
      steps,
      progress,
      shareUrl: shareUrl(),
      strings: { tried: t.summaryTried, notTried: t.summaryNotTried, fixedIt: t.summaryFixedIt, resolvedByGuidance: t.resolvedByGuidance, link: t.summaryLink },
    });

  const cannotSave = loaded && snapshot.save !== "ok";
  const checkedCount = progress.checked.length;

  return (
    <div data-checklist data-loaded={loaded ? "true" : "false"}>
      <div aria-live="polite" role="status" className="sr-only" data-testid="announcer">
        {announcement}
      </div>

      {cannotSave && (
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
        <SharedBanner
          shared={shared}
          steps={steps}
          locale={locale}
          t={t}
          onAdopt={() => {
            store.adopt(shared);
            setAnnouncement(t.adopted);
            forgetSharedLink();
          }}
          onDismiss={forgetSharedLink}
        />
      )}

      {progress.fixedBy !== null && (
        <ResolvedBanner fixedStep={steps.find((step) => step.id === progress.fixedBy)} t={t} onUndo={() => store.undoFixed()} />
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
                {format(t.progress, { checked: checkedCount, total: steps.length })}
              </p>
              {loaded && (
                <button
                  type="button"
                  className="text-sm font-medium text-blue-700 underline-offset-2 hover:underline"
                  aria-pressed={focusMode}
                  onClick={() => {
                    const id = focused ?? snapshot.current ?? steps[0]?.id;
                    if (!focusMode && id) reveal(id);
                    setFocusMode(!focusMode);
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
              const open = expanded === null || expanded.has(step.id);
              return (
                <StepItem
                  key={step.id}
                  step={step}
                  index={index}
                  total={steps.length}
                  solution={props.solutions[index]}
                  interactive={loaded}
                  checked={progress.checked.includes(step.id)}
                  fixed={progress.fixedBy === step.id}
                  current={loaded && snapshot.current === step.id}
                  open={open}
                  inFocus={focusMode && focused === step.id}
                  checkedElsewhere={snapshot.checkedElsewhere[step.id]}
                  locale={locale}
                  contentLang={props.contentLang}
                  t={t}
                  headingRef={(node) => {
                    headings.current.set(step.id, node);
                  }}
                  onCheck={(checked) => check(step.id, checked)}
                  onToggleOpen={() =>
                    setExpanded((current) => {
                      const next = new Set(current ?? stepIds);
                      if (open) next.delete(step.id);
                      else next.add(step.id);
                      return next;
                    })
                  }
                  onFixed={() => store.markFixed(step.id)}
                  onCopyLink={() => {
                    const url = new URL(window.location.href);
                    url.search = "";
                    url.hash = step.id;
                    void copy(url.toString(), format(t.linkCopied, { n: step.n }));
                  }}
                  onMove={(offset) => reveal(steps[index + offset]?.id ?? step.id)}
                />
              );
            })}
          </ol>
          {loaded && checkedCount === steps.length && progress.fixedBy === null && (
            <p className="mt-4 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t.allChecked}</p>
          )}
        </>
      )}

      {loaded && (
        <ChecklistActions
          t={t}
          onShare={() => void copy(shareUrl(), t.shareCopied)}
          onSummary={() => void copy(summary(), t.summaryCopied)}
          onRestart={() => {
            store.restart();
            setFocused(steps[0]?.id ?? null);
            setExpanded(new Set(steps[0] ? [steps[0].id] : []));
            announceProgress();
          }}
        />
      )}

      {fallbackText !== null && <CopyFallback text={fallbackText} t={t} onClose={() => setFallbackText(null)} />}
    </div>
  );
}
