import { imageHostsFrom, imageSourceAllowed } from "../../scripts/postbuild/headers.mjs";
import type { Article } from "../content/model";
import { type Dictionary, format } from "../i18n";
import type { ArticleRenderOptions } from "../render/rehype-article";
import { IdRegistry } from "../render/ids";
import type { Catalog } from "./catalog";
import { resolveArticleHref } from "./links";

interface PageRenderInput {
  catalog: Catalog;
  locale: string;
  article: Article;
  dictionary: Dictionary;
  /** Anchors the page itself shows, so links to them stay on the page. */
  anchorsOnPage: Iterable<string>;
  /** Ids the page already uses for its own elements. */
  reservedIds?: Iterable<string>;
  /** The page's id registry, when several articles' fragments share one page. */
  ids?: IdRegistry;
  headingLinks?: ArticleRenderOptions["headingLinks"];
  /** Code blocks get a copy button (the page then renders the copy island). */
  copyButtons?: boolean;
}

/** The rendering options for one page: one id registry shared by every fragment on it. */
export type PageRenderOptions = Omit<ArticleRenderOptions, "topHeadingRank">;

/** Hosts whose images pages load (IMAGE_HOSTS, read at build time; the CSP's img-src says the same). */
const externalImageHosts = imageHostsFrom(process.env);

export function pageRenderOptions(input: PageRenderInput): PageRenderOptions {
  const { dictionary: t } = input;
  const anchorsOnPage = new Set(input.anchorsOnPage);
  const publishedSlugs = new Set(input.catalog.slugs());
  const images = new Map(input.article.images.map((image) => [image.src, image]));
  return {
    ids: input.ids ?? new IdRegistry(input.reservedIds),
    headingLinks: input.headingLinks,
    missingImageLabel: t.missingImage,
    localImage: (src) => images.get(src) ?? null,
    copyCodeBlock: input.copyButtons ? { label: t.copy, name: t.copyCodeBlock } : undefined,
    tableLabel: (ordinal, columns) =>
      columns.length > 0 ? format(t.tableRegion, { n: ordinal, columns: columns.join(", ") }) : format(t.tableRegionUntitled, { n: ordinal }),
    externalImageAllowed: (src) => imageSourceAllowed(src, externalImageHosts),
    externalImageLabel: t.externalImage,
    alertTitles: {
      NOTE: t.alertNote,
      TIP: t.alertTip,
      IMPORTANT: t.alertImportant,
      WARNING: t.alertWarning,
      CAUTION: t.alertCaution,
    },
    resolveHref: (href) =>
      resolveArticleHref(href, {
        locale: input.locale,
        slug: input.article.slug,
        publishedUrl: input.article.publishedUrl,
        anchorsOnPage,
        publishedSlugs,
      }),
  };
}
