/**
 * Everything Error Guide knows about one vendor's publishing system, Microsoft Learn
 * (DocFX), in one place:
 * - DocFX extensions that are not markdown, resolved on the syntax tree: `[!INCLUDE …]`
 *   lines, `> [!NOTE]` alerts (including the variant whose continuation lines are
 *   indented), and `<br>` line breaks;
 * - the `ms.*` front matter: service, date, and whether a version is machine-translated;
 * - where the vendor publishes an article, so relative links to articles we do not
 *   publish reach the vendor's page.
 * Articles of other vendors pass through unchanged: no alert markers, no `ms.*` keys, no
 * published URL (their relative links are left as text).
 */
import type { Blockquote, Parent, PhrasingContent, Root } from "mdast";
import type { DiagnosticSink } from "./diagnostics";
import { isLineBreakTag, plainText } from "./markdown";
import type { Provenance } from "./model";

export const alertKinds = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"] as const;
export type AlertKind = (typeof alertKinds)[number];

const alertMarker = new RegExp(`^\\s*\\[!(${alertKinds.join("|")})\\]\\s*`, "i");

/** The alert marker a quote's text starts with (`[!NOTE] …`): its kind and its length; the renderer reads it too. */
export function alertMarkerOf(text: string): { kind: AlertKind; length: number } | null {
  const match = alertMarker.exec(text);
  const kind = alertKinds.find((k) => k === match?.[1]?.toUpperCase());
  return match && kind ? { kind, length: match[0].length } : null;
}

/** The alert kind of a blockquote written `> [!NOTE]`, or null for a plain quote. */
export function alertKindOf(quote: Blockquote): AlertKind | null {
  const first = quote.children[0];
  if (first?.type !== "paragraph") return null;
  const text = first.children[0];
  if (text?.type !== "text") return null;
  return alertMarkerOf(text.value)?.kind ?? null;
}

/**
 * A note whose continuation lines are indented (`    > text`) is parsed as one
 * paragraph with literal `>` characters: lazy continuation. Those markers are quote
 * syntax the author meant, so they are taken out of the text.
 */
function repairLazyQuoteMarkers(quote: Blockquote): void {
  for (const block of quote.children) {
    if (block.type !== "paragraph") continue;
    for (const node of block.children) {
      if (node.type === "text") node.value = node.value.replace(/\n[ \t]*>[ \t]?/g, "\n");
    }
  }
}

