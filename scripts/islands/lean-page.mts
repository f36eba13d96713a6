/**
 * Turns an exported page into a lean one: every script and preload goes, except ours, which
 * carry a mark (components/islands/markup.ts): the islands' props, our inline scripts. Then
 * the scripts of the islands on the page are added. A page with no island keeps no script
 * but our inline ones. Nothing of what the framework writes is read: that every client
 * component on a page is an island is known before (scripts/islands/client-modules.ts).
 *
 * The page is read with an HTML parser (parse5) and edited at the places it reports, so
 * everything that stays is byte for byte what the framework wrote. An ES module (.mts), so
 * that parse5 loads as one: converted to CommonJS (as tsx does for a .ts importer), each
 * lookup in its character tables goes through a getter, and parsing takes 3 to 4 times as long.
 */
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { inlineScriptAttribute, islandAttributes, keepRuntimeMetaName } from "@/components/islands/markup";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** The files an island's script needs: the entry module, then the chunks it imports (preloaded so they load in parallel). */
export interface IslandBundle {
  entry: string;
  imports: string[];
}

export type LeanResult = { html: string; islands: string[] } | { keptRuntime: string };

/** A page the islands step cannot make lean: the build stops with this. */
export class LeanPageError extends Error {}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** Every element of the document, in document order (a `<template>`'s content too). */
function elements(document: Node): Element[] {
  const found: Element[] = [];
  const pending: Node[] = [document];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if ("tagName" in node) found.push(node);
    if ("content" in node) pending.push(node.content);
    if ("childNodes" in node) pending.push(...node.childNodes.toReversed());
  }
  return found;
}

/** The element after this one under the same parent, if any. */
function nextElement(element: Element): Element | undefined {
  const siblings = element.parentNode?.childNodes ?? [];
  return siblings.slice(siblings.indexOf(element) + 1).find((node): node is Element => "tagName" in node);
}

/** Our scripts that stay: the islands' props and our inline scripts (the islands' own tags are written again). */
function isOurs(element: Element): boolean {
  return attribute(element, islandAttributes.props) !== undefined || attribute(element, inlineScriptAttribute) !== undefined;
}

function isPreload(element: Element): boolean {
  const rel = (attribute(element, "rel") ?? "").toLowerCase().split(/\s+/);
  return element.tagName === "link" && (rel.includes("preload") || rel.includes("modulepreload"));
}

/** The module and preload tags of a page's islands, for its `<head>`. */
export function islandTags(bundles: IslandBundle[]): string {
  const mark = islandAttributes.script;
  const preloads = [...new Set(bundles.flatMap((bundle) => bundle.imports))].map((src) => `<link rel="modulepreload" ${mark} href="${src}"/>`);
  const entries = bundles.map((bundle) => `<script type="module" ${mark} src="${bundle.entry}"></script>`);
  return [...entries, ...preloads].join("");
}

/**
 * The lean page; a page that keeps the framework's runtime on purpose (KeepFrameworkRuntime)
 * as it is. Throws a LeanPageError when the page has an island that cannot run: one without
 * a script or without its props. A page made lean before gets its islands' scripts again.
 */
export function leanPage(html: string, bundles: ReadonlyMap<string, IslandBundle>): LeanResult {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const removed: { start: number; end: number }[] = [];
  const islands: string[] = [];
  let headEnd: number | undefined;
  for (const element of elements(document)) {
    if (element.tagName === "meta" && attribute(element, "name") === keepRuntimeMetaName) return { keptRuntime: attribute(element, "content") ?? "" };
    if (element.tagName === "head") headEnd = element.sourceCodeLocation?.endTag?.startOffset;
    const island = attribute(element, islandAttributes.root);
    if (island !== undefined) {
      // Its script reads each island's props from the element after it (components/islands/hydrate.ts).
      const props = nextElement(element);
      if (props?.tagName !== "script" || attribute(props, islandAttributes.props) !== island) throw new LeanPageError(`an island ${island} has no props after it (render it with <Island>)`);
      if (!islands.includes(island)) islands.push(island);
    }
    if ((element.tagName === "script" || isPreload(element)) && !isOurs(element)) {
      const location = element.sourceCodeLocation;
      if (!location) throw new LeanPageError(`the parser gave no place for a <${element.tagName}>`);
      removed.push({ start: location.startOffset, end: location.endOffset });
    }
  }
  const onPage = islands.map((name) => {
    const bundle = bundles.get(name);
    if (!bundle) throw new LeanPageError(`the island ${name} has no script: it is not in components/islands/registry.ts`);
    return bundle;
  });
  if (headEnd === undefined) throw new LeanPageError("the page has no </head> to put its islands' scripts before");
  const edits = [...removed.map((range) => ({ ...range, text: "" })), { start: headEnd, end: headEnd, text: islandTags(onPage) }];
  // From the end, so that each edit's offsets still hold; the insertion at </head> after a removal that ends there.
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let lean = html;
  for (const edit of edits) lean = lean.slice(0, edit.start) + edit.text + lean.slice(edit.end);
  return { html: lean, islands };
}
