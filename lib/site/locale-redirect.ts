/**
 * The script a locale-less page runs to send the visitor to the best of their
 * browser's languages that the site has. It works on a static host: no server
 * code, and the page's <meta refresh> and link cover visitors without JavaScript.
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

/** The attribute of the script element that holds the page's LocaleRedirect as JSON. */
export const localeRedirectAttribute = "data-locale-redirect";

/**
 * The same text on every page, so the Content-Security-Policy allows it by one hash
 * (scripts/postbuild/headers.mjs); each page's choices are read from the script's own
 * data attribute, which the policy does not cover.
 */
export const localeRedirectScript = `(function(d){var w=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||""];
function pick(l){for(var i=0;i<w.length;i++){var c=String(w[i]).toLowerCase(),g=c.split("-")[0],j;
for(j=0;j<l.length;j++)if(l[j].toLowerCase()===c)return l[j];
for(j=0;j<l.length;j++)if(l[j].toLowerCase().split("-")[0]===g)return l[j];}return null;}
var p=null;for(var t=0;t<d.preference.length&&!p;t++)p=pick(d.preference[t]);
location.replace(d.paths[p||d.fallback]+location.search+location.hash);})(JSON.parse(document.currentScript.getAttribute("${localeRedirectAttribute}")));`;
