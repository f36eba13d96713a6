/**
 * Turns an exported Next.js page whose only interactive parts are islands into a lean page:
 * the framework's scripts and its inline page data (the rendered tree again, for hydration)
 * are removed, and the scripts of the islands on the page are added. A page with no island
 * keeps no script of the framework's at all. Our inline scripts and everything else stay.
 *
 * This works on the HTML that React writes, which is regular: every script element ends
 * at the first `</script>` (React escapes `</` inside inline scripts).
 */

/** Client components the framework itself puts on every page; anything else needs its runtime. */
const frameworkClientExports = new Set(["default", "OutletBoundary", "ViewportBoundary", "MetadataBoundary", "IconMark"]);

const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const scriptPreload = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")(?=[^>]*\bhref="\/_next\/)[^>]*\/?>/g;
/** What a page made lean before carries for its islands (replaced when made lean again). */
const islandTag = /<(?:script|link)\b[^>]*\bdata-island-script\b[^>]*>(?:<\/script>)?/g;
/** The islands the server rendered: `<div data-island="checklist">`. */
const islandRoot = /<div data-island="([^"]+)"/g;
/**
 * In the page data, a client component is a line like `1d:I[89665,["$1c"],"Checklist"]`;
 * a name may also be a reference (`"$f"`) to a line holding it (`f:"ViewportBoundary"`).
 */
const dataLine = /^([0-9a-f]+):(.*)$/;

/** The framework's chunks, its page data, and the bootstrap that lists its chunks. */
function isFrameworkScript(attributes: string, body: string): boolean {
  return /\bsrc="\/_next\//.test(attributes) || /^\s*\(?self\.__next_f\b/.test(body) || /^\s*\(globalThis\["TURBOPACK"\]/.test(body);
}

/** The text of the page data: each `self.__next_f.push([1, "…"])` holds a piece of it. */
function pageData(html: string): string {
  let text = "";
  for (const [, , body = ""] of html.matchAll(scriptElement)) {
    const call = /^self\.__next_f\.push\((.*)\)$/s.exec(body.trim());
    if (!call?.[1]) continue;
    try {
      const chunk: unknown = JSON.parse(call[1]);
      if (Array.isArray(chunk) && chunk[0] === 1 && typeof chunk[1] === "string") text += chunk[1];
    } catch {
      // not a piece of page data
    }
  }
  return text;
}

/** The client components (their export names) the page's data refers to. */
export function clientComponents(html: string): string[] {
  const strings = new Map<string, string>();
  const references: string[] = [];
  for (const line of pageData(html).split("\n")) {
    const [, id = "", value = ""] = dataLine.exec(line) ?? [];
    try {
      if (value.startsWith('"')) {
        const text: unknown = JSON.parse(value);
        if (typeof text === "string") strings.set(id, text);
      } else if (value.startsWith("I[")) {
        const parts: unknown = JSON.parse(value.slice(1));
        if (Array.isArray(parts) && typeof parts[2] === "string") references.push(parts[2]);
      }
    } catch {
      // a line of another kind
    }
  }
  const resolve = (name: string) => (name.startsWith("$") ? (strings.get(name.slice(1)) ?? name) : name);
  return [...new Set(references.map(resolve))];
}

/** An island the build knows: the client component it hydrates and the files its script needs. */
export interface IslandBundle {
  component: string;
  /** The entry module, then the chunks it imports (preloaded so they load in parallel). */
  entry: string;
  imports: string[];
}

export type LeanResult = { html: string; islands: string[] } | { skipped: string };

function islandTags(bundles: IslandBundle[]): string {
  const preloads = [...new Set(bundles.flatMap((bundle) => bundle.imports))].map((src) => `<link rel="modulepreload" data-island-script href="${src}"/>`);
  const entries = bundles.map((bundle) => `<script type="module" data-island-script src="${bundle.entry}"></script>`);
  return [...entries, ...preloads].join("");
}

/**
 * The lean page, or why it cannot be made: a client component that is not an island (nor
 * the framework's own), or an island's component used outside its island, would stop
 * working without the framework's runtime. A page made lean earlier gets the new scripts.
 */
export function leanPage(html: string, bundles: ReadonlyMap<string, IslandBundle>): LeanResult {
  const page = html.replace(islandTag, "");
  const components = clientComponents(page).filter((name) => !frameworkClientExports.has(name));
  const islandComponents = new Set([...bundles.values()].map((bundle) => bundle.component));
  const islands = [...new Set([...page.matchAll(islandRoot)].map(([, name = ""]) => name))];
  const unknown = islands.filter((name) => !bundles.has(name));
  if (unknown.length > 0) return { skipped: `no script for the island ${unknown.join(", ")}` };
  const others = components.filter((name) => !islandComponents.has(name));
  if (others.length > 0) return { skipped: `it has client components that are not islands: ${others.join(", ")}` };
  const onPage = islands.flatMap((name) => bundles.get(name) ?? []);
  const outside = components.filter((name) => !onPage.some((bundle) => bundle.component === name));
  if (outside.length > 0) return { skipped: `${outside.join(", ")} is used outside its island` };
  const head = page.indexOf("</head>");
  if (head < 0) return { skipped: "no </head>" };
  const withScripts = page.slice(0, head) + islandTags(onPage) + page.slice(head);
  return {
    html: withScripts.replace(scriptElement, (element, attributes: string, body: string) => (isFrameworkScript(attributes, body) ? "" : element)).replace(scriptPreload, ""),
    islands,
  };
}
