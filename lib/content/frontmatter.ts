/**
 * Front matter schema. Articles come from vendors, so every field is optional
 * and loosely typed in the source; this module turns the YAML into one typed shape.
 */
import type { Root } from "mdast";
import { LineCounter, parseDocument } from "yaml";
import { isRecord } from "../guards";
import type { DiagnosticSink } from "./diagnostics";
import { sourceLocale } from "./locale";
import type { TranslationInfo } from "./model";
import { frontMatterText as text, readVendorFrontMatter, type VendorFrontMatter } from "./vendor";

export interface FrontMatter extends VendorFrontMatter {
  title: string | null;
  description: string | null;
  translation: TranslationInfo | null;
}

/** Which article the front matter belongs to: vendor fields (the published URL) depend on it. */
export interface FrontMatterContext {
  locale: string;
  slug: string;
}


function record(value: unknown): Record<string, unknown> | null {
  return isRecord(value) ? value : null;
}

/**
 * Reads the YAML front matter node of a parsed article.
 * Returns null when the YAML is broken: the article cannot be trusted and is left out.
 */
export function readFrontMatter(tree: Root, sink: DiagnosticSink, context: FrontMatterContext): FrontMatter | null {
  const empty: FrontMatter = { title: null, description: null, translation: null, ...readVendorFrontMatter({}, context.locale, context.slug) };
  const node = tree.children[0];
  if (node?.type !== "yaml") return empty;
  const lineCounter = new LineCounter();
  const document = parseDocument(node.value, { lineCounter, prettyErrors: false });
  const firstError = document.errors[0];
  if (firstError) {
    const where = lineCounter.linePos(firstError.pos[0]);
    // The YAML starts on the line after the opening `---`.
    sink.error(
      `front matter is not valid YAML: ${firstError.message.split("\n")[0]}`,
      { line: (node.position?.start.line ?? 1) + where.line, column: where.col },
      "fix the YAML between the two --- lines; strings that contain a colon need quotes",
    );
    return null;
  }
  const data = record(document.toJS());
  if (!data) return empty;
  const translation = record(data.translation);
  return {
    title: text(data.title),
    description: text(data.description),
    ...readVendorFrontMatter(data, context.locale, context.slug),
    translation: translation
      ? {
          sourceLocale: text(translation.sourceLocale) ?? sourceLocale,
          sourceSha256: text(translation.sourceSha256),
          sourceDate: text(translation.sourceDate),
        }
      : null,
  };
}
