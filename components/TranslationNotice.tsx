import type { Dictionary } from "@/lib/i18n";
import { format, interfaceLocaleFor, languageName } from "@/lib/i18n";
import type { TranslationStatus } from "@/lib/site/catalog";

interface Props {
  /** The page's locale. */
  locale: string;
  t: Dictionary;
  status: TranslationStatus;
  /** The locale of the text shown: the page's, the nearest translation's, or the source's. */
  shownLocale: string;
  /** The locale of the source article, and the same page in it. */
  sourceLocale: string;
  sourceHref: string;
  className?: string;
}

/**
 * Says so whenever a page does not show a current translation in its own language: the
 * nearest translation or the source is shown instead, or the translation may be out of date.
 * Whenever the text shown is a translation, it links to the original.
 */
export function TranslationNotice({ locale, t, status, shownLocale, sourceLocale, sourceHref, className = "" }: Props) {
  if (status === "original" || status === "translated") return null;
  const inLocale = interfaceLocaleFor(locale);
  const names = {
    language: languageName(locale, inLocale, shownLocale),
    shown: languageName(shownLocale, inLocale, locale),
    source: languageName(sourceLocale, inLocale),
  };
  const showsTranslation = shownLocale !== sourceLocale;
  const text = {
    untranslated: showsTranslation ? t.noticeUntranslatedNearest : t.noticeUntranslated,
    "entry-untranslated": t.noticeEntryUntranslated,
    "entry-differs": t.noticeEntryDiffers,
    outdated: t.noticeOutdated,
  }[status];
  return (
    <p
      role="note"
      data-translation-notice={status}
      data-shown-locale={shownLocale}
      className={`flex gap-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 h-4 w-4 shrink-0 fill-amber-600">
        <path d="M10 2a8 8 0 100 16 8 8 0 000-16zm-.75 4h1.5v5h-1.5V6zm0 6.5h1.5V14h-1.5v-1.5z" />
      </svg>
      <span>
        {format(text, names)}
        {showsTranslation && (
          <>
            {" "}
            <a href={sourceHref} hrefLang={sourceLocale} data-keep-hash className="font-medium underline underline-offset-2">
              {format(t.noticeReadOriginal, names)}
            </a>
          </>
        )}
      </span>
    </p>
  );
}
