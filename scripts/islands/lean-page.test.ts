import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clientComponents, type IslandBundle, leanPage } from "./lean-page";

/** A page shaped like the ones Next.js exports: its chunks, page data, and one inline script of ours. */
function exportedPage(clientExports: string[], island = '<div data-island="checklist"><div data-checklist="true">steps</div></div><script type="application/json" data-island-props="checklist">{"locale":"pt-PT"}</script>'): string {
  const data = [
    '1:"$Sreact.fragment"',
    '3:I[39756,["$2"],"default"]',
    'f:"ViewportBoundary"',
    '10:I[97367,["$2"],"$f"]',
    ...clientExports.map((name, index) => `2${index}:I[8966${index},["$1c"],${JSON.stringify(name)}]`),
    '0:{"P":null,"b":"build"}',
  ].join("\n");
  return [
    "<!DOCTYPE html><html lang=\"pt-PT\"><head>",
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<script src="/_next/static/chunks/b.js" async=""></script>',
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
    "<title>Page</title></head><body>",
    `<main>${island}</main>`,
    "<script>(function(){window.ours=1})();</script>",
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    `<script>self.__next_f.push(${JSON.stringify([1, data])})</script>`,
    "</body></html>",
  ].join("");
}

const checklist: IslandBundle = { component: "Checklist", entry: "/_islands/checklist.abc.js", imports: ["/_islands/chunk.p1.js"] };
const search: IslandBundle = { component: "SearchBox", entry: "/_islands/search.abc.js", imports: ["/_islands/chunk.p1.js", "/_islands/chunk.s2.js"] };
const bundles = new Map([
  ["checklist", checklist],
  ["search", search],
]);

describe("lean pages", () => {
  it("finds the client components the page data names, through references", () => {
    assert.deepEqual(clientComponents(exportedPage(["Checklist"])), ["default", "ViewportBoundary", "Checklist"]);
  });

  it("drop the framework's scripts and page data, keep ours, and load the island's module and its chunks once", () => {
    const result = leanPage(exportedPage(["Checklist"]), bundles);
    assert.ok("html" in result);
    const { html, islands } = result;
    assert.deepEqual(islands, ["checklist"]);
    assert.doesNotMatch(html, /\/_next\/static\/chunks\/[^"]*\.js/);
    assert.doesNotMatch(html, /__next_f|TURBOPACK/);
    assert.match(html, /<link rel="stylesheet" href="\/_next\/static\/chunks\/a\.css"/);
    assert.match(html, /<script>\(function\(\)\{window\.ours=1\}\)\(\);<\/script>/);
    assert.match(html, /data-island-props="checklist">\{"locale":"pt-PT"\}<\/script>/);
    assert.equal(html.match(/<script type="module" data-island-script src="\/_islands\/checklist\.abc\.js"><\/script>/g)?.length, 1);
    assert.equal(html.match(/<link rel="modulepreload" data-island-script href="\/_islands\/chunk\.p1\.js"\/>/g)?.length, 1);
    assert.doesNotMatch(html, /search\.abc\.js/);
    assert.ok(html.indexOf("_islands/checklist.abc.js") < html.indexOf("</head>"));
  });

  it("replace only the islands' scripts on a page made lean before", () => {
    const first = leanPage(exportedPage(["Checklist"]), bundles);
    assert.ok("html" in first);
    const again = leanPage(first.html, new Map([["checklist", { ...checklist, entry: "/_islands/checklist.def.js" }]]));
    assert.ok("html" in again);
    assert.deepEqual(again.islands, ["checklist"]);
    assert.doesNotMatch(again.html, /checklist\.abc\.js/);
    assert.equal(again.html.match(/_islands\/checklist\.def\.js/g)?.length, 1);
    assert.equal(again.html.match(/chunk\.p1\.js/g)?.length, 1);
  });

  it("keep no script at all when the page has no island", () => {
    const result = leanPage(exportedPage([], ""), bundles);
    assert.ok("html" in result);
    assert.deepEqual(result.islands, []);
    assert.doesNotMatch(result.html, /<script\b[^>]*\bsrc=|modulepreload|__next_f/);
  });

  it("leave a page alone when a client component that is not an island needs the framework", () => {
    assert.deepEqual(leanPage(exportedPage(["Checklist", "Tabs"]), bundles), { skipped: "it has client components that are not islands: Tabs" });
  });

  it("leave a page alone when an island's component is used outside its island", () => {
    assert.deepEqual(leanPage(exportedPage(["SearchBox"], ""), bundles), { skipped: "SearchBox is used outside its island" });
  });

  it("leave a page alone when it holds an island the build has no script for", () => {
    assert.deepEqual(leanPage(exportedPage(["Checklist"]), new Map([["search", search]])), { skipped: "no script for the island checklist" });
  });
});
