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

export function plural(locale: string, forms: Plural, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  const template = category === "one" ? forms.one : forms.other;
  return format(template, { count: new Intl.NumberFormat(locale).format(count) });
}

/** "1, 2 e 3" in the page's language. */
export function formatList(locale: string, items: string[]): string {
  try {
    return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
  } catch {
    return items.join(", ");
  }
}
