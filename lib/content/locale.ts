/**
 * BCP 47 tags as the content tree and URLs use them, and which locale is the source.
 * The interface-language side (dictionaries, fallbacks) lives in lib/i18n.
 */

/** The language the articles are written in; every other locale holds translations of them. */
export const sourceLocale = "pt-PT";

const tagShape = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?$/i;

/** `pt-pt` → `pt-PT`, `EN-us` → `en-US`; null when the text is not a language tag. */
export function canonicalLocale(tag: string): string | null {
  if (!tagShape.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

export function languageOf(locale: string): string {
  return locale.split("-")[0]?.toLowerCase() ?? locale;
}
