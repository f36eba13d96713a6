/**
 * Reads the content roots (`content/` by default, or CONTENT_DIR read like PATH)
 * into the content model. Layout: `<root>/<locale>/<slug>.md`.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { type ArticleSource, parseArticle, type ParsedArticle } from "./article";
import { DiagnosticChannel, DiagnosticSink } from "./diagnostics";
import { readArticleFile, slugProblem } from "./limits";
import { canonicalLocale } from "./locale";
import type { Article, ContentModel } from "./model";
import { checkTranslations } from "./translations";
import { adoptOriginalCodes } from "./versions";

export const defaultContentRoots = ["content"];

/** `a:b:c` → [a, b, c]; empty parts are ignored, as PATH does with `::`. */
export function contentRootsFrom(value: string | undefined): string[] {
  const roots = (value ?? "").split(":").filter(Boolean);
  return roots.length ? roots : defaultContentRoots;
}

function isDirectory(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
}

function display(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") && path.isAbsolute(relative) ? file : relative || file;
}

interface Candidate {
  file: string;
  locale: string;
  slug: string;
}

function candidatesIn(root: string, channel: DiagnosticChannel): Candidate[] {
  if (!isDirectory(root)) {
    channel.file(display(root)).error("content root is not a directory", undefined, "check CONTENT_DIR or --content");
    return [];
  }
  const out: Candidate[] = [];
  for (const folder of readdirSync(root).sort()) {
    const dir = path.join(root, folder);
    if (!isDirectory(dir)) continue;
    const locale = canonicalLocale(folder);
    if (locale === null) {
      channel.file(display(dir)).warning(`"${folder}" is not a BCP 47 language tag; the folder is skipped`, undefined, "name locale folders like pt-PT or en-US");
      continue;
    }
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".md")) continue;
      const slug = name.slice(0, -3);
      const problem = slugProblem(slug);
      if (problem) {
        channel.file(display(path.join(dir, name))).error(problem, undefined, 'rename it with letters, digits, "-", "_" or "." only');
        continue;
      }
      out.push({ file: path.join(dir, name), locale, slug });
    }
  }
  return out;
}

function readBytes(file: string, channel: DiagnosticChannel): Uint8Array | null {
  const read = readArticleFile(file);
  if ("bytes" in read) return read.bytes;
  channel.file(display(file)).error(`${read.problem}; the article is left out`);
  return null;
}

/**
 * One article that throws (a parser's recursion overflowing on input the limits did not
 * foresee) is left out with an error; it never stops the check or the build.
 */
export function parseSafely(source: ArticleSource, parse: (source: ArticleSource) => ParsedArticle = parseArticle): ParsedArticle {
  try {
    return parse(source);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const sink = new DiagnosticSink(source.file);
    sink.error(`the article could not be parsed (${reason}); it is left out`, undefined, "look for deeply nested lists, quotes or emphasis");
    return { article: null, diagnostics: sink.items };
  }
}

/**
 * The site has one page per code. A code with entries in two different articles (of the
 * same language) gets a page with both articles' guidance, which an editor should know.
 */
function reportSharedCodes(articles: Article[], channel: DiagnosticChannel): void {
  const firstSeen = new Map<string, { slug: string; where: string }>();
  for (const article of articles) {
    for (const entry of article.entries) {
      for (const code of entry.codes) {
        const key = `${article.locale}\u0000${code.toLowerCase()}`;
        const first = firstSeen.get(key);
        if (!first) {
          firstSeen.set(key, { slug: article.slug, where: `${article.file}:${entry.line}` });
        } else if (first.slug !== article.slug) {
          channel.file(article.file).info(`code ${code} also has an entry in ${first.where}; its page shows the guidance of both articles`, { line: entry.line });
        }
      }
    }
  }
}

export interface LoadOptions {
  /** Parses one article: parseArticle, unless a cache answers for the ones it has seen (cache.ts). */
  parse?: (source: ArticleSource) => ParsedArticle;
}

export interface ArticleSources {
  /** What is to be parsed, in order; an article of an earlier root wins over one of the same locale and slug. */
  sources: ArticleSource[];
  /** What was wrong on the way (unreadable files, bad names), to which the parse adds. */
  channel: DiagnosticChannel;
}

/** The articles the roots hold, read but not parsed. */
export function readArticleSources(roots: string[]): ArticleSources {
  const channel = new DiagnosticChannel();
  const sources: ArticleSource[] = [];
  const takenFrom = new Map<string, string>();
  for (const root of roots) {
    for (const candidate of candidatesIn(root, channel)) {
      const key = `${candidate.locale}/${candidate.slug}`;
      const winner = takenFrom.get(key);
      if (winner !== undefined) {
        channel.file(display(candidate.file)).info(`not used: ${winner}, from an earlier content root, has the same locale and slug`);
        continue;
      }
      takenFrom.set(key, display(candidate.file));
      const bytes = readBytes(candidate.file, channel);
      if (bytes !== null) sources.push({ locale: candidate.locale, slug: candidate.slug, file: display(candidate.file), bytes });
    }
  }
  return { sources, channel };
}

/** The model from the parsed articles (in the order of their sources): translations and shared codes related. */
export function relateArticles(parsed: ParsedArticle[], channel: DiagnosticChannel): ContentModel {
  const articles: Article[] = [];
  for (const { article, diagnostics } of parsed) {
    channel.add(diagnostics);
    if (article) articles.push(article);
  }
  const related = adoptOriginalCodes(articles);
  channel.add(related.diagnostics);
  channel.add(checkTranslations(related.articles));
  reportSharedCodes(related.articles, channel);
  return { articles: related.articles, diagnostics: channel.sorted() };
}

export function loadContent(roots: string[] = contentRootsFrom(process.env.CONTENT_DIR), options: LoadOptions = {}): ContentModel {
  const { sources, channel } = readArticleSources(roots);
  return relateArticles(
    sources.map((source) => parseSafely(source, options.parse)),
    channel,
  );
}
