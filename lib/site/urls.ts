/**
 * Every URL the site links to is built here. Pages are exported as folders
 * (`/pt-PT/errors/Code/index.html`), hence the trailing slashes: any static host
 * serves those without rewrite rules.
 */
import { letterSlug } from "./browse";

export function indexPath(locale: string): string {
  return `/${locale}/`;
}

export function errorPath(locale: string, code: string, stepId?: string): string {
  return `/${locale}/errors/${encodeURIComponent(code)}/${stepId ? `#${encodeURIComponent(stepId)}` : ""}`;
}

export function articlePath(locale: string, slug: string, anchor?: string): string {
  return `/${locale}/articles/${encodeURIComponent(slug)}/${anchor ? `#${encodeURIComponent(anchor)}` : ""}`;
}

/** The page of the codes that start with a letter (`#` for any other character). */
export function letterPath(locale: string, letter: string): string {
  return `/${locale}/codes/${letterSlug(letter)}/`;
}

/** The origin absolute URLs are built from (canonical, hreflang). */
export function siteOrigin(): string {
  return (process.env.SITE_URL ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`).replace(/\/+$/, "");
}

/**
 * Where the vendor publishes the article set: relative links to articles that are
 * not in the content tree go there, so readers still reach the page they were meant to.
 */
export function vendorDocsUrl(locale: string, relativeHref: string): string | null {
  const base = `https://learn.microsoft.com/${locale.toLowerCase()}/azure/backup/`;
  try {
    const url = new URL(relativeHref, base);
    url.pathname = url.pathname.replace(/\.md$/i, "");
    return url.toString();
  } catch {
    return null;
  }
}

/** The locale's search index, written at build time and fetched only when someone searches. */
export function searchIndexPath(locale: string): string {
  return `/${locale}/search-index.json`;
}
