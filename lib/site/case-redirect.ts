/**
 * URLs typed or pasted in another casing (`/pt-pt/…`, `/EN-us/…`,
 * `/pt-PT/errors/usererrorguestagentstatusunavailable`) reach the canonical page.
 * A static host matches paths exactly, so the one 404 page does it in the browser
 * (lib/site/inline/case-redirect.ts): it carries every page path once, without its
 * locale prefix, and a few bytes of script.
 */
import type { Catalog } from "./catalog";
import type { CaseTargets } from "./inline/case-redirect";
import { articlePath, errorPath, indexPath } from "./urls";

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
