import type { ReactNode, Ref } from "react";
import { fixedByGuidance } from "@/lib/checklist/progress";
import type { SharedProgress } from "@/lib/checklist/share";
import type { ChecklistStrings } from "@/lib/i18n/checklist";
import { format, plural } from "@/lib/i18n/format";
import { buttonClass, primaryClass } from "./styles";
import type { ChecklistStep } from "./StepItem";

const focusClass = "focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600";

interface SharedBannerProps {
  shared: SharedProgress;
  steps: ChecklistStep[];
  locale: string;
  t: ChecklistStrings;
  /** This browser's own progress, which adopting would replace. */
  own: { checked: number; total: number };
  onAdopt: () => void;
  onDismiss: () => void;
}

/**
 * Someone's progress from a link (the customer's, as an agent sees it): told in words
 * above the list that shows the marks, read-only. Never saved unless the reader says it
 * is their own, from another device.
 */
export function SharedBanner({ shared, steps, locale, t, own, onAdopt, onDismiss }: SharedBannerProps) {
  const tried = steps.filter((step) => shared.tried.includes(step.id));
  const fixedStep = steps.find((step) => step.id === shared.fixedBy);
  const allTried = steps.length > 0 && tried.length === steps.length;
  return (
    <section aria-labelledby="shared-title" className="mb-4 rounded-xl border border-blue-200 bg-blue-50 p-4 text-blue-950" data-testid="shared-banner" data-print-hidden>
      <h3 id="shared-title" className="font-semibold">
        {t.sharedTitle}
      </h3>
      <p className="mt-1 text-sm">{t.sharedIntro}</p>
      {steps.length > 0 && (
        <div className="mt-3 text-sm">
          {tried.length ? (
            <>
              <p className="font-medium">{plural(locale, t.sharedTried, tried.length)}</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid="shared-tried">
                {tried.map((step) => (
                  <li key={step.id}>
                    {step.n}. {step.title}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t.sharedNoneTried}</p>
          )}
        </div>
      )}
      <p className="mt-2 text-sm font-medium" data-testid="shared-outcome">
        {shared.fixedBy === fixedByGuidance
          ? t.sharedFixedGuidance
          : fixedStep
            ? format(t.sharedFixed, { n: fixedStep.n, title: fixedStep.title })
            : allTried
              ? t.sharedNoneFixed
              : ""}
      </p>
      <div className="mt-3">
        <button type="button" className={buttonClass} onClick={onDismiss}>
          {t.dismiss}
        </button>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2 border-t border-blue-200 pt-3 text-sm">
        <span>{t.adoptQuestion}</span>
        <button type="button" className={buttonClass} onClick={onAdopt}>
          {t.adopt}
        </button>
        {own.checked > 0 && <span className="basis-full text-xs">{format(t.adoptReplaces, own)}</span>}
      </div>
    </section>
  );
}

interface ResolvedBannerProps {
  fixedStep: ChecklistStep | undefined;
  t: ChecklistStrings;
  /** The banner, focusable: it is brought into view and focused when the user says a step fixed it. */
  bannerRef: Ref<HTMLDivElement>;
  /** The buttons that send the result to the agent. */
  children: ReactNode;
  onUndo: () => void;
}

export function ResolvedBanner({ fixedStep, t, bannerRef, children, onUndo }: ResolvedBannerProps) {
  return (
    <div ref={bannerRef} tabIndex={-1} className={`${focusClass} mb-4 scroll-mt-4 rounded-xl border border-emerald-300 bg-emerald-50 p-4 text-emerald-950`} data-testid="resolved">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="font-semibold text-emerald-900">
            ✓ {t.resolvedTitle}
          </p>
          <p className="text-sm">{fixedStep ? format(t.resolvedByStep, { n: fixedStep.n, title: fixedStep.title }) : t.resolvedByGuidance}</p>
        </div>
        <button type="button" className={buttonClass} onClick={onUndo} data-print-hidden>
          {t.undo}
        </button>
      </div>
      <div data-print-hidden>
        <p className="mt-3 text-sm">{t.resolvedTell}</p>
        <div className="mt-2 flex flex-wrap items-center gap-2">{children}</div>
      </div>
    </div>
  );
}

interface ExhaustedEndingProps {
  t: ChecklistStrings;
  /** The ending, focusable: it is brought into view and focused when the last step is checked. */
  endingRef: Ref<HTMLElement>;
  supportContactUrl: string | undefined;
  /** The buttons that send the summary and the link to support. */
  children: ReactNode;
}

/** Every step tried, none fixed it: say so, and hand over to support. */
export function ExhaustedEnding({ t, endingRef, supportContactUrl, children }: ExhaustedEndingProps) {
  return (
    <section
      ref={endingRef}
      tabIndex={-1}
      aria-labelledby="exhausted-title"
      className={`${focusClass} mt-4 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950`}
      data-testid="exhausted"
    >
      <h3 id="exhausted-title" className="font-semibold">
        {t.exhaustedTitle}
      </h3>
      <p className="mt-1 text-sm">{t.exhaustedBody}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2" data-print-hidden>
        {children}
        {supportContactUrl && (
          <a href={supportContactUrl} className={primaryClass} data-testid="contact-support">
            {t.contactSupport}
          </a>
        )}
      </div>
    </section>
  );
}
