/**
 * The article-specific part of rendering, as a hast transform that runs after
 * sanitising: anchors become ids, headings move to the page's outline, DocFX
 * alerts become notes, tables scroll in a labelled region, links are resolved, images
 * the site publishes get their URL and size and the others become their alt text, code
 * blocks get a copy button, long codes may wrap between their words. It knows nothing of React.
 */
import type { Element, ElementContent, Root, Text } from "hast";
import { EXIT, SKIP, visit } from "unist-util-visit";
import { wrappableText } from "./code-breaks";
import { copyButtonAttribute } from "./copy-buttons";
import { type AlertKind, alertMarkerOf } from "../content/vendor";
import type { IdRegistry } from "./ids";
import { anchorNameFromSanitised } from "./schema";

export interface ArticleRenderOptions {
  ids: IdRegistry;
  /** The rank the fragment's shallowest heading takes on the page; the others follow it, capped at H6. */
  topHeadingRank: number;
  /** The page prints the article's title itself (above what it puts before the text): the text's own H1 is left out. */
  withoutTitle?: boolean;
  /** Maps an href found in the article to the href the page should use; null leaves the link's text without a link. */
  resolveHref: (href: string) => string | null;
  /** Localised titles for DocFX alerts, by kind (NOTE, TIP…). */
  alertTitles: Record<AlertKind, string>;
  /** Extra links appended to headings, by the heading's anchor (e.g. "open the guided page"). */
  headingLinks?: ReadonlyMap<string, { href: string; label: string }>;
  /** Text shown in place of an image the site cannot serve. */
  missingImageLabel: string;
  /** The published copy of an image the article names by a relative URL, or null when the site has none. */
  localImage?: (src: string) => { url: string; width: number; height: number } | null;
  /** A copy button beside each code block (shown by the page's copy island), with its text and accessible name. */
  copyCodeBlock?: { label: string; name: string };
  /** The name of a table's scrolling region, from its number on the page and its column headers. */
  tableLabel: (ordinal: number, columns: string[]) => string;
  /** Whether an external image may be loaded (IMAGE_HOSTS); others are shown as a link to them. */
  externalImageAllowed?: (src: string) => boolean;
  /** Text of that link, before the image's alt text. */
  externalImageLabel?: string;
}

const headingTag = /^h([1-6])$/;
/** `data-copy-button` as a hast property name. */
const copyButtonProperty = copyButtonAttribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

function text(value: string): Text {
  return { type: "text", value };
}

function anchorName(node: Element): string | null {
  if (node.tagName !== "a" || node.properties.href !== undefined) return null;
  const name = node.properties.name ?? node.properties.id;
  return typeof name === "string" && name ? anchorNameFromSanitised(name) : null;
}

function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

function alertOf(quote: Element): AlertKind | null {
  const first = quote.children.find((child) => child.type === "element");
  if (first?.type !== "element" || first.tagName !== "p") return null;
  const lead = first.children[0];
  if (lead?.type !== "text") return null;
  const marker = alertMarkerOf(lead.value);
  if (!marker) return null;
  lead.value = lead.value.slice(marker.length);
  return marker.kind;
}

function renderImage(node: Element, label: string): Element {
  const alt = typeof node.properties.alt === "string" ? node.properties.alt.trim() : "";
  return {
    type: "element",
    tagName: "span",
    properties: { className: ["missing-image"], role: "img", ariaLabel: alt || label },
    children: [text(alt ? `${label}: ${alt}` : label)],
  };
}

/**
 * An `<a name>` gives its id to the element it sits in (a heading, a paragraph); when that
 * element has an id already (a second anchor on one heading) or there is none, the anchor
 * stays as an empty span so links to it still land.
 */
function placeAnchor(
  name: string,
  anchor: Element,
  host: Element | null,
  parent: Root | Element,
  index: number,
  ids: IdRegistry,
): number | typeof SKIP {
  if (host && host.properties.id === undefined) {
    host.properties.id = ids.claim(name);
    parent.children.splice(index, 1, ...anchor.children);
    return index;
  }
  parent.children[index] = { type: "element", tagName: "span", properties: { id: ids.claim(name) }, children: anchor.children };
  return SKIP;
}

function textContent(node: Element | ElementContent): string {
  if (node.type === "text") return node.value;
  return node.type === "element" ? node.children.map(textContent).join("") : "";
}

