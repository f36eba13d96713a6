/**
 * Where a link found in an article should point on this site: in-page anchors stay
 * when the page shows them, other anchors go to the full article, sibling articles
 * we publish become our pages, and the rest go to the vendor's published page, or
 * become text when the article's published address is unknown.
 */
import { vendorLinkUrl } from "../content/vendor";
import { articlePath } from "./urls";

export interface LinkContext {
  locale: string;
  slug: string;
  /** Where the vendor publishes the article shown (a fallback's is the source's), or null when unknown. */
  publishedUrl: string | null;
  /** Anchors present on the page being rendered. */
  anchorsOnPage: ReadonlySet<string>;
  /** Slugs of the articles this site publishes. */
  publishedSlugs: ReadonlySet<string>;
}

const scheme = /^[a-z][a-z0-9+.-]*:/i;

/** The href the page uses, or null for a relative link that leads nowhere we know: it is shown as text. */
export function resolveArticleHref(href: string, context: LinkContext): string | null {
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
  return vendorLinkUrl(context.publishedUrl, href);
}
