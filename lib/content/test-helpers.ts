import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArticle, type ParsedArticle } from "./article";

export const seedSlug = "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout";
export const seedFile = `content/pt-PT/${seedSlug}.md`;

/** Parses a markdown string as if it were an article file. */
export function parseText(text: string, file = "test.md", locale = "pt-PT"): ParsedArticle {
  return parseArticle({ file, locale, slug: path.basename(file, ".md"), bytes: new TextEncoder().encode(text) });
}

export function parseFile(file: string, locale = "pt-PT"): ParsedArticle {
  return parseArticle({ file, locale, slug: path.basename(file, ".md"), bytes: readFileSync(file) });
}
