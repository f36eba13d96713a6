import { fixedByGuidance } from "@/lib/checklist/progress";
import type { SharedProgress } from "@/lib/checklist/share";
import type { ChecklistStrings } from "@/lib/i18n/checklist";
import { format, formatList } from "@/lib/i18n/format";
import { buttonClass, primaryClass } from "./styles";
import type { ChecklistStep } from "./StepItem";

interface SharedBannerProps {
  shared: SharedProgress;
  steps: ChecklistStep[];
  locale: string;
  t: ChecklistStrings;
  onAdopt: () => void;
  onDismiss: () => void;
}

/** Progress someone shared in a link: shown, never applied without the user's say. */
export function SharedBanner({ shared, steps, locale, t, onAdopt, onDismiss }: SharedBannerProps) {
  const numberOf = (id: string) => steps.find((step) => step.id === id)?.n ?? "?";
  const tried = shared.tried.length
    ? format(t.sharedTried, { steps: formatList(locale, shared.tried.map((id) => String(numberOf(id)))) })
    : t.sharedNoneTried;
  const fixed =
    shared.fixedBy === fixedByGuidance ? t.sharedFixedGuidance : shared.fixedBy ? format(t.sharedFixed, { n: numberOf(shared.fixedBy) }) : "";
  return (
    <section aria-label={t.sharedTitle} className="mb-4 rounded-xl border border-blue-200 bg-blue-50 p-4" data-testid="shared-banner" data-print-hidden>
      <h3 className="font-semibold text-blue-950">{t.sharedTitle}</h3>
      <p className="mt-1 text-sm text-blue-950">{`${tried} ${fixed}`.trim()}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={primaryClass} onClick={onAdopt}>
          {t.adopt}
        </button>
        <button type="button" className={buttonClass} onClick={onDismiss}>
          {t.dismiss}
        </button>
      </div>
    </section>
  );
}

interface ResolvedBannerProps {
  fixedStep: ChecklistStep | undefined;
  t: ChecklistStrings;
  onUndo: () => void;
}

export function ResolvedBanner({ fixedStep, t, onUndo }: ResolvedBannerProps) {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-emerald-300 bg-emerald-50 p-4" data-testid="resolved">
      <div>
        <p className="font-semibold text-emerald-900">✓ {t.resolvedTitle}</p>
        <p className="text-sm text-emerald-900">
          {fixedStep ? format(t.resolvedByStep, { n: fixedStep.n, title: fixedStep.title }) : t.resolvedByGuidance}
        </p>
      </div>
      <button type="button" className={buttonClass} onClick={onUndo}>
        {t.undo}
      </button>
    </div>
  );
}