function isIncludeParagraph(node: Root["children"][number]): boolean {
  return node.type === "paragraph" && /^\[!INCLUDE\b/i.test(plainText(node));
}

/**
 * DocFX articles end lines with `<br>`, the last line of a paragraph too. A break there
 * breaks no line, and markdown cannot even write it: it becomes `\` + newline, and a `\`
 * that ends a paragraph reads back as a visible backslash. So a break with nothing after
 * it in its paragraph or heading is left out (also from the end of a bold or a link that
 * ends the paragraph).
 */
function dropDanglingBreaks(children: PhrasingContent[]): void {
  let dropped = false;
  for (let last = children.at(-1); last; last = children.at(-1)) {
    if (last.type === "break") dropped = true;
    else if (!(last.type === "text" && last.value.trim() === "")) break;
    children.pop();
  }
  const last = children.at(-1);
  if (dropped && last?.type === "text") last.value = last.value.trimEnd();
  else if (last && "children" in last) dropDanglingBreaks(last.children);
}

/** Applies the DocFX rules to a parsed article in place. */
export function normaliseDocfx(tree: Root, sink: DiagnosticSink): void {
  const walk = (parent: Parent): void => {
    parent.children = parent.children.filter((child) => {
      if (isIncludeParagraph(child as Root["children"][number])) {
        sink.info(
          `left out ${plainText(child as Root["children"][number])}: DocFX includes are not resolved`,
          child.position?.start,
        );
        return false;
      }
      return true;
    });
    parent.children.forEach((child, index) => {
      if (child.type === "html" && isLineBreakTag(child.value) && parent.type !== "root") {
        parent.children[index] = { type: "break", position: child.position };
        return;
      }
      if (child.type === "blockquote" && alertKindOf(child)) repairLazyQuoteMarkers(child);
      if ("children" in child) walk(child);
      if (child.type === "paragraph" || child.type === "heading") dropDanglingBreaks(child.children);
    });
  };
  walk(tree);
}

/** The `ms.*` front matter, read into what the model needs. */
export interface VendorFrontMatter {
  service: string | null;
  /** ms.date, as written (month/day/year). */
  date: string | null;
  /** ms.topic: the article's kind ("troubleshooting", "conceptual"…). */
  topic: string | null;
  provenance: Provenance;
  publishedUrl: string | null;
}

/** A scalar front matter value as text (YAML reads `ms.date: 2020` as a number). */
export function frontMatterText(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  return null;
}

/** `ms.translationtype`: MT for a machine translation, HT for a human one; absent on an original. */
function provenanceOf(value: string | null): Provenance {
  const type = value?.toUpperCase();
  if (type === "MT") return "machine-translation";
  if (type === "HT") return "human-translation";
  return "original";
}

const learnOrigin = "https://learn.microsoft.com";

/**
 * Docsets whose `ms.service` is not their folder under learn.microsoft.com/<locale>/azure/:
 * their articles sit in sub-folders the front matter does not name, so a URL built from
 * the service would be wrong. Their relative links are left as text.
 */
const servicesOutsideAzureFolder = new Set(["azure-stack"]);

/** `https://github.com/MicrosoftDocs/azure-docs[-pr]/blob/<branch>/articles/<path>.md` → `azure/<path>`. */
function pathFromGitUrl(url: string): string | null {
  const match = /^https:\/\/github\.com\/MicrosoftDocs\/azure-docs(?:-pr)?\/blob\/[^/]+\/articles\/(.+)\.md$/i.exec(url);
  return match?.[1] ? `azure/${match[1]}` : null;
}

/**
 * The article's page on Microsoft Learn: from `original_content_git_url` when the front
 * matter has it (the exact path), else from `ms.service` and the file name (Azure docsets
 * publish `articles/<service>/<slug>.md` as `/azure/<service>/<slug>`). Null when neither
 * says: another vendor, a Learn docset outside Azure (ms.prod), or an unknown folder.
 */
function publishedUrlOf(data: Record<string, unknown>, locale: string, slug: string): string | null {
  const localePath = `${learnOrigin}/${locale.toLowerCase()}/`;
  const gitUrl = frontMatterText(data.original_content_git_url);
  const fromGit = gitUrl ? pathFromGitUrl(gitUrl) : null;
  if (fromGit) return new URL(fromGit, localePath).toString();
  const service = frontMatterText(data["ms.service"]);
  if (!service || frontMatterText(data["ms.prod"]) || servicesOutsideAzureFolder.has(service) || !/^[a-z0-9-]+$/.test(service)) return null;
  return new URL(`azure/${service}/${encodeURIComponent(slug)}`, localePath).toString();
}

/** The vendor's fields of a front matter record (all optional: other vendors have none of them). */
export function readVendorFrontMatter(data: Record<string, unknown>, locale: string, slug: string): VendorFrontMatter {
  return {
    service: frontMatterText(data["ms.service"]) ?? frontMatterText(data.services),
    date: frontMatterText(data["ms.date"]),
    topic: frontMatterText(data["ms.topic"]),
    provenance: provenanceOf(frontMatterText(data["ms.translationtype"])),
    publishedUrl: publishedUrlOf(data, locale, slug),
  };
}

/**
 * Where a relative link of an article points on the vendor's site: resolved against the
 * article's own published URL, without the `.md` extension DocFX drops. Null when the
 * article's published URL is unknown, or the link is not a relative page link.
 */
export function vendorLinkUrl(publishedUrl: string | null, relativeHref: string): string | null {
  if (publishedUrl === null) return null;
  try {
    const url = new URL(relativeHref, publishedUrl);
    if (url.origin !== new URL(publishedUrl).origin) return null;
    url.pathname = url.pathname.replace(/\.md$/i, "");
    return url.toString();
  } catch {
    return null;
  }
}
