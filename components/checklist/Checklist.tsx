"use client";

import { type ReactNode, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { currentStep, exhausted, fixedByGuidance, stepAt } from "@/lib/checklist/progress";
import { decodeShare, encodeShare, type SharedProgress, sharedAsProgress, withoutShare } from "@/lib/checklist/share";
import { safeDecode } from "@/lib/decode";
import { ChecklistStore, initialSnapshot, type RelatedEntry } from "@/lib/checklist/store";
import { progressSummary } from "@/lib/checklist/summary";
import type { ChecklistStrings } from "@/lib/i18n/checklist";
import { format } from "@/lib/i18n/format";
import { ExhaustedEnding, ResolvedBanner, SharedBanner } from "./Banners";
import { ChecklistActions } from "./ChecklistActions";
import { CopyButton } from "./CopyButton";
import { type ChecklistStep, StepItem } from "./StepItem";
import { buttonClass, primaryClass } from "./styles";

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
  /** Where a customer reaches support when no step fixed the problem (SUPPORT_CONTACT_URL at build time). */
  supportContactUrl?: string;
}

function stepFromHash(steps: ChecklistStep[]): ChecklistStep | undefined {
  const hash = safeDecode(window.location.hash.slice(1));
  return steps.find((step) => step.id === hash);
}

/**
 * Once the view has rendered the change: brings an element into view (below the sticky
 * progress bar, for a step: its scroll margin is that bar's height) and focuses a part of it.
 */
function bringIntoView(element: () => HTMLElement | null | undefined, focus: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => {
    element()?.scrollIntoView({ block: "start" });
    focus()?.focus({ preventScroll: true });
  });
}

