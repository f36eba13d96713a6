import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ReactNode } from "react";
import type { AppRoute, AppTree, RouteParams } from "./app-routes";
import { RenderError, StaticRenderer } from "./render";

const layout: AppRoute["file"] = "app/[locale]/layout.tsx";
const errorPage: AppRoute = {
  kind: "page",
  file: "app/[locale]/errors/[code]/page.tsx",
  url: [{ kind: "dynamic", param: "locale" }, { kind: "static", name: "errors" }, { kind: "dynamic", param: "code" }],
  layouts: [layout],
  paramSources: [layout, "app/[locale]/errors/[code]/page.tsx"],
};
const searchFile: AppRoute = {
  kind: "handler",
  file: "app/[locale]/search/[file]/route.ts",
  url: [{ kind: "dynamic", param: "locale" }, { kind: "static", name: "search" }, { kind: "dynamic", param: "file" }],
  layouts: [],
  paramSources: [layout, "app/[locale]/search/[file]/route.ts"],
};
const tree: AppTree = { routes: [errorPage, searchFile], notFound: "app/global-not-found.tsx", icon: null, problems: [] };

const param = async (params: Promise<RouteParams>, name: string) => String((await params)[name]);

const layoutModule = {
    generateStaticParams: () => [{ locale: "pt-PT" }, { locale: "en-US" }],
    default: async ({ params, children }: { params: Promise<RouteParams>; children: ReactNode }) => (
      <html lang={await param(params, "locale")}>
        <body>{children}</body>
      </html>
    ),
    metadata: { description: "Layout" },
};
const errorPageModule = {
    generateStaticParams: ({ params }: { params: RouteParams }) => (params.locale === "pt-PT" ? [{ code: "A<1>" }, { code: "B" }] : [{ code: "A<1>" }]),
    generateMetadata: async ({ params }: { params: Promise<RouteParams> }) => ({ title: `Code ${await param(params, "code")}` }),
    default: async ({ params }: { params: Promise<RouteParams> }) => <h1>{await param(params, "code")}</h1>,
};
const modules: Record<string, unknown> = {
  [layout]: layoutModule,
  [errorPage.file]: errorPageModule,
  [searchFile.file]: {
    // Gives its parents' params again, as the search files do: one file each, not two.
    generateStaticParams: ({ params }: { params: RouteParams }) => [{ ...params, file: "index.json" }],
    GET: async (_request: Request, { params }: { params: Promise<RouteParams> }) => Response.json({ locale: await param(params, "locale") }),
  },
  [tree.notFound ?? ""]: {
    default: () => (
      <html lang="en">
        <body>Not found</body>
      </html>
    ),
    metadata: { title: "Not found", robots: { index: false } },
  },
};

function rendererOf(overrides: Record<string, unknown> = {}): StaticRenderer {
  const all = { ...modules, ...overrides };
  return new StaticRenderer({
    tree,
    assets: { stylesheet: "/_assets/site.css", icon: null },
    load: async (file) => all[file],
    islandTags: (islands) => `<script data-islands="${islands.join(" ")}"></script>`,
  });
}

describe("StaticRenderer", () => {
  it("lists every page from the params of each route's sources, the 404 page last", async () => {
    const pages = await rendererOf().pages();
    assert.deepEqual(
      pages.map((page) => page.path),
      ["/pt-PT/errors/A<1>/", "/pt-PT/errors/B/", "/en-US/errors/A<1>/", "/pt-PT/search/index.json", "/en-US/search/index.json", "/404.html"],
    );
  });

  it("renders a page inside its layouts with the merged metadata in its head, and a handler's body as bytes", async () => {
    const renderer = rendererOf();
    const [first, , , search] = await renderer.pages();
    assert.ok(first && search);
    const page = await renderer.render(first);
    assert.equal(
      page.body,
      '<!DOCTYPE html><html lang="pt-PT"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>' +
        '<link rel="stylesheet" href="/_assets/site.css" data-precedence="site"/><title>Code A&lt;1&gt;</title><meta name="description" content="Layout"/>' +
        '<script data-islands=""></script></head><body><h1>A&lt;1&gt;</h1></body></html>',
    );
    assert.deepEqual(page.islands, []);
    const file = await renderer.render(search);
    assert.equal(new TextDecoder().decode(file.body instanceof Uint8Array ? file.body : undefined), '{"locale":"pt-PT"}');
  });

  it("stops on two routes that make one file, a module it cannot use and a page that throws, naming each", async () => {
    const clash = new StaticRenderer({
      tree: { ...tree, routes: [errorPage, { ...errorPage, file: "app/[locale]/errors/[code]/other/page.tsx", paramSources: [layout, errorPage.file] }] },
      assets: { stylesheet: "/s.css", icon: null },
      load: async (file) => modules[file],
      islandTags: () => "",
    });
    await assert.rejects(clash.pages(), (error: unknown) => error instanceof RenderError && /other\/page\.tsx and .*\[code\]\/page\.tsx both make \/pt-PT\/errors\/A<1>\//.test(error.message));

    const unknownExport = rendererOf({ [errorPage.file]: { ...errorPageModule, revalidate: 60 } });
    await assert.rejects(unknownExport.pages(), /the export "revalidate" is not implemented/);

    const throwing = rendererOf({
      [errorPage.file]: {
        generateStaticParams: () => [{ code: "X" }],
        default: () => {
          throw new Error("no such article");
        },
      },
    });
    const [page] = await throwing.pages();
    assert.ok(page);
    await assert.rejects(throwing.render(page), /\/pt-PT\/errors\/X\/ \(app\/\[locale\]\/errors\/\[code\]\/page\.tsx\) failed to render: Error: no such article/);

    const openGraph = rendererOf({ [layout]: { ...layoutModule, metadata: { openGraph: { title: "A" } } } });
    const [withOpenGraph] = await openGraph.pages();
    assert.ok(withOpenGraph);
    await assert.rejects(openGraph.render(withOpenGraph), /does not write metadata\.openGraph/);
  });
});
