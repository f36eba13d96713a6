/**
 * Where a link found in an article should point on this site: in-page anchors stay
 * when the page shows them, other anchors go to the full article, sibling articles
 * we publish become our pages, and the rest go to the vendor's published page.
 */
import { articlePath, vendorDocsUrl } from "./urls";

export interface LinkContext {
  locale: string;
  slug: string;
  /** The article's own locale (the vendor page for a fallback is the source's). */
  articleLocale: string;
  /** Anchors present on the page being rendered. */
  anchorsOnPage: ReadonlySet<string>;
  /** Slugs of the articles this site publishes. */
  publishedSlugs: ReadonlySet<string>;
}

const scheme = /^[a-z][a-z0-9+.-]*:/i;

export function resolveArticleHref(href: string, context: LinkContext): string {
  if (href.startsWith("#")) {
    const anchor = href.slice(1);
    return context.anchorsOnPage.has(anchor) ? href : articlePath(context.locale, context.slug, anchor);
  }
  if (scheme.test(href) || href.startsWith("//")) return href;
  const [pathPart = "", fragment] = href.split("#", 2);
  const sibling = /^(?:\.\/)?([\w.-]+)\.md$/i.exec(pathPart);
  if (sibling?.[1] && context.publishedSlugs.has(sibling[1])) {
    return articlePath(context.locale, sibling[1], fragment);
  }
  return vendorDocsUrl(context.articleLocale, href) ?? href;
}
