/**
 * What the 404 page runs so that URLs typed or pasted in another casing (`/pt-pt/…`,
 * `/EN-us/…`, `/pt-PT/errors/usererrorguestagentstatusunavailable`) reach the canonical
 * page: a static host matches paths exactly. The targets come from lib/site/case-redirect.ts.
 */
import { safeDecode } from "../../decode";

export interface CaseTargets {
  locales: string[];
  /** Every page's path after its `/<locale>` prefix, as the site writes it: `/`, `/errors/Code/`… */
  pages: string[];
  /** Indexes into `pages` of the paths that also exist without a locale (`/errors/Code/`). */
  bare: number[];
}

export default function redirectToCanonicalCase(targets: CaseTargets): void {
  let wanted = safeDecode(location.pathname).toLowerCase();
  if (!wanted.endsWith("/")) wanted += "/";
  const find = (rest: string, among: Iterable<number>): string | undefined => {
    for (const index of among) {
      const page = targets.pages[index];
      if (page !== undefined && safeDecode(page).toLowerCase() === rest) return page;
    }
    return undefined;
  };
  let target: string | undefined;
  for (const locale of targets.locales) {
    const prefix = `/${locale.toLowerCase()}`;
    const page = wanted.startsWith(`${prefix}/`) ? find(wanted.slice(prefix.length), targets.pages.keys()) : undefined;
    if (page) {
      target = `/${locale}${page}`;
      break;
    }
  }
  target ??= find(wanted, targets.bare);
  // The canonical path itself: nothing to do (and no loop).
  if (target && target !== location.pathname) location.replace(target + location.search + location.hash);
}