/**
 * The checklist view. Progress lives in ChecklistStore (plain TypeScript); this component
 * renders it and forwards what the user does, and owns only view state (which solutions
 * are open, the step a link pointed at, someone's progress from a link). The server
 * renders every step unchecked and open; saved progress appears after mount.
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
  /** The step shown in step-by-step mode. */
  const [focused, setFocused] = useState<string | null>(null);
  /** The step a link (`#step-id`) pointed at: where to start. */
  const [start, setStart] = useState<string | null>(null);
  const [shared, setShared] = useState<SharedProgress | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const root = useRef<HTMLDivElement | null>(null);
  const sticky = useRef<HTMLDivElement | null>(null);
  const items = useRef(new Map<string, HTMLElement | null>());
  const headings = useRef(new Map<string, HTMLElement | null>());
  const resolvedBanner = useRef<HTMLDivElement | null>(null);
  const ending = useRef<HTMLElement | null>(null);

  const readOnly = shared !== null;
  const shown = shared ? sharedAsProgress(shared, stepIds) : progress;
  // Where to go on, while there is something to do.
  const current = loaded && !readOnly && progress.fixedBy === null ? currentStep(progress, stepIds, start) : null;
  const stepByStep = loaded && !readOnly && snapshot.stepByStep && steps.length > 0;
  const position = focused ?? current ?? stepIds[0] ?? null;

  // Steps scroll to just below the sticky progress bar, whatever its height on this screen.
  useEffect(() => {
    const bar = sticky.current;
    if (!bar || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => root.current?.style.setProperty("--checklist-sticky", `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => observer.disconnect();
  }, [loaded]);

  const announce = (message: string) => {
    setAnnouncement("");
    requestAnimationFrame(() => setAnnouncement(message));
  };

  const reveal = (id: string) => {
    setExpanded((open) => new Set(open ?? []).add(id));
    setFocused(id);
    bringIntoView(
      () => items.current.get(id),
      () => headings.current.get(id),
    );
  };

  // Once saved progress is known: open the linked step (or the current one) and read a shared link.
  useEffect(() => {
    if (!loaded) return;
    const target = stepFromHash(steps);
    const linked = target?.id ?? null;
    const fromLink = decodeShare(window.location.search, steps);
    setShared(fromLink);
    // Someone's progress from a link: every step folded, so their marks read at a glance.
    const open = fromLink ? null : (linked ?? currentStep(store.getSnapshot().progress, stepIds) ?? stepIds[0] ?? null);
    setStart(linked);
    setExpanded(new Set(open === null ? [] : [open]));
    setFocused(open);
    if (linked) reveal(linked);
  }, [loaded]);

  useEffect(() => {
    const onHashChange = () => {
      const target = stepFromHash(steps);
      if (!target) return;
      setStart(target.id);
      reveal(target.id);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [steps]);

  const check = (id: string, checked: boolean) => {
    store.setChecked(id, checked);
    const after = store.getSnapshot().progress;
    setAnnouncement(format(t.progress, { checked: after.checked.length, total: steps.length }));
    if (!checked) return;
    const next = currentStep(after, stepIds, start);
    if (next === null) {
      // The last step: the ending says what now.
      setExpanded((open) => {
        const rest = new Set(open ?? stepIds);
        rest.delete(id);
        return rest;
      });
      bringIntoView(
        () => ending.current,
        () => ending.current,
      );
      return;
    }
    // Checking a step folds it and opens the next one to work on.
    if (stepByStep) reveal(next);
    else
      setExpanded((open) => {
        const rest = new Set(open ?? stepIds);
        rest.delete(id);
        return rest.add(next);
      });
  };

  const markFixed = (by: string) => {
    store.markFixed(by);
    bringIntoView(
      () => resolvedBanner.current,
      () => resolvedBanner.current,
    );
  };

  const pageUrl = () => {
    const url = new URL(window.location.href);
    url.hash = "";
    url.search = "";
    return url.toString();
  };

  const shareUrl = () => {
    const query = encodeShare({ tried: progress.checked, fixedBy: progress.fixedBy, notes: progress.notes }, steps);
    return query ? `${pageUrl()}?${query}` : pageUrl();
  };

  const summary = () => {
    const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    return progressSummary({
      code: props.code,
      message: props.message,
      pageUrl: pageUrl(),
      steps,
      progress,
      shareUrl: shareUrl(),
      now: Date.now(),
      formatTime: (ms) => time.format(ms),
      strings: {
        title: t.summaryTitle,
        page: t.summaryPage,
        tried: t.summaryTried,
        notTried: t.summaryNotTried,
        fixedIt: t.summaryFixedIt,
        note: t.summaryNote,
        resolvedByGuidance: t.resolvedByGuidance,
        noneFixed: t.summaryNoneFixed,
        link: t.summaryLink,
      },
    });
  };

  const sendButtons = (primary: boolean) => (
    <>
      <CopyButton label={t.shareProgress} done={t.shareCopied} text={shareUrl} t={t} announce={announce} className={primary ? primaryClass : buttonClass} />
      <CopyButton label={t.copySummary} done={t.summaryCopied} text={summary} t={t} announce={announce} />
    </>
  );

  const forgetSharedLink = () => {
    window.history.replaceState(window.history.state, "", withoutShare(new URL(window.location.href)));
    setShared(null);
  };

  const move = (offset: number) => {
    const id = stepAt(stepIds, position, offset);
    if (id) reveal(id);
  };

  const ended = !loaded || readOnly ? null : progress.fixedBy !== null ? "resolved" : exhausted(progress, stepIds) ? "exhausted" : null;
  const cannotSave = loaded && snapshot.save !== "ok";
  const checkedCount = shown.checked.length;
  const positionIndex = position === null ? -1 : stepIds.indexOf(position);
  const positionStep = steps[positionIndex];

  return (
    <div ref={root} data-checklist data-loaded={loaded ? "true" : "false"} data-shared={readOnly ? "true" : undefined}>
      <div aria-live="polite" role="status" className="sr-only" data-testid="announcer">
        {announcement}
      </div>

      {cannotSave && (
        <p className="mb-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-600" data-testid="storage-notice">
          {t.storageNotice}
        </p>
      )}

      {snapshot.guideChanged && !readOnly && (
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
          own={{ checked: progress.checked.length, total: steps.length }}
          onAdopt={() => {
            store.adopt(shared);
            announce(t.adopted);
            forgetSharedLink();
          }}
          onDismiss={forgetSharedLink}
        />
      )}

      {ended === "resolved" && (
        <ResolvedBanner fixedStep={steps.find((step) => step.id === progress.fixedBy)} t={t} bannerRef={resolvedBanner} onUndo={() => store.undoFixed()}>
          {sendButtons(true)}
        </ResolvedBanner>
      )}

      {steps.length === 0 ? (
        !readOnly &&
        progress.fixedBy === null && (
          <div className="flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-white p-4" data-print-hidden>
            <p className="text-sm text-slate-700">{t.guidanceQuestion}</p>
            <button type="button" className={primaryClass} disabled={!loaded} onClick={() => markFixed(fixedByGuidance)}>
              {t.fixedIt}
            </button>
          </div>
        )
      ) : (
        <>
          <div
            ref={sticky}
            className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border sm:bg-white/95 sm:px-4"
            data-testid="sticky-progress"
          >
            <div className="flex items-center justify-between gap-3">
              <p className="text-sm font-medium text-slate-800" data-testid="progress">
                {format(readOnly ? t.sharedProgress : t.progress, { checked: checkedCount, total: steps.length })}
              </p>
              {loaded && !readOnly && (
                <button
                  type="button"
                  className="text-sm font-medium text-blue-700 underline-offset-2 hover:underline"
                  aria-pressed={stepByStep}
                  onClick={() => {
                    if (!stepByStep && position) reveal(position);
                    store.setStepByStep(!stepByStep);
                  }}
                  data-print-hidden
                >
                  {stepByStep ? t.showAll : t.stepByStep}
                </button>
              )}
            </div>
            <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
              <div className="h-full rounded-full bg-emerald-600 transition-[width]" style={{ width: `${(checkedCount / steps.length) * 100}%` }} />
            </div>
            {stepByStep && positionStep && (
              <div className="mt-2 flex items-center justify-between gap-2" data-testid="step-nav" data-print-hidden>
                <button type="button" className={buttonClass} disabled={positionIndex === 0} onClick={() => move(-1)}>
                  <span aria-hidden="true">←</span> {t.back}
                </button>
                <span className="text-sm font-medium text-slate-700" data-testid="step-position">
                  {format(positionStep.kind === "cause" ? t.causeOf : t.stepOf, { n: positionIndex + 1, total: steps.length })}
                </span>
                <button type="button" className={buttonClass} disabled={positionIndex === steps.length - 1} onClick={() => move(1)}>
                  {t.next} <span aria-hidden="true">→</span>
                </button>
              </div>
            )}
          </div>

          <ol className="mt-4 space-y-3" data-step-list>
            {steps.map((step, index) => {
              const open = expanded === null || expanded.has(step.id);
              return (
                <StepItem
                  key={step.id}
                  step={step}
                  solution={props.solutions[index]}
                  interactive={loaded}
                  readOnly={readOnly}
                  checked={shown.checked.includes(step.id)}
                  fixed={shown.fixedBy === step.id}
                  current={current === step.id}
                  sentHere={!readOnly && start === step.id}
                  open={open}
                  hidden={stepByStep && position !== step.id}
                  note={shown.notes[step.id] ?? ""}
                  checkedElsewhere={snapshot.checkedElsewhere[step.id]}
                  locale={locale}
                  contentLang={props.contentLang}
                  t={t}
                  itemRef={(node) => {
                    items.current.set(step.id, node);
                  }}
                  headingRef={(node) => {
                    headings.current.set(step.id, node);
                  }}
                  onCheck={(checked) => check(step.id, checked)}
                  onToggleOpen={() =>
                    setExpanded((now) => {
                      const next = new Set(now ?? stepIds);
                      if (open) next.delete(step.id);
                      else next.add(step.id);
                      return next;
                    })
                  }
                  onFixed={() => markFixed(step.id)}
                  onNote={(note) => store.setNote(step.id, note)}
                  onMove={stepByStep ? move : undefined}
                  copyLink={
                    <CopyButton
                      label={t.copyLink}
                      done={format(t.linkCopied, { n: step.n })}
                      text={() => `${pageUrl()}#${step.id}`}
                      t={t}
                      announce={announce}
                    />
                  }
                />
              );
            })}
          </ol>
          {ended === "exhausted" && (
            <ExhaustedEnding t={t} endingRef={ending} supportContactUrl={props.supportContactUrl}>
              {sendButtons(!props.supportContactUrl)}
            </ExhaustedEnding>
          )}
        </>
      )}

      {loaded && !readOnly && (
        <ChecklistActions
          t={t}
          onRestart={() => {
            store.restart();
            setStart(null);
            setFocused(stepIds[0] ?? null);
            setExpanded(new Set(stepIds.slice(0, 1)));
            setAnnouncement(format(t.progress, { checked: 0, total: steps.length }));
          }}
        >
          {/* Once an ending offers them, they are not repeated here. */}
          {ended === null && sendButtons(false)}
        </ChecklistActions>
      )}
    </div>
  );
}
