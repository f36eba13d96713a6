/**
 * What the static renderer may find in a route, page or layout module of `app/`, checked
 * when the module is loaded: the App Router exports this app uses, and nothing else (an
 * export it does not know, `revalidate` or a `POST` handler, stops the build with its name).
 */
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { isRecord } from "../guards";
import type { RouteParams } from "./app-routes";

export interface SegmentProps {
  params: Promise<RouteParams>;
  children?: ReactNode;
}

export type SegmentComponent = (props: SegmentProps) => ReactNode | Promise<ReactNode>;
export type ParamsGenerator = (input: { params: RouteParams }) => RouteParams[] | Promise<RouteParams[]>;
export type MetadataGenerator = (input: { params: Promise<RouteParams> }) => Metadata | Promise<Metadata>;
export type RouteHandler = (request: Request, context: { params: Promise<RouteParams> }) => Response | Promise<Response>;

export interface RouteModule {
  component?: SegmentComponent;
  handler?: RouteHandler;
  generateStaticParams?: ParamsGenerator;
  metadata?: Metadata;
  generateMetadata?: MetadataGenerator;
}

const knownExports = new Set(["default", "GET", "generateStaticParams", "generateMetadata", "metadata", "dynamicParams", "dynamic"]);

// Each check is what the App Router requires of the export; the module's own types are checked by tsc.
const isComponent = (value: unknown): value is SegmentComponent => typeof value === "function";
const isHandler = (value: unknown): value is RouteHandler => typeof value === "function";
const isParamsGenerator = (value: unknown): value is ParamsGenerator => typeof value === "function";
const isMetadataGenerator = (value: unknown): value is MetadataGenerator => typeof value === "function";
const isMetadata = (value: unknown): value is Metadata => isRecord(value);

/** The module's exports as the renderer uses them, or what is wrong with them. */
export function readRouteModule(file: string, exports: unknown): RouteModule | { problems: string[] } {
  if (!isRecord(exports)) return { problems: [`${file}: the module has no exports`] };
  const problems: string[] = [];
  for (const name of Object.keys(exports)) {
    if (name !== "__esModule" && !knownExports.has(name)) problems.push(`${file}: the export "${name}" is not implemented by the static renderer (lib/static)`);
  }
  // Every param must come from generateStaticParams: a static site cannot render one on request.
  if ("dynamicParams" in exports && exports.dynamicParams !== false) problems.push(`${file}: dynamicParams must be false on a static site`);
  if ("dynamic" in exports && exports.dynamic !== "force-static") problems.push(`${file}: dynamic must be "force-static" on a static site`);
  const module: RouteModule = {};
  const { default: component, GET, generateStaticParams, generateMetadata, metadata } = exports;
  if (component !== undefined) {
    if (isComponent(component)) module.component = component;
    else problems.push(`${file}: the default export is not a component`);
  }
  if (GET !== undefined) {
    if (isHandler(GET)) module.handler = GET;
    else problems.push(`${file}: GET is not a function`);
  }
  if (generateStaticParams !== undefined) {
    if (isParamsGenerator(generateStaticParams)) module.generateStaticParams = generateStaticParams;
    else problems.push(`${file}: generateStaticParams is not a function`);
  }
  if (generateMetadata !== undefined) {
    if (isMetadataGenerator(generateMetadata)) module.generateMetadata = generateMetadata;
    else problems.push(`${file}: generateMetadata is not a function`);
  }
  if (metadata !== undefined) {
    if (isMetadata(metadata)) module.metadata = metadata;
    else problems.push(`${file}: metadata is not an object`);
  }
  return problems.length > 0 ? { problems } : module;
}
