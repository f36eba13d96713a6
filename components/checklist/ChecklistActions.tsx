import { type ReactNode, useState } from "react";
import type { ChecklistStrings } from "@/lib/i18n/checklist";
import { buttonClass, dangerClass } from "./styles";

interface Props {
  t: ChecklistStrings;
  /** The share and summary buttons. */
  children: ReactNode;
  onRestart: () => void;
}

/** Share, summary and start over (after a confirmation). */
export function ChecklistActions({ t, children, onRestart }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="mt-6 flex flex-wrap items-center gap-2 border-t border-slate-200 pt-4" data-print-hidden data-testid="actions">
      {children}
      <span className="ml-auto">
        {confirming ? (
          <span className="flex flex-wrap items-center gap-2" role="group" aria-label={t.confirmStartOver}>
            <span className="text-sm text-slate-700">{t.confirmStartOver}</span>
            <button
              type="button"
              className={dangerClass}
              onClick={() => {
                onRestart();
                setConfirming(false);
              }}
            >
              {t.confirmYes}
            </button>
            <button type="button" className={buttonClass} onClick={() => setConfirming(false)}>
              {t.cancel}
            </button>
          </span>
        ) : (
          <button type="button" className={buttonClass} onClick={() => setConfirming(true)}>
            {t.startOver}
          </button>
        )}
      </span>
    </div>
  );
}
