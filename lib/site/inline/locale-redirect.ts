/**
 * What a locale-less page runs to send the visitor to the best of their browser's languages
 * that the site has. It works on a static host: no server code, and the page's
 * <meta refresh> and link cover visitors without JavaScript.
 */
export interface LocaleRedirect {
  /**
   * Locales to choose from, best group first: the first group holding one of the
   * browser's languages wins (say, the locales with a translation of the page, then
   * every locale). Within a group the browser's order decides; a language matches
   * its regional forms (`pt-BR` → `pt-PT`, `en` → `en-US`).
   */
  preference: string[][];
  /** Where to go when no group holds any of the browser's languages. */
  fallback: string;
  /** The page in each locale. */
  paths: Record<string, string>;
}

/** The first of the browser's languages that `locales` has, by tag, then by language. */
function pick(languages: readonly string[], locales: string[]): string | undefined {
  for (const wanted of languages) {
    const tag = String(wanted).toLowerCase();
    const language = tag.split("-")[0];
    const found = locales.find((locale) => locale.toLowerCase() === tag) ?? locales.find((locale) => locale.toLowerCase().split("-")[0] === language);
    if (found) return found;
  }
  return undefined;
}

export default function redirectToLocale(redirect: LocaleRedirect): void {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language || ""];
  let chosen: string | undefined;
  for (const group of redirect.preference) {
    chosen = pick(languages, group);
    if (chosen) break;
  }
  location.replace(redirect.paths[chosen ?? redirect.fallback] + location.search + location.hash);
}
