/**
 * The routes of the app, read from `app/` by the App Router's file conventions, for the
 * static renderer (lib/static/render.tsx). Only the conventions this app uses are known;
 * any other special file (a `loading.tsx`, a `template.tsx`, a `sitemap.ts`…) stops the
 * build with its name, because rendering pages without it would ship something other than
 * what `next dev` shows.
 */
import { readdirSync } from "node:fs";
import path from "node:path";

/** One segment of a route's URL. */
export type UrlSegment =
  | { kind: "static"; name: string }
  | { kind: "dynamic"; param: string }
  /** `[[...param]]`: any number of segments, none included. */
  | { kind: "optional-catch-all"; param: string };

export interface AppRoute {
  /** `page`: an HTML document; `handler`: a route handler whose GET writes a file. */
  kind: "page" | "handler";
  /** The page or route module, relative to the project (app/[locale]/errors/[code]/page.tsx). */
  file: string;
  url: UrlSegment[];
  /** The layouts around a page, outermost first. */
  layouts: string[];
  /**
   * The modules that may export generateStaticParams, outermost first (the layouts of
   * dynamic folders, then the route itself): each is asked once per set of its parents' params.
   */
  paramSources: string[];
}

export interface AppTree {
  routes: AppRoute[];
  /** `app/global-not-found.tsx`: the one 404 page of a static site. */
  notFound: string | null;
  /** `app/icon.svg`: every page links it. */
  icon: string | null;
  /** Files the renderer does not know how to render, each with why. */
  problems: string[];
}

const pageFile = /^page\.tsx?$/;
const routeFile = /^route\.ts$/;
const layoutFile = /^layout\.tsx?$/;
/** Next.js special files this renderer does not implement (https://nextjs.org/docs/app/api-reference/file-conventions). */
const unsupportedFile = /^(?:loading|error|global-error|not-found|template|default|forbidden|unauthorized|middleware|proxy|instrumentation)\.[jt]sx?$|^(?:sitemap|robots|manifest|opengraph-image|twitter-image|apple-icon)\b|^favicon\.ico$/;

function segmentOf(folder: string): UrlSegment | null | "invalid" {
  if (/^\(.+\)$/.test(folder)) return null;
  const optionalCatchAll = /^\[\[\.\.\.([A-Za-z_]\w*)\]\]$/.exec(folder);
  if (optionalCatchAll?.[1]) return { kind: "optional-catch-all", param: optionalCatchAll[1] };
  const dynamic = /^\[([A-Za-z_]\w*)\]$/.exec(folder);
  if (dynamic?.[1]) return { kind: "dynamic", param: dynamic[1] };
  if (/[[\]()@]/.test(folder)) return "invalid";
  return { kind: "static", name: folder };
}

/** Every route under `appDir` (a path relative to the working directory, like `app`). */
export function readAppTree(appDir: string): AppTree {
  const tree: AppTree = { routes: [], notFound: null, icon: null, problems: [] };
  const walk = (dir: string, url: UrlSegment[], layouts: string[], paramSources: string[]) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    const files = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
    const atTop = dir === appDir;
    const layout = files.find((name) => layoutFile.test(name));
    const here = layout ? [...layouts, path.join(dir, layout)] : layouts;
    const dynamicHere = url.length > 0 && url[url.length - 1]?.kind !== "static";
    const sources = layout && dynamicHere ? [...paramSources, path.join(dir, layout)] : paramSources;
    for (const name of files) {
      const file = path.join(dir, name);
      if (unsupportedFile.test(name)) tree.problems.push(`${file}: the static renderer (lib/static) does not render this Next.js special file`);
      else if (atTop && /^global-not-found\.tsx?$/.test(name)) tree.notFound = file;
      else if (atTop && name === "icon.svg") tree.icon = file;
      else if (atTop && /^layout\.tsx?$/.test(name)) tree.problems.push(`${file}: a root layout is not supported; each route group has its own (app/(root), app/[locale])`);
    }
    const page = files.find((name) => pageFile.test(name));
    const route = files.find((name) => routeFile.test(name));
    if (page && route) tree.problems.push(`${dir}: a folder cannot hold both a page and a route handler`);
    if (page) tree.routes.push({ kind: "page", file: path.join(dir, page), url, layouts: here, paramSources: [...sources, path.join(dir, page)] });
    if (route) tree.routes.push({ kind: "handler", file: path.join(dir, route), url, layouts: [], paramSources: [...sources, path.join(dir, route)] });
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith("_")) continue;
      const segment = segmentOf(entry.name);
      if (segment === "invalid") {
        tree.problems.push(`${path.join(dir, entry.name)}: a folder name the static renderer does not understand (parallel routes and intercepting routes are not supported)`);
        continue;
      }
      walk(path.join(dir, entry.name), segment ? [...url, segment] : url, here, sources);
    }
  };
  walk(appDir, [], [], []);
  return tree;
}

export type RouteParams = Record<string, string | string[]>;

/**
 * The URL path of a route for a set of params, with a trailing slash for pages (as the
 * export writes them, trailingSlash: true). Params are used as they are: the pages'
 * generateStaticParams give codes and slugs as their files are to be named.
 */
export function routePath(route: AppRoute, params: RouteParams): string {
  const parts: string[] = [];
  for (const segment of route.url) {
    if (segment.kind === "static") parts.push(segment.name);
    else {
      const value = params[segment.param];
      if (segment.kind === "dynamic") {
        if (typeof value !== "string" || value === "") throw new Error(`${route.file}: no value for [${segment.param}] in ${JSON.stringify(params)}`);
        parts.push(value);
      } else {
        if (value !== undefined && !Array.isArray(value)) throw new Error(`${route.file}: [[...${segment.param}]] must be a list, got ${JSON.stringify(value)}`);
        parts.push(...(value ?? []));
      }
    }
  }
  for (const part of parts) {
    if (part === "." || part === ".." || part.includes("/") || part.includes("\\")) throw new Error(`${route.file}: a param value cannot be a path: ${JSON.stringify(part)}`);
  }
  const joined = parts.map((part) => `/${part}`).join("");
  return route.kind === "page" ? `${joined}/` : joined;
}
