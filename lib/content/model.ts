/**
 * The typed content model: what the parser produces and what pages read.
 * Everything here is plain data (JSON-serialisable), so it can be exported,
 * cached and compared without the parser.
 */

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  /** What a content editor can do about it. */
  hint?: string;
}

/** Markdown text, normalised by the parser (DocFX quirks resolved), ready for the renderer. */
export type MarkdownSource = string;

export interface TranslationInfo {
  sourceLocale: string;
  /** SHA-256 of the source file the translation was made from. */
  sourceSha256: string | null;
  sourceDate: string | null;
}

/**
 * What a step is: a possible cause to check (any order the article suggests, each with its
 * own solution), or a step of a procedure (done in order). Pages label steps from their
 * kind and number in the reader's language ("Causa 3", "Step 2").
 */
export type StepKind = "cause" | "step";

export interface Step {
  /** Stable, language-independent: the target anchor, or `step-<n>` for a numbered procedure. */
  id: string;
  /** 1-based position in the entry. */
  n: number;
  kind: StepKind;
  /** The label as printed ("Causa 1", "Fazer com que 2", "Passo 1", "" when none): for the article page and the export. */
  label: string;
  title: string;
  /** The in-page anchor the step links to, or null. */
  target: string | null;
  /** The content of the section the target points to (or the procedure item's detail). */
  solution: MarkdownSource | null;
  line: number;
}

export interface ErrorEntry {
  /** Stable id: the first canonical code. */
  id: string;
  /** Canonical codes, never translated. */
  codes: string[];
  /** The codes as the article prints them (machine translation may mangle them). */
  visibleCodes: string[];
  /** The heading text. */
  title: string;
  message: string;
  /** The anchor of the entry's heading in the article, if any. */
  anchor: string | null;
  line: number;
  /** Guidance before the steps. */
  intro: MarkdownSource;
  steps: Step[];
  /** Guidance after the steps. */
  body: MarkdownSource;
  /** Anchors present in what an error page shows (steps, solutions, intro, body), so links to them can stay on the page. */
  anchors: string[];
}

/**
 * Who wrote this version of the article: its authors (an original), a translator, or a
 * machine. Read from the vendor's front matter (lib/content/vendor.ts); an article that
 * says nothing is taken as an original.
 */
export type Provenance = "original" | "human-translation" | "machine-translation";

/** An image the article shows that the site publishes (lib/content/images.ts). */
export interface ArticleImage {
  /** The URL as the article writes it: pages look the image up by it. */
  src: string;
  /** The image file, relative to the working directory. */
  file: string;
  /** Where the site publishes it (`/_media/<content hash>.<ext>`). */
  url: string;
  width: number;
  height: number;
}

export interface Article {
  locale: string;
  slug: string;
  /** Path of the source file, relative to the working directory. */
  file: string;
  title: string;
  description: string;
  service: string;
  /** The article's own date (ms.date), as written. */
  date: string | null;
  sha256: string;
  provenance: Provenance;
  /** Where the vendor publishes this article, when its front matter and path say so: relative links resolve against it. */
  publishedUrl: string | null;
  /** Our own translation record (front matter `translation:`), or null. */
  translation: TranslationInfo | null;
  entries: ErrorEntry[];
  /** Every anchor the article defines, in document order, duplicates removed. */
  anchors: string[];
  /** The whole article body, for the article page. */
  markdown: MarkdownSource;
  /** The images it shows that its content root holds (the others are shown as their alt text). */
  images: ArticleImage[];
}

export interface ContentModel {
  articles: Article[];
  diagnostics: Diagnostic[];
}
