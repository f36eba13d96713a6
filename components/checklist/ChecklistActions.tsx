import { useState } from "react";
import type { ChecklistStrings } from "@/lib/i18n/checklist";
import { buttonClass, dangerClass } from "./styles";

interface Props {
  t: ChecklistStrings;
  onShare: () => void;
  onSummary: () => void;
  onRestart: () => void;
}

/** Share, summary and start over (after a confirmation). */
export function ChecklistActions({ t, onShare, onSummary, onRestart }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="mt-6 flex flex-wrap items-center gap-2 border-t border-slate-200 pt-4" data-print-hidden>
      <button type="button" className={buttonClass} onClick={onShare}>
        {t.shareProgress}
      </button>
      <button type="button" className={buttonClass} onClick={onSummary}>
        {t.copySummary}
      </button>
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

interface CopyFallbackProps {
  text: string;
  t: ChecklistStrings;
  onClose: () => void;
}

/** Where the clipboard is refused, the text is shown selected so the user can copy it. */
export function CopyFallback({ text, t, onClose }: CopyFallbackProps) {
  return (
    <div className="mt-3 rounded-md border border-slate-300 bg-white p-3" data-testid="copy-fallback">
      <label className="text-sm text-slate-700">
        {t.copyFallback}
        <textarea
          readOnly
          value={text}
          rows={Math.min(10, text.split("\n").length + 1)}
          className="mt-2 block w-full rounded border border-slate-300 p-2 font-mono text-xs"
          onFocus={(event) => event.target.select()}
          ref={(node) => node?.select()}
        />
      </label>
      <button type="button" className={`${buttonClass} mt-2`} onClick={onClose}>
        {t.close}
      </button>
    </div>
  );
}
