// A worker thread's entry (scripts/workers/run.mts): worker threads do not inherit tsx's
// loaders, so it registers them (ES modules, and the CommonJS the app's modules are loaded
// as) before it loads the worker's own module.
import { workerData } from "node:worker_threads";
import { register as registerCommonJs } from "tsx/cjs/api";
import { register } from "tsx/esm/api";

register();
registerCommonJs();
// tsx turns source maps on, and Node then parses the map of every module it loads: a quarter
// of a second of each render worker's start at 2,000 error pages. Build failures are reported
// by message (file and line of the content or route), not by a stack trace into our code.
process.setSourceMapsEnabled(false);
await import(workerData.module);
