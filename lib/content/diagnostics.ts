import type { Diagnostic, Severity } from "./model";

interface Point {
  line?: number;
  column?: number;
}

/** Collects diagnostics for one file, so callers only say what went wrong and where. */
export class DiagnosticSink {
  /**
   * @param file the file every diagnostic names
   * @param items where they go: the channel's list, or the sink's own
   */
  constructor(
    private readonly file: string,
    readonly items: Diagnostic[] = [],
  ) {}

  report(severity: Severity, message: string, at?: Point, hint?: string): void {
    const diagnostic: Diagnostic = {
      file: this.file,
      line: at?.line ?? 1,
      column: at?.column ?? 1,
      severity,
      message,
    };
    if (hint) diagnostic.hint = hint;
    this.items.push(diagnostic);
  }

  error(message: string, at?: Point, hint?: string): void {
    this.report("error", message, at, hint);
  }

  warning(message: string, at?: Point, hint?: string): void {
    this.report("warning", message, at, hint);
  }

  info(message: string, at?: Point, hint?: string): void {
    this.report("info", message, at, hint);
  }
}

/**
 * The one channel every stage reports through (the parser, the loader, the translation and
 * version checks): one list for the whole content, a sink per file.
 */
export class DiagnosticChannel {
  readonly items: Diagnostic[] = [];

  /** A sink whose diagnostics name `file` and land in this channel. */
  file(file: string): DiagnosticSink {
    return new DiagnosticSink(file, this.items);
  }

  /** Diagnostics another stage collected (a parsed article's). */
  add(diagnostics: readonly Diagnostic[]): void {
    this.items.push(...diagnostics);
  }

  sorted(): Diagnostic[] {
    return sortDiagnostics(this.items);
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` (hint: ${d.hint})` : "";
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}${hint}`;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      severityRank[a.severity] - severityRank[b.severity],
  );
}
