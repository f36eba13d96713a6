/**
 * A page's `<head>`: what Next.js writes for the metadata this app's routes export, as React
 * elements that React hoists into the document's head (so the output is the same as Next's,
 * tag for tag). Only the metadata fields the app uses are known; any other stops the build
 * with its name, rather than being dropped from every page without a word.
 */
import type { Metadata } from "next";
import type { ReactNode } from "react";

export interface PageAssets {
  /** The site's stylesheet, as a URL path. */
  stylesheet: string;
  /** The site's icon, as a URL path, if the app has one. */
  icon: string | null;
}

const knownFields = new Set(["title", "description", "robots", "metadataBase", "alternates"]);

/** Fields of a route's metadata the renderer does not write: the build stops on any of them. */
export function unsupportedMetadata(metadata: Metadata): string[] {
  const problems = Object.keys(metadata)
    .filter((field) => !knownFields.has(field))
    .map((field) => `metadata.${field}`);
  if (metadata.title != null && typeof metadata.title !== "string") problems.push("metadata.title as a template (only a string is written)");
  if (metadata.robots != null && typeof metadata.robots !== "string") {
    for (const field of Object.keys(metadata.robots)) if (field !== "index" && field !== "follow") problems.push(`metadata.robots.${field}`);
  }
  for (const field of Object.keys(metadata.alternates ?? {})) if (field !== "canonical" && field !== "languages") problems.push(`metadata.alternates.${field}`);
  if (metadata.alternates?.canonical != null && typeof metadata.alternates.canonical !== "string") problems.push("metadata.alternates.canonical as an object");
  for (const [language, href] of Object.entries(metadata.alternates?.languages ?? {})) {
    if (href != null && typeof href !== "string") problems.push(`metadata.alternates.languages.${language} as ${Array.isArray(href) ? "a list" : "an object"} (only a URL string is written)`);
  }
  return problems;
}

/** Later metadata (a page's) over earlier (its layouts'), field by field, as Next.js merges them. */
export function mergeMetadata(layers: Metadata[]): Metadata {
  return Object.assign({}, ...layers);
}

function robotsContent(robots: Metadata["robots"]): string | null {
  if (robots == null) return null;
  if (typeof robots === "string") return robots;
  const directives = [robots.index === false ? "noindex" : robots.index === true ? "index" : null, robots.follow === false ? "nofollow" : robots.follow === true ? "follow" : null];
  const content = directives.filter((directive) => directive !== null).join(", ");
  return content === "" ? null : content;
}

/** Call unsupportedMetadata first: fields it names are not written. */
export function HeadTags({ metadata, assets }: { metadata: Metadata; assets: PageAssets }): ReactNode {
  const robots = robotsContent(metadata.robots);
  const canonical = metadata.alternates?.canonical;
  const languages = Object.entries(metadata.alternates?.languages ?? {});
  return (
    <>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <link rel="stylesheet" href={assets.stylesheet} precedence="site" />
      {typeof metadata.title === "string" && <title>{metadata.title}</title>}
      {typeof metadata.description === "string" && <meta name="description" content={metadata.description} />}
      {robots !== null && <meta name="robots" content={robots} />}
      {typeof canonical === "string" && <link rel="canonical" href={canonical} />}
      {languages.map(([hrefLang, href]) => (typeof href === "string" ? <link key={hrefLang} rel="alternate" hrefLang={hrefLang} href={href} /> : null))}
      {assets.icon !== null && <link rel="icon" href={assets.icon} sizes="any" type="image/svg+xml" />}
    </>
  );
}
