/**
 * Copy buttons: the server renders each one `hidden` (so a page without JavaScript shows
 * none), the copy island's script (components/copy/enhance.ts) shows them and makes them copy. A
 * button copies the text of its `data-copy-button` attribute, or, when that is empty,
 * the code block it sits beside (rehype-article wraps each `pre` with its button).
 * Plain DOM code: the island needs no component framework.
 */
import { isRecord, isString } from "../guards";

export const copyButtonAttribute = "data-copy-button";
/** Set on a button for a moment after it copied (or failed to), for the eye; `role=status` says it to screen readers. */
export const copyStateAttribute = "data-copy-state";

export interface CopyStrings {
  copied: string;
  failed: string;
}

export function isCopyStrings(value: unknown): value is CopyStrings {
  return isRecord(value) && isString(value.copied) && isString(value.failed);
}

/** What a button copies: its own text to copy, else the code block beside it. */
export function textToCopy(button: Element): string {
  const own = button.getAttribute(copyButtonAttribute);
  if (own) return own;
  return button.parentElement?.querySelector("pre")?.textContent?.replace(/\n$/, "") ?? "";
}

const shownFor = 2000;

/**
 * Shows every copy button in `root` and makes it copy; the outcome is shown on the button
 * ("Copied", then its label again) and announced through `status`.
 */
export function enableCopyButtons(root: ParentNode, strings: CopyStrings, status: Element | null): number {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>(`button[${copyButtonAttribute}]`)];
  for (const button of buttons) {
    const label = button.textContent ?? "";
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (state: "copied" | "failed") => {
      const message = strings[state];
      button.textContent = message;
      button.setAttribute(copyStateAttribute, state);
      if (status) status.textContent = message;
      clearTimeout(timer);
      timer = setTimeout(() => {
        button.textContent = label;
        button.removeAttribute(copyStateAttribute);
        if (status) status.textContent = "";
      }, shownFor);
    };
    button.addEventListener("click", () => {
      const clipboard = navigator.clipboard;
      if (!clipboard) return show("failed");
      clipboard.writeText(textToCopy(button)).then(
        () => show("copied"),
        () => show("failed"),
      );
    });
    button.hidden = false;
  }
  return buttons.length;
}
