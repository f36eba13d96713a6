/**
 * Reads the content roots (`content/` by default, or CONTENT_DIR read like PATH)
 * into the content model. Layout: `<root>/<locale>/<slug>.md`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArticle } from "./article";
import { sortDiagnostics } from "./diagnostics";
import { canonicalLocale } from "./locale";
import type { Article, ContentModel, Diagnostic } from "./model";
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

function candidatesIn(root: string, diagnostics: Diagnostic[]): Candidate[] {
  if (!isDirectory(root)) {
    diagnostics.push({
      file: display(root),
      line: 1,
      column: 1,
      severity: "error",
      message: "content root is not a directory",
      hint: "check CONTENT_DIR or --content",
    });
    return [];
  }
  const out: Candidate[] = [];
  for (const folder of readdirSync(root).sort()) {
    const dir = path.join(root, folder);
    if (!isDirectory(dir)) continue;
    const locale = canonicalLocale(folder);
    if (locale === null) {
      diagnostics.push({
        file: display(dir),
        line: 1,
        column: 1,
        severity: "warning",
        message: `"${folder}" is not a BCP 47 language tag; the folder is skipped`,
        hint: "name locale folders like pt-PT or en-US",
      });
      continue;
    }
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".md")) continue;
      out.push({ file: path.join(dir, name), locale, slug: name.slice(0, -3) });
    }
  }
  return out;
}

function readBytes(file: string, diagnostics: Diagnostic[]): Uint8Array | null {
  try {
    return readFileSync(file);
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unknown error";
    diagnostics.push({ file: display(file), line: 1, column: 1, severity: "error", message: `the file cannot be read (${reason})` });
    return null;
  }
}

/**
 * The site has one page per code. A code with entries in two different articles (of the
 * same language) gets a page with both articles' guidance, which an editor should know.
 */
function sharedCodes(articles: Article[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const firstSeen = new Map<string, { slug: string; where: string }>();
  for (const article of articles) {
    for (const entry of article.entries) {
      for (const code of entry.codes) {
        const key = `${article.locale}\u0000${code.toLowerCase()}`;
        const first = firstSeen.get(key);
        if (!first) {
          firstSeen.set(key, { slug: article.slug, where: `${article.file}:${entry.line}` });
        } else if (first.slug !== article.slug) {
          diagnostics.push({
            file: article.file,
            line: entry.line,
            column: 1,
            severity: "info",
            message: `code ${code} also has an entry in ${first.where}; its page shows the guidance of both articles`,
          });
        }
      }
    }
  }
  return diagnostics;
}

export function loadContent(roots: string[] = contentRootsFrom(process.env.CONTENT_DIR)): ContentModel {
  const diagnostics: Diagnostic[] = [];
  const articles: Article[] = [];
  const takenFrom = new Map<string, string>();
  for (const root of roots) {
    for (const candidate of candidatesIn(root, diagnostics)) {
      const key = `${candidate.locale}/${candidate.slug}`;
      const winner = takenFrom.get(key);
      if (winner !== undefined) {
        diagnostics.push({
          file: display(candidate.file),
          line: 1,
          column: 1,
          severity: "info",
          message: `not used: ${winner}, from an earlier content root, has the same locale and slug`,
        });
        continue;
      }
      takenFrom.set(key, display(candidate.file));
      const bytes = readBytes(candidate.file, diagnostics);
      if (bytes === null) continue;
      const parsed = parseArticle({ ...candidate, file: display(candidate.file), bytes });
      diagnostics.push(...parsed.diagnostics);
      if (parsed.article) articles.push(parsed.article);
    }
  }
  const related = adoptOriginalCodes(articles);
  diagnostics.push(...related.diagnostics, ...checkTranslations(related.articles), ...sharedCodes(related.articles));
  return { articles: related.articles, diagnostics: sortDiagnostics(diagnostics) };
}
