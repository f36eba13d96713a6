/**
 * What a layout detector sees and what it returns. A detector looks at one heading's
 * section (or, for article layouts, the whole article) and returns drafts: the codes it
 * found, where they stand, and the content that explains them. entries.ts turns drafts
 * into entries (canonical codes, repeats, ids).
 */
import type { Heading, Root, RootContent } from "mdast";
import type { AnchorTable } from "../anchors";
import type { DiagnosticSink } from "../diagnostics";
import type { Step } from "../model";

export interface Point {
  line: number;
  column: number;
}

export interface PrintedCode {
  text: string;
  /** The same code in the heading, when the heading lists the codes in the same order. */
  heading: string | null;
  at: Point;
  /**
   * The place says this is a code (a code column, a code label, an item of a list of codes),
   * so it is kept as printed even when machine translation gave it no identifier's shape.
   */
  certain: boolean;
}

export interface Draft {
  printed: PrintedCode[];
  /** Whether the heading's anchor speaks for these codes (it names the heading's entry, not each row of a table under it). */
  anchored: boolean;
  message: string;
  line: number;
  intro: RootContent[];
  steps: Step[];
  body: RootContent[];
}

export interface HeadingContext {
  tree: Root;
  /** Index of the heading in the root's children. */
  index: number;
  heading: Heading;
  /** The heading's text, without its anchors. */
  title: string;
  line: number;
  anchors: AnchorTable;
  sink: DiagnosticSink;
  /** The heading names a part of an error's section ("Cause", "Solução"), not an error. */
  isSectionPart: boolean;
}

/** A layout found under one heading. */
export interface HeadingLayout {
  name: string;
  /** Whether the layout is also looked for under the article's title (H1), before its first section: tables and lists of codes. */
  underTitle: boolean;
  detect(context: HeadingContext): Draft[];
}

export interface ArticleContext {
  tree: Root;
  anchors: AnchorTable;
  sink: DiagnosticSink;
}

/** A layout of a whole article (an article about one code). */
export interface ArticleLayout {
  name: string;
  detect(context: ArticleContext): Draft[];
}
