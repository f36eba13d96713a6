// A worker thread's entry (scripts/workers/run.mts): worker threads do not inherit tsx's
// loaders, so it registers them (ES modules, and the CommonJS the app's modules are loaded
// as) before it loads the worker's own module.
import { workerData } from "node:worker_threads";
import { register as registerCommonJs } from "tsx/cjs/api";
import { register } from "tsx/esm/api";

register();
registerCommonJs();
await import(workerData.module);
