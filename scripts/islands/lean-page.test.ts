import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clientComponents, leanPage } from "./lean-page";

/** A page shaped like the ones Next.js exports: its chunks, page data, and one inline script of ours. */
function exportedPage(clientExports: string[]): string {
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
    '<main><div data-island="checklist"><div data-checklist="true">steps</div></div>',
    '<script type="application/json" data-island-props="checklist">{"locale":"pt-PT"}</script></main>',
    "<script>(function(){window.ours=1})();</script>",
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    `<script>self.__next_f.push(${JSON.stringify([1, data])})</script>`,
    "</body></html>",
  ].join("");
}

const island = { component: "Checklist", scriptSrc: "/_islands/checklist.abc.js" };

describe("lean pages", () => {
  it("finds the client components the page data names, through references", () => {
    assert.deepEqual(clientComponents(exportedPage(["Checklist"])), ["default", "ViewportBoundary", "Checklist"]);
  });

  it("drops the framework's scripts and page data, keeps ours, and adds the island's script once", () => {
    const result = leanPage(exportedPage(["Checklist"]), island);
    assert.ok("html" in result);
    const { html } = result;
    assert.doesNotMatch(html, /\/_next\/static\/chunks\/[^"]*\.js/);
    assert.doesNotMatch(html, /__next_f|TURBOPACK/);
    assert.match(html, /<link rel="stylesheet" href="\/_next\/static\/chunks\/a\.css"/);
    assert.match(html, /<script>\(function\(\)\{window\.ours=1\}\)\(\);<\/script>/);
    assert.match(html, /data-island-props="checklist">\{"locale":"pt-PT"\}<\/script>/);
    assert.equal(html.match(/_islands\/checklist\.abc\.js/g)?.length, 1);
    assert.ok(html.indexOf("_islands/checklist.abc.js") < html.indexOf("</head>"));
  });

  it("replaces only the island's script on a page made lean before", () => {
    const first = leanPage(exportedPage(["Checklist"]), island);
    assert.ok("html" in first);
    const again = leanPage(first.html, { ...island, scriptSrc: "/_islands/checklist.def.js" });
    assert.ok("html" in again);
    assert.doesNotMatch(again.html, /checklist\.abc\.js/);
    assert.equal(again.html.match(/_islands\/checklist\.def\.js/g)?.length, 1);
  });

  it("leaves a page alone when another client component needs the framework", () => {
    assert.deepEqual(leanPage(exportedPage(["Checklist", "SearchBox"]), island), { skipped: "it has other client components: SearchBox" });
  });

  it("leaves a page without the island alone", () => {
    assert.deepEqual(leanPage(exportedPage([]), island), { skipped: "Checklist is not on the page" });
  });
});
