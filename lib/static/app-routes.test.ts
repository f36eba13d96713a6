import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { type AppRoute, readAppTree, routePath } from "./app-routes";

const root = mkdtempSync(path.join(tmpdir(), "app-routes-"));
after(() => rmSync(root, { recursive: true, force: true }));

/** An app/ folder of empty files, from their paths. */
function appOf(name: string, files: string[]): string {
  const dir = path.join(root, name);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), "");
  }
  return dir;
}

describe("readAppTree", () => {
  it("reads pages, route handlers, layouts and the sources of params by the App Router's conventions", () => {
    const app = appOf("site", [
      "(root)/layout.tsx",
      "(root)/page.tsx",
      "[locale]/layout.tsx",
      "[locale]/page.tsx",
      "[locale]/errors/[code]/page.tsx",
      "[locale]/search/[file]/route.ts",
      "[locale]/codes/[[...letter]]/page.tsx",
      "[locale]/_parts/helper.tsx",
      "global-not-found.tsx",
      "icon.svg",
      "globals.css",
    ]);
    const tree = readAppTree(app);
    assert.deepEqual(tree.problems, []);
    assert.equal(tree.notFound, path.join(app, "global-not-found.tsx"));
    assert.equal(tree.icon, path.join(app, "icon.svg"));
    const byFile = new Map(tree.routes.map((route) => [path.relative(app, route.file), route]));
    assert.deepEqual([...byFile.keys()].sort(), [
      "(root)/page.tsx",
      "[locale]/codes/[[...letter]]/page.tsx",
      "[locale]/errors/[code]/page.tsx",
      "[locale]/page.tsx",
      "[locale]/search/[file]/route.ts",
    ]);
    const error = byFile.get("[locale]/errors/[code]/page.tsx");
    assert.deepEqual(error?.url, [
      { kind: "dynamic", param: "locale" },
      { kind: "static", name: "errors" },
      { kind: "dynamic", param: "code" },
    ]);
    assert.deepEqual(error?.layouts, [path.join(app, "[locale]/layout.tsx")]);
    assert.deepEqual(error?.paramSources, [path.join(app, "[locale]/layout.tsx"), path.join(app, "[locale]/errors/[code]/page.tsx")]);
    // The root group's layout is a layout, not a source of params: its folder adds no segment.
    assert.deepEqual(byFile.get("(root)/page.tsx")?.url, []);
    assert.deepEqual(byFile.get("(root)/page.tsx")?.paramSources, [path.join(app, "(root)/page.tsx")]);
    assert.equal(byFile.get("[locale]/search/[file]/route.ts")?.kind, "handler");
    assert.deepEqual(byFile.get("[locale]/search/[file]/route.ts")?.layouts, []);
  });

  it("names every file and folder it cannot render, rather than leaving it out", () => {
    const app = appOf("unsupported", ["layout.tsx", "page.tsx", "loading.tsx", "sitemap.ts", "@modal/page.tsx", "(.)photo/page.tsx", "both/page.tsx", "both/route.ts"]);
    const problems = readAppTree(app).problems.map((problem) => problem.replace(`${app}/`, ""));
    assert.deepEqual(problems, [
      "layout.tsx: a root layout is not supported; each route group has its own (app/(root), app/[locale])",
      "loading.tsx: the static renderer (lib/static) does not render this Next.js special file",
      "sitemap.ts: the static renderer (lib/static) does not render this Next.js special file",
      "(.)photo: a folder name the static renderer does not understand (parallel routes and intercepting routes are not supported)",
      "@modal: a folder name the static renderer does not understand (parallel routes and intercepting routes are not supported)",
      "both: a folder cannot hold both a page and a route handler",
    ]);
  });
});

describe("routePath", () => {
  const page: AppRoute = {
    kind: "page",
    file: "app/[locale]/codes/[[...letter]]/page.tsx",
    url: [
      { kind: "dynamic", param: "locale" },
      { kind: "static", name: "codes" },
      { kind: "optional-catch-all", param: "letter" },
    ],
    layouts: [],
    paramSources: [],
  };

  it("writes a page's path with a trailing slash, and a handler's as its file is named", () => {
    assert.equal(routePath(page, { locale: "pt-PT", letter: ["u"] }), "/pt-PT/codes/u/");
    assert.equal(routePath(page, { locale: "pt-PT" }), "/pt-PT/codes/");
    const handler: AppRoute = { ...page, kind: "handler", url: [{ kind: "static", name: "search" }, { kind: "dynamic", param: "file" }] };
    assert.equal(routePath(handler, { file: "pt-PT.json" }), "/search/pt-PT.json");
  });

  it("refuses a missing param, a param of the wrong shape and a param that is a path", () => {
    assert.throws(() => routePath(page, { letter: ["u"] }), /no value for \[locale\]/);
    assert.throws(() => routePath(page, { locale: "pt-PT", letter: "u" }), /must be a list/);
    assert.throws(() => routePath(page, { locale: ".." }), /cannot be a path/);
    assert.throws(() => routePath(page, { locale: "a/b" }), /cannot be a path/);
  });
});