/** The header cells' text of a table's first row. */
function columnsOf(table: Element): string[] {
  let firstRow: Element | undefined;
  visit(table, "element", (node) => {
    if (node.tagName !== "tr") return;
    firstRow = node;
    return EXIT;
  });
  return (firstRow?.children ?? [])
    .filter((cell): cell is Element => cell.type === "element" && cell.tagName === "th")
    .map((cell) => textContent(cell).replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

const wordBreak = (): Element => ({ type: "element", tagName: "wbr", properties: {}, children: [] });

/**
 * Long codes, paths and URLs in the text get a `<wbr>` between their words, so that a phone
 * wraps them there rather than mid-word (or not at all, pushing the page wider). Code
 * blocks scroll instead, and keep their text as it is.
 */
function markWordBreaks(parent: Root | Element): void {
  parent.children = parent.children.flatMap((child): ElementContent[] => {
    if (child.type === "element") {
      if (child.tagName !== "pre") markWordBreaks(child);
      return [child];
    }
    // (A fragment has no doctype; the type allows one at the root.)
    if (child.type !== "text") return child.type === "doctype" ? [] : [child];
    const pieces = wrappableText(child.value);
    if (pieces.length === 1) return [child];
    return pieces.flatMap((piece, index) => (index === 0 ? [text(piece)] : [wordBreak(), text(piece)]));
  });
}

function shallowestHeading(tree: Root): number {
  let rank = 7;
  visit(tree, "element", (node) => {
    const heading = headingTag.exec(node.tagName);
    if (heading) rank = Math.min(rank, Number(heading[1]));
  });
  return rank;
}

export function rehypeArticle(options: ArticleRenderOptions) {
  return (tree: Root): void => {
    if (options.withoutTitle) {
      const title = tree.children.findIndex((node) => node.type === "element" && node.tagName === "h1");
      const next = tree.children[title + 1];
      if (title >= 0) tree.children.splice(title, next?.type === "text" && next.value.trim() === "" ? 2 : 1);
    }
    const headingOffset = options.topHeadingRank - shallowestHeading(tree);
    visit(tree, "element", (node, index, parent) => {
      if (parent === undefined || index === undefined) return;

      const name = anchorName(node);
      if (name !== null) {
        return placeAnchor(name, node, parent.type === "element" ? parent : null, parent, index, options.ids);
      }

      const heading = headingTag.exec(node.tagName);
      if (heading) {
        const rank = Math.min(6, Number(heading[1]) + headingOffset);
        node.tagName = `h${rank}`;
        visit(node, "element", (child, childIndex, childParent) => {
          const childName = anchorName(child);
          if (childName === null || childParent === undefined || childIndex === undefined) return;
          return placeAnchor(childName, child, node, childParent, childIndex, options.ids);
        });
        const id = node.properties.id;
        const extra = typeof id === "string" ? options.headingLinks?.get(id) : undefined;
        if (extra) {
          node.children.push(text(" "), {
            type: "element",
            tagName: "a",
            properties: { href: extra.href, className: ["heading-guide-link"] },
            children: [text(extra.label)],
          });
        }
        return SKIP;
      }

      if (node.tagName === "a" && typeof node.properties.href === "string") {
        const href = options.resolveHref(node.properties.href);
        if (href === null) {
          parent.children.splice(index, 1, ...node.children);
          return index;
        }
        node.properties.href = href;
        if (isExternal(node.properties.href)) node.properties.rel = ["noopener"];
        return;
      }

      if (node.tagName === "img") {
        const src = typeof node.properties.src === "string" ? node.properties.src : "";
        if (!isExternal(src)) {
          const published = options.localImage?.(src);
          if (!published) {
            parent.children[index] = renderImage(node, options.missingImageLabel);
            return SKIP;
          }
          // Its size reserves its place, so nothing below it moves as it loads.
          Object.assign(node.properties, { src: published.url, width: published.width, height: published.height, decoding: "async" });
        } else if (!options.externalImageAllowed?.(src)) {
          parent.children[index] = {
            type: "element",
            tagName: "a",
            properties: { href: src, rel: ["noopener", "noreferrer"], className: ["external-image"] },
            children: [renderImage(node, options.externalImageLabel ?? options.missingImageLabel)],
          };
          return SKIP;
        }
        node.properties.loading = "lazy";
        return;
      }

      if (node.tagName === "pre" && options.copyCodeBlock) {
        const { label, name } = options.copyCodeBlock;
        const button: Element = {
          type: "element",
          tagName: "button",
          properties: { type: "button", hidden: true, [copyButtonProperty]: "", ariaLabel: name, className: ["copy-button"] },
          children: [text(label)],
        };
        parent.children[index] = { type: "element", tagName: "div", properties: { className: ["code-block"] }, children: [button, node] };
        return SKIP;
      }

      if (node.tagName === "blockquote") {
        const kind = alertOf(node);
        if (kind === null) return;
        node.tagName = "aside";
        node.properties.className = ["alert", `alert-${kind.toLowerCase()}`];
        const title: ElementContent = {
          type: "element",
          tagName: "p",
          properties: { className: ["alert-title"] },
          children: [text(options.alertTitles[kind])],
        };
        node.children.unshift(title);
        return;
      }

      if (node.tagName === "table") {
        // A region that scrolls sideways on a phone, reachable and scrollable by keyboard.
        parent.children[index] = {
          type: "element",
          tagName: "div",
          properties: { className: ["table-scroll"], role: "region", ariaLabel: options.tableLabel(options.ids.ordinal("table"), columnsOf(node)), tabIndex: 0 },
          children: [node],
        };
        return;
      }
    });
    markWordBreaks(tree);
  };
}
