/**
 * The static renderer: the app's own routes (app/, read by lib/static/app-routes.ts) rendered
 * to files in this process, with React's server renderer, as `next build` would export them.
 * Next.js generates each page in a worker through its RSC pipeline and writes the router's
 * payload files beside it (which published pages never load: they are lean, see
 * components/islands/registry.ts); on 2 cores that made 2,000 error pages take 90 s. The
 * pages here are the same components called the same way (params as a promise, metadata from
 * the route, layouts around the page), so `next dev` still shows what is published, and
 * scripts/static/parity.mts (run by npm test) compares both outputs page by page.
 */
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { takeRenderedIslands } from "../../components/islands/rendered";
import type { IslandName } from "../../components/islands/registry";
import { type AppRoute, type AppTree, type RouteParams, routePath } from "./app-routes";
import { HeadTags, mergeMetadata, type PageAssets, unsupportedMetadata } from "./head";
import { type RouteModule, readRouteModule } from "./route-module";

/** One file of the site: a route with its params. */
export interface PageInstance {
  route: AppRoute;
  params: RouteParams;
  /** Its URL path (`/pt-PT/errors/Code/`; a route handler's file as it is named). */
  path: string;
}

export interface RenderedPage {
  body: string | Uint8Array;
  /** The islands the page renders, in order (an HTML page only). */
  islands: IslandName[];
}

/** A route that cannot be rendered: the build stops with its message. */
export class RenderError extends Error {}

export interface RendererOptions {
  tree: AppTree;
  assets: PageAssets;
  /** Loads a module of app/ (the build imports it; tests may give fixtures). */
  load: (file: string) => Promise<unknown>;
  /** The tags that load a page's islands, for its head. */
  islandTags: (islands: IslandName[]) => string;
}

const notFoundPath = "/404.html";

export class StaticRenderer {
  private readonly modules = new Map<string, Promise<RouteModule>>();

  constructor(private readonly options: RendererOptions) {}

  private module(file: string): Promise<RouteModule> {
    let loaded = this.modules.get(file);
    if (!loaded) {
      loaded = this.options.load(file).then((exports) => {
        const module = readRouteModule(file, exports);
        if ("problems" in module) throw new RenderError(module.problems.join("\n"));
        return module;
      });
      this.modules.set(file, loaded);
    }
    return loaded;
  }

  /** Every page and file of the site, from the routes' generateStaticParams; the 404 page last. */
  async pages(): Promise<PageInstance[]> {
    const pages: PageInstance[] = [];
    const seen = new Map<string, string>();
    for (const route of this.options.tree.routes) {
      let paramSets: RouteParams[] = [{}];
      for (const source of route.paramSources) {
        const { generateStaticParams } = await this.module(source);
        if (!generateStaticParams) continue;
        const next: RouteParams[] = [];
        for (const parent of paramSets) for (const own of await generateStaticParams({ params: parent })) next.push({ ...parent, ...own });
        paramSets = next;
      }
      for (const params of paramSets) {
        let path: string;
        try {
          path = routePath(route, params);
        } catch (error) {
          throw new RenderError(error instanceof Error ? error.message : String(error));
        }
        const other = seen.get(path);
        // A route may give its parents' params again (the search files name their locale): one file.
        if (other === route.file) continue;
        if (other) throw new RenderError(`${route.file} and ${other} both make ${path}`);
        seen.set(path, route.file);
        pages.push({ route, params, path });
      }
    }
    if (this.options.tree.notFound) {
      const route: AppRoute = { kind: "page", file: this.options.tree.notFound, url: [], layouts: [], paramSources: [] };
      pages.push({ route, params: {}, path: notFoundPath });
    }
    return pages;
  }

  async render(page: PageInstance): Promise<RenderedPage> {
    try {
      return page.route.kind === "handler" ? await this.runHandler(page) : await this.renderDocument(page);
    } catch (error) {
      if (error instanceof RenderError) throw error;
      const why = error instanceof Error ? (error.stack ?? error.message) : String(error);
      throw new RenderError(`${page.path} (${page.route.file}) failed to render: ${why}`);
    }
  }

  private async runHandler(page: PageInstance): Promise<RenderedPage> {
    const { handler } = await this.module(page.route.file);
    if (!handler) throw new RenderError(`${page.route.file}: a route handler needs a GET export`);
    const response = await handler(new Request(new URL(page.path, "http://localhost")), { params: Promise.resolve(page.params) });
    if (!response.ok) throw new RenderError(`${page.path} (${page.route.file}) answered ${response.status}`);
    return { body: new Uint8Array(await response.arrayBuffer()), islands: [] };
  }

  private async metadataOf(module: RouteModule, params: Promise<RouteParams>): Promise<Metadata> {
    if (module.generateMetadata) return module.generateMetadata({ params });
    return module.metadata ?? {};
  }

  private async renderDocument(page: PageInstance): Promise<RenderedPage> {
    const { route } = page;
    const params = Promise.resolve(page.params);
    const layouts = await Promise.all(route.layouts.map((file) => this.module(file)));
    const own = await this.module(route.file);
    if (!own.component) throw new RenderError(`${route.file}: a page needs a default export`);
    const metadata = mergeMetadata(await Promise.all([...layouts, own].map((module) => this.metadataOf(module, params))));
    const unsupported = unsupportedMetadata(metadata);
    if (unsupported.length > 0) throw new RenderError(`${route.file}: the static renderer does not write ${unsupported.join(", ")} (lib/static/head.tsx)`);
    let element: ReactNode = (
      <>
        <HeadTags metadata={metadata} assets={this.options.assets} />
        {await own.component({ params })}
      </>
    );
    for (const layout of layouts.toReversed()) {
      if (!layout.component) throw new RenderError(`${route.file}: a layout has no default export`);
      element = await layout.component({ params, children: element });
    }
    takeRenderedIslands();
    const html = `<!DOCTYPE html>${renderToString(element)}`;
    const islands = takeRenderedIslands();
    const headEnd = html.indexOf("</head>");
    if (headEnd < 0) throw new RenderError(`${page.path} (${route.file}): the document has no <head> (does its layout render <html>?)`);
    return { body: html.slice(0, headEnd) + this.options.islandTags(islands) + html.slice(headEnd), islands };
  }
}
