import { Fragment, useEffect, useState } from "react";
import type { ChecklistStrings } from "@/lib/i18n/checklist";
import { buttonClass } from "./styles";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** How long the visible "copied" stays beside the button. */
const confirmationMs = 6000;

interface CopyButtonProps {
  label: string;
  /** Said beside the button and announced once the text is on the clipboard. */
  done: string;
  text: () => string;
  t: ChecklistStrings;
  announce: (message: string) => void;
  className?: string;
}

/**
 * A button that copies a text, confirms it beside itself (sighted users see it, screen
 * readers hear it through the checklist's announcer), and where the clipboard is refused
 * shows the text selected below it. Sits in a wrapping flex row.
 */
export function CopyButton({ label, done, text, t, announce, className = buttonClass }: CopyButtonProps) {
  const [copiedAt, setCopiedAt] = useState<number | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  useEffect(() => {
    if (copiedAt === null) return;
    const timer = setTimeout(() => setCopiedAt(null), confirmationMs);
    return () => clearTimeout(timer);
  }, [copiedAt]);
  return (
    <Fragment>
      <button
        type="button"
        className={className}
        onClick={async () => {
          const value = text();
          if (await copyText(value)) {
            setFallback(null);
            setCopiedAt(Date.now());
            announce(done);
          } else {
            setCopiedAt(null);
            setFallback(value);
          }
        }}
      >
        {label}
      </button>
      {copiedAt !== null && (
        <span aria-hidden="true" className="text-sm font-medium text-emerald-800" data-testid="copy-confirmation">
          ✓ {done}
        </span>
      )}
      {fallback !== null && <CopyFallback text={fallback} t={t} onClose={() => setFallback(null)} />}
    </Fragment>
  );
}

interface CopyFallbackProps {
  text: string;
  t: ChecklistStrings;
  onClose: () => void;
}

/** Where the clipboard is refused, the text is shown selected so the user can copy it. */
function CopyFallback({ text, t, onClose }: CopyFallbackProps) {
  return (
    <div className="w-full basis-full rounded-md border border-slate-300 bg-white p-3" data-testid="copy-fallback">
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
