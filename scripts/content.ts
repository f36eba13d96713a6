/**
 * The content command: the same pipeline the build uses, from the shell.
 *
 *   npm run content -- check [--content DIR[:DIR…]] [--no-fail] [--stats]
 *   npm run --silent content -- export --json [--content DIR[:DIR…]]
 *
 * `check` prints one `file:line:column: severity: message` line per diagnostic and a
 * summary, and exits 1 when there is an error (0 with --no-fail, as the build runs it);
 * with --stats it first prints, per article, its entries, codes, steps and unsure entries.
 * `export --json` prints the model (schema in README.md) and nothing else on stdout.
 * Arguments are read by node:util parseArgs.
 */
import { parseArgs } from "node:util";
import { loadContentCachedWith } from "../lib/content/cache";
import { isUnsureEntry } from "../lib/content/coverage";
import { formatDiagnostic } from "../lib/content/diagnostics";
import { contentRootsFrom, loadContent } from "../lib/content/loader";
import type { Article, ContentModel, Severity } from "../lib/content/model";
import { articlesByCode } from "../lib/content/shared-codes";

const usage = "usage: content check [--content DIR[:DIR…]] [--no-fail] [--stats] | content export --json [--content DIR[:DIR…]]";

interface Options {
  command: string | undefined;
  roots: string[];
  json: boolean;
  noFail: boolean;
  stats: boolean;
}

function parseOptions(argv: string[]): Options | string {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        content: { type: "string" },
        json: { type: "boolean", default: false },
        "no-fail": { type: "boolean", default: false },
        stats: { type: "boolean", default: false },
      },
    });
    if (positionals.length > 1) return `unexpected argument ${positionals[1]}`;
    if (values.content === "") return "--content needs a value: DIR[:DIR…]";
    return {
      command: positionals[0],
      roots: contentRootsFrom(values.content ?? process.env.CONTENT_DIR),
      json: values.json,
      noFail: values["no-fail"],
      stats: values.stats,
    };
  } catch (error) {
    // parseArgs names the option: "Unknown option '--contnet'", "Option '--content <value>' argument missing".
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) return `unknown option ${unknown[1]}`;
    if (/argument missing/.test(message)) return "--content needs a value: DIR[:DIR…]";
    return message;
  }
}

/** One line per article: what the parser made of it. */
function articleStats(article: Article): string {
  const codes = article.entries.reduce((n, entry) => n + entry.codes.length, 0);
  const steps = article.entries.reduce((n, entry) => n + entry.steps.length, 0);
  const unsure = article.entries.filter(isUnsureEntry).length;
  return `${article.file}: ${article.entries.length} entries, ${codes} codes, ${steps} steps, ${unsure} unsure`;
}

/** The exported model: what tools outside the site need, without the rendered markdown. */
function exportModel(model: ContentModel): unknown {
  const byCode = articlesByCode(model.articles);
  return {
    articles: model.articles.map((article) => ({
      locale: article.locale,
      slug: article.slug,
      file: article.file,
      title: article.title,
      provenance: article.provenance,
      publishedUrl: article.publishedUrl,
      entries: article.entries.map((entry) => ({
        id: entry.id,
        codes: entry.codes,
        visibleCodes: entry.visibleCodes,
        // Every article that explains one of the entry's codes (this one included): the code's page shows them all.
        articles: [...new Set(entry.codes.flatMap((code) => byCode.get(code.toLowerCase())?.slugs ?? []))],
        message: entry.message,
        line: entry.line,
        steps: entry.steps.map((step) => ({
          id: step.id,
          n: step.n,
          kind: step.kind,
          label: step.label,
          title: step.title,
          target: step.target,
        })),
      })),
    })),
    diagnostics: model.diagnostics.map(({ file, line, column, severity, message }) => ({ file, line, column, severity, message })),
  };
}

/** The content check as `npm run build` runs it (through the cache, --no-fail): 0, or 1 when an error is found and `noFail` is not set. */
export async function checkContent(roots: string[], noFail: boolean): Promise<number> {
  return check({ command: "check", roots, json: false, noFail, stats: false });
}

async function check(options: Options): Promise<number> {
  // Through the cache: the build runs the check first, and its page renderers then read this model.
  // Articles the cache has not seen are parsed in worker threads, one per core.
  const { parseInWorkers } = await import("./content-parse.mts");
  const model = await loadContentCachedWith(parseInWorkers, options.roots);
  if (options.stats) for (const article of model.articles) console.log(articleStats(article));
  for (const diagnostic of model.diagnostics) console.log(formatDiagnostic(diagnostic));
  const count = (severity: Severity) => model.diagnostics.filter((d) => d.severity === severity).length;
  const entries = model.articles.reduce((n, article) => n + article.entries.length, 0);
  const codes = model.articles.reduce((n, article) => n + article.entries.reduce((m, entry) => m + entry.codes.length, 0), 0);
  console.log(
    `${model.articles.length} articles, ${entries} error entries, ${codes} codes: ${count("error")} errors, ${count("warning")} warnings, ${count("info")} info`,
  );
  return count("error") > 0 && !options.noFail ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (typeof options === "string") {
    console.error(`${options}\n${usage}`);
    return 2;
  }
  if (options.command === "check") return await check(options);
  if (options.command === "export" && options.json) {
    process.stdout.write(`${JSON.stringify(exportModel(loadContent(options.roots)), null, 2)}\n`);
    return 0;
  }
  console.error(usage);
  return 2;
}

// Run as a script (scripts/build.ts imports it instead).
if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
