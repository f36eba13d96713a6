/**
 * Lean pages from real output: the fixtures are pages `next build` exported for this
 * project, before the islands step (an error page with the checklist island, the 404 page
 * with its suggestions island and two inline scripts, a locale-less page with no island).
 * To capture them again after a change of Next.js or of the pages:
 *   npx next build && cp out/en-US/errors/UserErrorStandardSSDNotSupported/index.html scripts/islands/fixtures/error-page.html
 *   cp out/404.html scripts/islands/fixtures/404.html
 *   cp out/errors/UserErrorStandardSSDNotSupported/index.html scripts/islands/fixtures/localeless-error.html
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { type IslandBundle, LeanPageError, leanPage } from "./lean-page.mts";

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");
const errorPage = fixture("error-page.html");
const notFoundPage = fixture("404.html");
const localelessPage = fixture("localeless-error.html");

const bundles = new Map<string, IslandBundle>([
  ["checklist", { entry: "/_islands/checklist.abc.js", imports: ["/_islands/chunk.p1.js"] }],
  ["search", { entry: "/_islands/search.abc.js", imports: ["/_islands/chunk.p1.js", "/_islands/chunk.s2.js"] }],
  ["not-found", { entry: "/_islands/not-found.abc.js", imports: [] }],
]);

type Element = DefaultTreeAdapterMap["element"];
function* elementsOf(node: DefaultTreeAdapterMap["node"]): Generator<Element> {
  if ("tagName" in node) yield node;
  if ("childNodes" in node) for (const child of node.childNodes) yield* elementsOf(child);
}

/** Each script and preload of a page, as the browser would see it: its attributes, and the start of an inline one. */
function scriptsOf(html: string): string[] {
  return [...elementsOf(parse(html))]
    .filter((element) => element.tagName === "script" || (element.tagName === "link" && /preload/.test(element.attrs.find((attr) => attr.name === "rel")?.value ?? "")))
    .map((element) => {
      const attributes = element.attrs.map((attr) => (attr.value ? `${attr.name}=${attr.value}` : attr.name)).join(" ");
      return `${element.tagName} ${attributes}`.trim();
    });
}

function lean(html: string): { html: string; islands: string[] } {
  const result = leanPage(html, bundles);
  assert.ok("html" in result, "the page is made lean");
  return result;
}

/** The page's main content, as the framework wrote it. */
const mainOf = (html: string) => html.slice(html.indexOf("<main"), html.indexOf("</main>") + "</main>".length);

describe("lean pages (real next build output)", () => {
  it("the fixtures are what the framework exports: its runtime, its page data and its preloads", () => {
    assert.match(errorPage, /self\.__next_f/);
    assert.ok(scriptsOf(errorPage).some((script) => /^script src=\/_next\//.test(script)));
    assert.ok(scriptsOf(errorPage).some((script) => /^link rel=preload as=script/.test(script)));
  });

  it("an error page keeps only its island's module, its props and our inline script", () => {
    const result = lean(errorPage);
    assert.deepEqual(result.islands, ["checklist"]);
    assert.deepEqual(scriptsOf(result.html), [
      "script type=module data-island-script src=/_islands/checklist.abc.js",
      "link rel=modulepreload data-island-script href=/_islands/chunk.p1.js",
      "script data-inline-script=keep-hash",
      "script type=application/json data-island-props=checklist",
    ]);
    assert.doesNotMatch(result.html, /__next_f|TURBOPACK|\/_next\/static\/chunks\/[^"]*\.js/);
  });

  it("leaves everything else byte for byte as the framework wrote it", () => {
    const result = lean(errorPage);
    assert.ok(result.html.includes(mainOf(errorPage)));
    assert.match(result.html, /<link rel="stylesheet" href="\/_next\/static\/chunks\/[^"]+\.css" data-precedence="next"\/>/);
    assert.ok(result.html.startsWith(errorPage.slice(0, errorPage.indexOf("<link"))));
  });

  it("is the same page when made lean again", () => {
    const once = lean(errorPage).html;
    assert.equal(lean(once).html, once);
  });

  it("the 404 page keeps both inline scripts and runs its suggestions island", () => {
    const result = lean(notFoundPage);
    assert.deepEqual(result.islands, ["not-found"]);
    assert.deepEqual(scriptsOf(result.html), [
      "script type=module data-island-script src=/_islands/not-found.abc.js",
      "script data-inline-script=case-redirect",
      "script type=application/json data-island-props=not-found",
      "script data-inline-script=not-found-language",
    ]);
  });

  it("a page without an island keeps no script but ours", () => {
    const result = lean(localelessPage);
    assert.deepEqual(result.islands, []);
    assert.deepEqual(scriptsOf(result.html), ["script data-inline-script=locale-redirect"]);
  });

  it("removes a script however it is written, without a mark of ours", () => {
    const page = errorPage.replace("</body>", '<SCRIPT SRC="/elsewhere.js"></SCRIPT><script type="module">import "/x.js"</script><link rel="modulepreload" href="/y.js"></body>');
    assert.doesNotMatch(lean(page).html, /elsewhere|\/x\.js|\/y\.js/);
  });

  it("leaves a page that keeps the framework's runtime on purpose as it is", () => {
    const page = errorPage.replace("</head>", '<meta name="framework-runtime" content="a demo of a client component"/></head>');
    assert.deepEqual(leanPage(page, bundles), { keptRuntime: "a demo of a client component" });
  });

  it("refuses a page whose island cannot run: no script, or no props after it", () => {
    assert.throws(() => leanPage(errorPage, new Map()), (error) => error instanceof LeanPageError && /the island checklist has no script/.test(error.message));
    const withoutProps = errorPage.replace('data-island-props="checklist"', 'data-other="checklist"');
    assert.throws(() => leanPage(withoutProps, bundles), /an island checklist has no props after it/);
    const second = errorPage.replace("</main>", '<div data-island="checklist"></div></main>');
    assert.throws(() => leanPage(second, bundles), /an island checklist has no props after it/);
  });

  it("runs several islands of one kind with one script (a checklist per article of a code)", () => {
    const island = /<div data-island="checklist">[\s\S]*?<script type="application\/json" data-island-props="checklist">[^<]*<\/script>/.exec(errorPage)?.[0] ?? "";
    assert.ok(island);
    const result = lean(errorPage.replace("</main>", `${island}</main>`));
    assert.deepEqual(result.islands, ["checklist"]);
    assert.equal(scriptsOf(result.html).filter((script) => script.includes("checklist.abc.js")).length, 1);
  });
});
