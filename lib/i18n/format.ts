/**
 * Filling in interface strings. Kept apart from the dictionaries so a client
 * island can format the few strings it is given without shipping every language.
 */
import type { Plural } from "./dictionaries";

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}

/**
 * One formatter per locale and kind, made on first use: making one costs a hundred times
 * what using it does, and a build asks for the same few thousands of times.
 */
export function memoizedFormatter<Formatter>(make: (locale: string) => Formatter): (locale: string) => Formatter {
  const made = new Map<string, Formatter>();
  return (locale) => {
    let formatter = made.get(locale);
    if (formatter === undefined) made.set(locale, (formatter = make(locale)));
    return formatter;
  };
}

const pluralRules = memoizedFormatter((locale) => new Intl.PluralRules(locale));
const numberFormat = memoizedFormatter((locale) => new Intl.NumberFormat(locale));
const listFormat = memoizedFormatter((locale) => new Intl.ListFormat(locale, { style: "long", type: "conjunction" }));

export function plural(locale: string, forms: Plural, count: number): string {
  const category = pluralRules(locale).select(count);
  const template = category === "one" ? forms.one : forms.other;
  return format(template, { count: numberFormat(locale).format(count) });
}

/** "1, 2 e 3" in the page's language. */
export function formatList(locale: string, items: string[]): string {
  try {
    return listFormat(locale).format(items);
  } catch {
    return items.join(", ");
  }
}
