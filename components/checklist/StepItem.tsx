import type { ReactNode } from "react";
import { noteMaxLength } from "@/lib/checklist/progress";
import type { RelatedEntry } from "@/lib/checklist/store";
import type { ChecklistStrings } from "@/lib/i18n/checklist";
import { format, formatList } from "@/lib/i18n/format";
import { primaryClass } from "./styles";

export interface ChecklistStep {
  id: string;
  n: number;
  label: string;
  title: string;
  /** A cause to rule out, or an action to take; unknown: a step. */
  kind?: "cause" | "step";
}

interface Props {
  step: ChecklistStep;
  solution: ReactNode;
  /** Saved progress is known and the controls work (false on the server and without JavaScript). */
  interactive: boolean;
  /** Someone else's progress, from a link: shown, never changed. */
  readOnly: boolean;
  checked: boolean;
  fixed: boolean;
  current: boolean;
  /** The step a link pointed at. */
  sentHere: boolean;
  open: boolean;
  /** Hidden in step-by-step mode (still printed). */
  hidden: boolean;
  note: string;
  checkedElsewhere: RelatedEntry[] | undefined;
  locale: string;
  contentLang?: string;
  t: ChecklistStrings;
  itemRef: (node: HTMLElement | null) => void;
  headingRef: (node: HTMLElement | null) => void;
  onCheck: (checked: boolean) => void;
  onToggleOpen: () => void;
  onFixed: () => void;
  onNote: (note: string) => void;
  /** In step-by-step mode: the arrow keys on the focused step go to the previous or next one. */
  onMove: ((offset: -1 | 1) => void) | undefined;
  /** The copy-link button. */
  copyLink: ReactNode;
}

const badgeClass = "rounded-full px-2 py-0.5 normal-case tracking-normal";

export function StepItem(props: Props) {
  const { step, t, interactive, readOnly, checked, current, open } = props;
  const titleId = `step-title-${step.id}`;
  const solutionId = `step-solution-${step.id}`;
  const noteId = `step-note-${step.id}`;
  const state = props.fixed ? "fixed" : checked ? "checked" : current ? "current" : "todo";
  const border = readOnly && checked ? "border-blue-300" : current ? "border-blue-400 ring-2 ring-blue-100" : checked ? "border-emerald-200" : "border-slate-200";
  const editable = interactive && !readOnly;
  return (
    <li
      id={step.id}
      ref={props.itemRef}
      data-step-id={step.id}
      data-state={state}
      // Inline, so it wins over the page's `:target` margin: a linked step lands below the sticky progress bar.
      style={{ scrollMarginTop: "calc(var(--checklist-sticky, 5rem) + 0.75rem)" }}
      className={`rounded-xl border bg-white shadow-sm transition-colors ${border} ${props.hidden ? "hidden print:block" : ""}`}
    >
      <div className="flex items-start gap-3 px-4 py-3 sm:px-5">
        <input
          type="checkbox"
          className={readOnly ? "sr-only" : "mt-1 h-5 w-5 shrink-0 cursor-pointer accent-emerald-700 disabled:cursor-default"}
          aria-labelledby={titleId}
          aria-describedby={readOnly && checked ? `step-by-customer-${step.id}` : undefined}
          checked={checked}
          disabled={!editable}
          onChange={(event) => props.onCheck(event.target.checked)}
        />
        {readOnly && (
          // A disabled checkbox reads as greyed out; someone else's mark must read clearly.
          <span
            aria-hidden="true"
            className={`mt-1 flex h-5 w-5 shrink-0 items-center justify-center rounded text-sm font-bold ${checked ? "bg-blue-600 text-white" : "border-2 border-slate-300 bg-white"}`}
          >
            {checked ? "✓" : ""}
          </span>
        )}
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2 text-xs font-medium uppercase tracking-wide text-slate-500">
            <span lang={props.contentLang}>{step.label}</span>
            {current && (
              <span className={`${badgeClass} bg-blue-100 text-blue-800`} data-testid="current-marker">
                {t.current}
              </span>
            )}
            {props.sentHere && (
              <span className={`${badgeClass} bg-amber-100 text-amber-900`} data-testid="sent-here">
                {t.sentHere}
              </span>
            )}
            {readOnly && checked && (
              <span id={`step-by-customer-${step.id}`} className={`${badgeClass} bg-blue-600 text-white`} data-testid="customer-mark">
                {props.fixed ? t.fixedByCustomer : t.triedByCustomer}
              </span>
            )}
          </p>
          <h3
            id={titleId}
            ref={props.headingRef}
            tabIndex={-1}
            lang={props.contentLang}
            aria-keyshortcuts={props.onMove ? "ArrowLeft ArrowRight" : undefined}
            onKeyDown={(event) => {
              const offset = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
              if (!props.onMove || offset === 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
              event.preventDefault();
              props.onMove(offset);
            }}
            className={`text-base font-semibold leading-snug focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 sm:text-lg ${
              checked && !readOnly ? "text-slate-500 line-through decoration-slate-300" : "text-slate-900"
            }`}
          >
            {step.title}
          </h3>
          {readOnly && props.note && (
            <p className="mt-1 text-sm text-blue-950" data-testid="customer-note">
              <span className="font-medium">{t.customerNote}:</span> {props.note}
            </p>
          )}
          {props.checkedElsewhere && !checked && !readOnly && (
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
        {editable && (
          <div className="mt-4" data-print-hidden>
            <label htmlFor={noteId} className="block text-sm font-medium text-slate-700">
              {t.noteLabel}
            </label>
            <textarea
              id={noteId}
              rows={2}
              maxLength={noteMaxLength}
              value={props.note}
              aria-describedby={`${noteId}-hint`}
              className="mt-1 block w-full rounded-md border border-slate-300 p-2 text-sm focus-visible:outline-2 focus-visible:outline-blue-600"
              onChange={(event) => props.onNote(event.currentTarget.value)}
            />
            <p id={`${noteId}-hint`} className="mt-1 text-xs text-slate-500">
              {t.noteHint}
            </p>
          </div>
        )}
        {interactive && (
          <div className="mt-4 flex flex-wrap items-center gap-2" data-print-hidden>
            {editable && !props.fixed && (
              <button type="button" className={primaryClass} onClick={props.onFixed}>
                {t.fixedIt}
              </button>
            )}
            {props.copyLink}
          </div>
        )}
      </div>
    </li>
  );
}
