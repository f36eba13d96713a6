/**
 * Turns an exported Next.js page whose only interactive part is an island into a lean
 * page: the framework's scripts and its inline page data (the rendered tree again, for
 * hydration) are removed, and the island's own script is added. Our inline scripts and
 * everything else stay as they are.
 *
 * This works on the HTML that React writes, which is regular: every script element ends
 * at the first `</script>` (React escapes `</` inside inline scripts).
 */

/** Client components the framework itself puts on every page; anything else needs its runtime. */
const frameworkClientExports = new Set(["default", "OutletBoundary", "ViewportBoundary", "MetadataBoundary", "IconMark"]);

const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const scriptPreload = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")(?=[^>]*\bhref="\/_next\/)[^>]*\/?>/g;
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

export type LeanResult = { html: string } | { skipped: string };

const islandScriptTag = (src: string) => `<script defer data-island-script src="${src}"></script>`;
const islandScript = /<script defer data-island-script src="[^"]*"><\/script>/;

/**
 * The lean page, or why it cannot be made: a client component other than the island
 * (and the framework's own) would stop working without the framework's runtime.
 * A page made lean earlier only gets the new script.
 */
export function leanPage(html: string, island: { component: string; scriptSrc: string }): LeanResult {
  if (islandScript.test(html)) return { html: html.replace(islandScript, islandScriptTag(island.scriptSrc)) };
  const components = clientComponents(html);
  const others = components.filter((name) => name !== island.component && !frameworkClientExports.has(name));
  if (others.length > 0) return { skipped: `it has other client components: ${others.join(", ")}` };
  if (!components.includes(island.component)) return { skipped: `${island.component} is not on the page` };
  const head = html.indexOf("</head>");
  if (head < 0) return { skipped: "no </head>" };
  const withScript = html.slice(0, head) + islandScriptTag(island.scriptSrc) + html.slice(head);
  return {
    html: withScript.replace(scriptElement, (element, attributes: string, body: string) => (isFrameworkScript(attributes, body) ? "" : element)).replace(scriptPreload, ""),
  };
}
