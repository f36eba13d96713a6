/**
 * URLs typed or pasted in another casing (`/pt-pt/…`, `/EN-us/…`,
 * `/pt-PT/errors/usererrorguestagentstatusunavailable`) reach the canonical page.
 * A static host matches paths exactly, so the one 404 page does it in the browser:
 * it carries every page path once, without its locale prefix, and a few bytes of script.
 */
import type { Catalog } from "./catalog";
import { articlePath, errorPath, indexPath } from "./urls";

export interface CaseTargets {
  locales: string[];
  /** Every page's path after its `/<locale>` prefix, as the site writes it: `/`, `/errors/Code/`… */
  pages: string[];
  /** Indexes into `pages` of the paths that also exist without a locale (`/errors/Code/`). */
  bare: number[];
}

/** Every URL path of the site starts with `/<locale>`; what follows is the same in every locale. */
function afterLocale(path: string, locale: string): string {
  return path.slice(locale.length + 1);
}

export function caseTargets(catalog: Catalog): CaseTargets {
  const probe = catalog.locales[0] ?? "";
  const errors = catalog.codes().map((code) => afterLocale(errorPath(probe, code), probe));
  const articles = catalog.slugs().map((slug) => afterLocale(articlePath(probe, slug), probe));
  return {
    locales: catalog.locales,
    pages: [...errors, ...articles, afterLocale(indexPath(probe), probe)],
    bare: errors.map((_, index) => index),
  };
}

export function caseRedirectScript(targets: CaseTargets): string {
  return `(function(d){var p;try{p=decodeURIComponent(location.pathname).toLowerCase();}catch(e){return;}
if(p.slice(-1)!=="/")p+="/";
function find(rest,among){for(var i=0;i<among.length;i++){var c=d.pages[among[i]];if(decodeURIComponent(c).toLowerCase()===rest)return c;}return null;}
var all=[],t=null,i,m;for(i=0;i<d.pages.length;i++)all.push(i);
for(i=0;i<d.locales.length&&!t;i++){var l="/"+d.locales[i].toLowerCase();
if(p.indexOf(l+"/")===0&&(m=find(p.slice(l.length),all)))t="/"+d.locales[i]+m;}
if(!t)t=find(p,d.bare);
if(t&&t!==location.pathname)location.replace(t+location.search+location.hash);})(${JSON.stringify(targets).replace(/</g, "\\u003c")});`;
}
