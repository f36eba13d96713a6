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

/** The locale readers of any other language are most likely to read. */
const widestLocale = "en-US";

/**
 * The locale a reader of `locale` is shown when a text exists only in `available`: their
 * own, else the same language (pt-BR → pt-PT; the source first when it is of that language),
 * else English (en-US first), else the source. Null when none of these has the text.
 */
export function nearestLocale(locale: string, available: Iterable<string>): string | null {
  const locales = [...available];
  if (locales.includes(locale)) return locale;
  const inLanguageOf = (preferred: string): string | undefined => {
    const candidates = locales.filter((candidate) => languageOf(candidate) === languageOf(preferred));
    return candidates.find((candidate) => candidate === sourceLocale || candidate === preferred) ?? candidates[0];
  };
  return inLanguageOf(locale) ?? inLanguageOf(widestLocale) ?? (locales.includes(sourceLocale) ? sourceLocale : null);
}
