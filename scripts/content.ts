/**
 * The content command: the same pipeline the build uses, from the shell.
 *
 *   npm run content -- check [--content DIR[:DIR…]] [--no-fail]
 *   npm run --silent content -- export --json [--content DIR[:DIR…]]
 */
import { formatDiagnostic } from "../lib/content/diagnostics";
import { contentRootsFrom, loadContent } from "../lib/content/loader";
import type { ContentModel } from "../lib/content/model";

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function exportModel(model: ContentModel): unknown {
  return {
    articles: model.articles.map((article) => ({
      locale: article.locale,
      slug: article.slug,
      file: article.file,
      title: article.title,
      entries: article.entries.map((entry) => ({
        id: entry.id,
        codes: entry.codes,
        visibleCodes: entry.visibleCodes,
        message: entry.message,
        line: entry.line,
        steps: entry.steps.map((step) => ({
          id: step.id,
          n: step.n,
          label: step.label,
          title: step.title,
          target: step.target,
        })),
      })),
    })),
    diagnostics: model.diagnostics.map(({ file, line, column, severity, message }) => ({ file, line, column, severity, message })),
  };
}

function main(argv: string[]): number {
  const [command, ...args] = argv;
  const roots = contentRootsFrom(option(args, "--content") ?? process.env.CONTENT_DIR);
  if (command === "check") {
    const model = loadContent(roots);
    for (const diagnostic of model.diagnostics) console.log(formatDiagnostic(diagnostic));
    const count = (severity: string) => model.diagnostics.filter((d) => d.severity === severity).length;
    const entries = model.articles.reduce((n, article) => n + article.entries.length, 0);
    console.log(
      `${model.articles.length} articles, ${entries} error entries: ${count("error")} errors, ${count("warning")} warnings, ${count("info")} info`,
    );
    return count("error") > 0 && !args.includes("--no-fail") ? 1 : 0;
  }
  if (command === "export" && args.includes("--json")) {
    process.stdout.write(`${JSON.stringify(exportModel(loadContent(roots)), null, 2)}\n`);
    return 0;
  }
  console.error("usage: content check [--content DIR[:DIR…]] [--no-fail] | content export --json [--content DIR[:DIR…]]");
  return 2;
}

process.exitCode = main(process.argv.slice(2));
