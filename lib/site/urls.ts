/**
 * Every URL the site links to is built here. Pages are exported as folders
 * (`/pt-PT/errors/Code/index.html`), hence the trailing slashes: any static host
 * serves those without rewrite rules.
 */
import { safeDecode } from "../decode";
import { letterSlug } from "./browse";

/**
 * A dynamic route's parameter as the catalog knows it. Paths are built with
 * encodeURIComponent (below), and Next hands a page its parameter percent-encoded when the
 * value needs it (`guia-de-diagnóstico` → `guia-de-diagn%C3%B3stico`), so every route
 * decodes it here, once; a value that is not valid percent-encoding is taken as it is.
 */
export function routeParam(value: string): string {
  return safeDecode(value);
}

export function indexPath(locale: string): string {
  return `/${locale}/`;
}

export function errorPath(locale: string, code: string, stepId?: string): string {
  return `/${locale}/errors/${encodeURIComponent(code)}/${stepId ? `#${encodeURIComponent(stepId)}` : ""}`;
}

export function articlePath(locale: string, slug: string, anchor?: string): string {
  return `/${locale}/articles/${encodeURIComponent(slug)}/${anchor ? `#${encodeURIComponent(anchor)}` : ""}`;
}

/** The page of the codes that start with a letter (`#` for any other character); a long letter's later pages are numbered from 2. */
export function letterPath(locale: string, letter: string, page = 1): string {
  return `/${locale}/codes/${letterSlug(letter)}/${page > 1 ? `${page}/` : ""}`;
}

/** The origin absolute URLs are built from (canonical, hreflang). */
export function siteOrigin(): string {
  return (process.env.SITE_URL ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`).replace(/\/+$/, "");
}

/** The folder of the locale's split search index, written at build time and fetched chunk by chunk only when someone searches. */
export function searchIndexPath(locale: string): string {
  return `/${locale}/search/`;
}
