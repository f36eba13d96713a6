/**
 * Build work spread over worker threads (the static build's rendering, the content check's
 * parsing): each worker is a TypeScript module run through entry.mjs, given one task, and
 * answering once. A worker that throws or stops without an answer fails its caller, named.
 */
import os from "node:os";
import { parentPort, Worker, workerData } from "node:worker_threads";

/** One per core, unless BUILD_WORKERS asks for another number. */
export function workerCount(): number {
  const asked = Number(process.env.BUILD_WORKERS);
  return Number.isInteger(asked) && asked > 0 ? asked : os.availableParallelism();
}

/** Runs `module` in a worker thread with `task`, to its answer; `env` is the worker's environment (this one's by default). */
export function runWorker<Result>(module: URL, task: unknown, isResult: (value: unknown) => value is Result, env: NodeJS.Dict<string> = process.env): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./entry.mjs", import.meta.url), { workerData: { module: module.href, task }, env });
    let answered = false;
    worker.once("message", (message: unknown) => {
      answered = true;
      if (isResult(message)) resolve(message);
      else reject(new Error(`${module.pathname}: a worker answered with something else than its result`));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!answered) reject(new Error(`${module.pathname}: a worker stopped (exit status ${code}) before it answered`));
    });
  });
}

/** In a worker: its task, when it is one `isTask` accepts, and the way to answer it; null elsewhere. */
export function workerTask<Task>(isTask: (value: unknown) => value is Task): { task: Task; answer: (result: unknown) => void } | null {
  const port = parentPort;
  if (!port || typeof workerData !== "object" || workerData === null || !("task" in workerData)) return null;
  const task: unknown = workerData.task;
  if (!isTask(task)) throw new Error("a worker was given a task it does not know");
  return { task, answer: (result) => port.postMessage(result) };
}
