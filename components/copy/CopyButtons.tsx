import { Island } from "@/components/islands/Island";
import type { Dictionary } from "@/lib/i18n";
import { copyButtonAttribute, type CopyStrings } from "@/lib/render/copy-buttons";

/**
 * The copy island: once per page that has copy buttons. It renders only the place where
 * the outcome of a copy is announced; its script shows the page's (hidden) buttons.
 */
export function CopyButtons({ t }: { t: Dictionary }) {
  const strings: CopyStrings = { copied: t.copied, failed: t.copyFailed };
  return (
    <Island name="copy" props={strings}>
      <span role="status" className="sr-only" />
    </Island>
  );
}

/** A button that copies `text`; hidden until the copy island runs. */
export function CopyButton({ text, label, name, className = "" }: { text: string; label: string; name: string; className?: string }) {
  return (
    <button type="button" hidden {...{ [copyButtonAttribute]: text }} aria-label={name} className={`copy-button ${className}`}>
      {label}
    </button>
  );
}
