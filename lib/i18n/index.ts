/**
 * The one home of locale logic: which interface language a page uses, how
 * strings are formatted, and how locales are named.
 */
import { canonicalLocale, languageOf, sourceLocale } from "../content/locale";
import { type ChecklistStrings, checklistDictionaries } from "./checklist";
import { type Dictionary, dictionaries, type Plural } from "./dictionaries";
import { memoizedFormatter } from "./format";

export type { ChecklistStrings, Dictionary, Plural };

export const fallbackInterfaceLocale = "en-US";
export const interfaceLocales = Object.keys(dictionaries);

/** The dictionary locale for a content locale: itself, else the same language (pt-BR → pt-PT), else en-US. */
export function interfaceLocaleFor(locale: string): string {
  if (dictionaries[locale]) return locale;
  const language = languageOf(locale);
  return interfaceLocales.find((candidate) => languageOf(candidate) === language) ?? fallbackInterfaceLocale;
}

export function dictionaryFor(locale: string): Dictionary {
  const chosen = dictionaries[interfaceLocaleFor(locale)] ?? dictionaries[fallbackInterfaceLocale];
  if (!chosen) throw new Error("the fallback dictionary is missing");
  return chosen;
}

export { format, plural } from "./format";

const languageNames = memoizedFormatter((inLocale) => new Intl.DisplayNames([inLocale], { type: "language", languageDisplay: "standard" }));

/** "Português (Portugal)" in its own language, for the language switch. */
export function localeName(locale: string, inLocale: string = locale): string {
  const key = `${locale} ${inLocale}`;
  let name = localeNames.get(key);
  if (name === undefined) {
    try {
      const plain = languageNames(inLocale).of(locale) ?? locale;
      name = plain.charAt(0).toLocaleUpperCase(inLocale) + plain.slice(1);
    } catch {
      name = locale;
    }
    localeNames.set(key, name);
  }
  return name;
}

const localeNames = new Map<string, string>();

/**
 * A locale's name inside a sentence of `inLocale`: "English", "alemão". Locales of the
 * source's language keep their region ("Portuguese (Portugal)", "português (Brasil)"),
 * which is what tells them apart from the source; so do locales of the language of
 * `besides`, the other locale the sentence names ("español (México)", "español (España)").
 */
export function languageName(locale: string, inLocale: string, besides: string = sourceLocale): string {
  const language = languageOf(locale);
  const named = language === languageOf(sourceLocale) || language === languageOf(besides) ? locale : language;
  try {
    return languageNames(inLocale).of(named) ?? locale;
  } catch {
    return locale;
  }
}

/** ms.date is written month/day/year; shown with the page's locale conventions. */
export function formatArticleDate(locale: string, msDate: string | null): string | null {
  if (!msDate) return null;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(msDate.trim());
  if (!match) return msDate;
  const [, month, day, year] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

export { canonicalLocale, sourceLocale };

export function checklistStringsFor(locale: string): ChecklistStrings {
  const chosen = checklistDictionaries[interfaceLocaleFor(locale)] ?? checklistDictionaries[fallbackInterfaceLocale];
  if (!chosen) throw new Error("the fallback checklist dictionary is missing");
  return chosen;
}
