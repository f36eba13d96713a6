/**
 * The article-specific part of rendering, as a hast transform that runs after
 * sanitising: anchors become ids, headings move to the page's outline, DocFX
 * alerts become notes, tables can scroll, links are resolved, missing images
 * become their alt text. It knows nothing of React.
 */
import type { Element, ElementContent, Root, Text } from "hast";
import { visit, SKIP } from "unist-util-visit";
import { type AlertKind, alertMarkerOf } from "../content/vendor";
import type { IdRegistry } from "./ids";

export interface ArticleRenderOptions {
  ids: IdRegistry;
  /** The rank the fragment's shallowest heading takes on the page; the others follow it, capped at H6. */
  topHeadingRank: number;
  /** Maps an href found in the article to the href the page should use; null leaves the link's text without a link. */
  resolveHref: (href: string) => string | null;
  /** Localised titles for DocFX alerts, by kind (NOTE, TIP…). */
  alertTitles: Record<AlertKind, string>;
  /** Extra links appended to headings, by the heading's anchor (e.g. "open the guided page"). */
  headingLinks?: ReadonlyMap<string, { href: string; label: string }>;
  /** Text shown in place of an image the site cannot serve. */
  missingImageLabel: string;
}

const headingTag = /^h([1-6])$/;

function text(value: string): Text {
  return { type: "text", value };
}

function anchorName(node: Element): string | null {
  if (node.tagName !== "a" || node.properties.href !== undefined) return null;
  const name = node.properties.name ?? node.properties.id;
  return typeof name === "string" && name ? name : null;
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
          parent.children[index] = renderImage(node, options.missingImageLabel);
          return SKIP;
        }
        node.properties.loading = "lazy";
        return;
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
        parent.children[index] = {
          type: "element",
          tagName: "div",
          properties: { className: ["table-scroll"] },
          children: [node],
        };
        return SKIP;
      }
    });
  };
}
