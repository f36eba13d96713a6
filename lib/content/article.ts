/**
 * One article file → one typed Article (or none, with diagnostics saying why).
 */
import { createHash } from "node:crypto";
import type { Root } from "mdast";
import { DiagnosticSink } from "./diagnostics";
import { indexAnchors } from "./anchors";
import { checkCoverage } from "./coverage";
import { extractEntries } from "./entries";
import { resolveImages } from "./images";
import { readFrontMatter } from "./frontmatter";
import { parseMarkdown, plainText, stringifyMarkdown } from "./markdown";
import { checkMarkdownQuirks } from "./quirks";
import { checkSourceLimits, checkTreeLimits, contentLimits } from "./limits";
import type { Article, Diagnostic } from "./model";
import { normaliseDocfx } from "./vendor";

export const maxArticleBytes = contentLimits.maxArticleBytes;

export interface ArticleSource {
  file: string;
  locale: string;
  slug: string;
  bytes: Uint8Array;
}

export interface ParsedArticle {
  article: Article | null;
  diagnostics: Diagnostic[];
}

function decode(source: ArticleSource, sink: DiagnosticSink): string | null {
  const { bytes } = source;
  if (bytes.length === 0) {
    sink.error("the file is empty", undefined, "delete it or give it content");
    return null;
  }
  if (bytes.length > maxArticleBytes) {
    sink.error(`the file is ${(bytes.length / 1048576).toFixed(1)} MB; articles are limited to ${maxArticleBytes / 1048576} MB`);
    return null;
  }
  if (bytes.includes(0)) {
    sink.error("the file is binary (it contains NUL bytes), not markdown");
    return null;
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  } catch {
    const prefix = bytes.subarray(0, firstInvalidUtf8(bytes));
    const line = new TextDecoder().decode(prefix).split("\n").length;
    sink.error("the file is not valid UTF-8", { line }, "re-save it as UTF-8");
    return null;
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

function firstHeadingText(tree: Root): string | null {
  const heading = tree.children.find((node) => node.type === "heading" && node.depth === 1);
  return heading && heading.type === "heading"
    ? plainText(heading.children.filter((child) => child.type !== "html")) || null
    : null;
}

export function parseArticle(source: ArticleSource): ParsedArticle {
  const sink = new DiagnosticSink(source.file);
  const text = decode(source, sink);
  if (text === null || !checkSourceLimits(text, sink)) return { article: null, diagnostics: sink.items };
  const tree = parseMarkdown(text);
  if (!checkTreeLimits(tree, sink)) return { article: null, diagnostics: sink.items };
  const front = readFrontMatter(tree, sink, source);
  if (front === null) return { article: null, diagnostics: sink.items };
  checkMarkdownQuirks(tree, text, sink);
  normaliseDocfx(tree, sink);
  const anchors = indexAnchors(tree, sink);
  const entries = extractEntries(tree, anchors, sink);
  checkCoverage(tree, entries, front.topic, sink);
  const title = firstHeadingText(tree) ?? front.title ?? source.slug;
  const article: Article = {
    locale: source.locale,
    slug: source.slug,
    file: source.file,
    title,
    description: front.description ?? "",
    service: front.service ?? "",
    date: front.date,
    sha256: createHash("sha256").update(source.bytes).digest("hex"),
    provenance: front.provenance,
    publishedUrl: front.publishedUrl,
    translation: front.translation,
    entries,
    anchors: anchors.ordered,
    markdown: stringifyMarkdown(tree.children.filter((node) => node.type !== "yaml")),
    images: resolveImages(tree, source.file, sink),
  };
  return { article, diagnostics: sink.items };
}
