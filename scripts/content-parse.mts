/**
 * The content check's parsing spread over worker threads (scripts/workers/run.mts): the
 * articles the cache has not seen are dealt out, largest first, to one worker per core,
 * each parsing its share with the loader's own parseSafely. A few articles (an edit between
 * two builds) are parsed here: starting a worker costs more.
 */
import type { ArticleSource, ParsedArticle } from "@/lib/content/article";
import type { ParseMany } from "@/lib/content/cache";
import { parseSafely } from "@/lib/content/loader";
import { runWorker, workerCount, workerTask } from "./workers/run.mts";

/** Below this many articles to parse, the workers' start-up (about a second each) is not worth it. */
const fewArticles = 16;

interface Share {
  bytes: number;
  items: { source: ArticleSource; index: number }[];
}

interface ParseTask {
  sources: ArticleSource[];
}

function isParseTask(value: unknown): value is ParseTask {
  return typeof value === "object" && value !== null && "sources" in value && Array.isArray(value.sources);
}

function isParsedList(value: unknown): value is ParsedArticle[] {
  return Array.isArray(value) && value.every((parsed: unknown) => typeof parsed === "object" && parsed !== null && "article" in parsed && "diagnostics" in parsed);
}

export const parseInWorkers: ParseMany = async (sources) => {
  const of = Math.min(workerCount(), Math.ceil(sources.length / fewArticles));
  if (of <= 1) return sources.map((source) => parseSafely(source));
  // Largest first, each to the least loaded share: the shares end together.
  const order = sources.map((source, index) => ({ source, index })).sort((a, b) => b.source.bytes.length - a.source.bytes.length);
  const shares = Array.from({ length: of }, (): Share => ({ bytes: 0, items: [] }));
  for (const item of order) {
    const lightest = shares.reduce((least, share) => (share.bytes < least.bytes ? share : least));
    lightest.items.push(item);
    lightest.bytes += item.source.bytes.length;
  }
  const answers = await Promise.all(
    shares.map((share) => runWorker(new URL(import.meta.url), { sources: share.items.map(({ source }) => source) } satisfies ParseTask, isParsedList)),
  );
  const byIndex = new Map<number, ParsedArticle>();
  shares.forEach((share, n) =>
    share.items.forEach(({ index }, k) => {
      const answer = answers[n]?.[k];
      if (answer) byIndex.set(index, answer);
    }),
  );
  return sources.map((source, index) => {
    const parsed = byIndex.get(index);
    if (!parsed) throw new Error(`content check: no parse of ${source.file}`);
    return parsed;
  });
};

const work = workerTask(isParseTask);
if (work) work.answer(work.task.sources.map((source) => parseSafely(source)));
