import type { ReactNode } from "react";
import type { RelatedEntry } from "@/lib/checklist/store";
import type { ChecklistStrings } from "@/lib/i18n/checklist";
import { format, formatList } from "@/lib/i18n/format";
import { buttonClass, primaryClass } from "./styles";

export interface ChecklistStep {
  id: string;
  n: number;
  label: string;
  title: string;
}

interface Props {
  step: ChecklistStep;
  index: number;
  total: number;
  solution: ReactNode;
  /** Saved progress is known and the controls work (false on the server and without JavaScript). */
  interactive: boolean;
  checked: boolean;
  fixed: boolean;
  current: boolean;
  open: boolean;
  /** Shown with Back/Next in step-by-step mode. */
  inFocus: boolean;
  checkedElsewhere: RelatedEntry[] | undefined;
  locale: string;
  contentLang?: string;
  t: ChecklistStrings;
  headingRef: (node: HTMLElement | null) => void;
  onCheck: (checked: boolean) => void;
  onToggleOpen: () => void;
  onFixed: () => void;
  onCopyLink: () => void;
  onMove: (offset: -1 | 1) => void;
}

export function StepItem(props: Props) {
  const { step, t, interactive, checked, current, open } = props;
  const titleId = `step-title-${step.id}`;
  const solutionId = `step-solution-${step.id}`;
  const state = props.fixed ? "fixed" : checked ? "checked" : current ? "current" : "todo";
  const border = current ? "border-blue-400 ring-2 ring-blue-100" : checked ? "border-emerald-200" : "border-slate-200";
  return (
    <li id={step.id} data-step-id={step.id} data-state={state} className={`scroll-mt-24 rounded-xl border bg-white shadow-sm transition-colors ${border}`}>
      <div className="flex items-start gap-3 px-4 py-3 sm:px-5">
        <input
          type="checkbox"
          className="mt-1 h-5 w-5 shrink-0 cursor-pointer accent-emerald-700 disabled:cursor-default"
          aria-labelledby={titleId}
          checked={checked}
          disabled={!interactive}
          onChange={(event) => props.onCheck(event.target.checked)}
        />
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2 text-xs font-medium uppercase tracking-wide text-slate-500">
            <span lang={props.contentLang}>{step.label}</span>
            {current && (
              <span className="rounded-full bg-blue-100 px-2 py-0.5 normal-case tracking-normal text-blue-800" data-testid="current-marker">
                {t.current}
              </span>
            )}
          </p>
          <h3
            id={titleId}
            ref={props.headingRef}
            tabIndex={-1}
            lang={props.contentLang}
            className={`text-base font-semibold leading-snug focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 sm:text-lg ${
              checked ? "text-slate-500 line-through decoration-slate-300" : "text-slate-900"
            }`}
          >
            {step.title}
          </h3>
          {props.checkedElsewhere && !checked && (
            <p className="mt-1 text-sm text-slate-600" data-testid="checked-elsewhere">
              {format(t.checkedElsewhere, { codes: formatList(props.locale, props.checkedElsewhere.map((entry) => entry.code)) })}
            </p>
          )}
        </div>
        {interactive && (
          <button
            type="button"
            className="shrink-0 rounded-md px-2 py-1 text-sm text-blue-700 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-600"
            aria-expanded={open}
            aria-controls={solutionId}
            onClick={props.onToggleOpen}
            data-print-hidden
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className={`inline h-5 w-5 transition-transform sm:hidden ${open ? "rotate-180" : ""}`}>
              <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span className="sr-only sm:not-sr-only">{open ? t.hideSolution : t.showSolution}</span>
            <span className="sr-only">: {step.title}</span>
          </button>
        )}
      </div>
      <div id={solutionId} data-solution className={`border-t border-slate-100 px-4 py-4 sm:px-5 ${open ? "" : "hidden print:block"}`}>
        {props.solution}
        {interactive && (
          <div className="mt-4 flex flex-wrap items-center gap-2" data-print-hidden>
            {!props.fixed && (
              <button type="button" className={primaryClass} onClick={props.onFixed}>
                {t.fixedIt}
              </button>
            )}
            <button type="button" className={buttonClass} onClick={props.onCopyLink}>
              {t.copyLink}
            </button>
            {props.inFocus && (
              <span className="ml-auto flex items-center gap-2">
                <span className="text-sm text-slate-500">{format(t.stepOf, { n: props.index + 1, total: props.total })}</span>
                <button type="button" className={buttonClass} disabled={props.index === 0} onClick={() => props.onMove(-1)}>
                  ← {t.back}
                </button>
                <button type="button" className={buttonClass} disabled={props.index === props.total - 1} onClick={() => props.onMove(1)}>
                  {t.next} →
                </button>
              </span>
            )}
          </div>
        )}
      </div>
    </li>
  );
}
