/**
 * npm run build: the content check, the site rendered by the static renderer (lib/static:
 * the app's routes, without Next.js's per-page generation), then the post-build steps, one
 * after the other, each timed. The phases are printed so that the fixed cost of a build and
 * its cost per page can be told apart (and compared between runs in `npm run bench`). The
 * first step that fails stops the build, named, with its exit status.
 *
 * The steps run in this process (each a module's function; the pages and the parsing use worker
 * threads of their own): a process per step cost most of an incremental build's time.
 *
 * `npm run build -- --next` exports the same site with `next build` and the islands step,
 * each a process of its own, instead (the reference the static renderer is compared with,
 * scripts/static/parity.mts).
 *
 * `npm run build` starts node with `--heap-growing-percent=50` (package.json): V8 then lets a
 * heap grow by half its live size between full collections instead of up to four times it. A
 * render worker's live heap is small (about 125 MB at 10,000 error pages) but it makes a lot
 * of short-lived garbage, which the default let pile up: 40,000 error pages peaked at 3.61 GB
 * without it, 1.73–1.81 GB with it (GB of 2^30 bytes, as the bench counts), and built faster.
 *
 * The TypeScript check is not a step: `npm test` runs `tsc --noEmit` before anything else,
 * and Next.js is told not to run it again (next.config.js).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentRootsFrom } from "../lib/content/loader";
import type { KnownFiles } from "./postbuild/precompress";

/** A step run as a process of its own, or as a function of this one. */
type Step = { name: string; command: string; args: string[] } | { name: string; run: () => Promise<void> };

const bin = (name: string) => path.join("node_modules", ".bin", name);

// The steps' modules load after this: without the source map of each (see scripts/workers/entry.mjs).
process.setSourceMapsEnabled(false);

const { values: options } = parseArgs({ options: { next: { type: "boolean", default: false } } });

/**
 * The post-build step (scripts/postbuild/build.ts): `_headers` from the final pages unless the
 * static build wrote it, then gzip and brotli copies. It once ran as a process of its own, when
 * it read every page back for its scripts (in this process, after the render workers, that took
 * twice as long, all of it in system time); now it only looks at the files, and a process cost
 * more than it saved (2,000 error pages after one edit: 5.4–5.6 s against 5.8–5.9 s).
 */
const postbuild = (headers: boolean) => async () => {
  const { postbuild: run } = await import("./postbuild/build");
  console.log(await run({ headers, known: builtPages }));
};

/** What the static build left in the export, for the compression. */
let builtPages: KnownFiles | undefined;

const pages: Step[] = options.next
  ? [
      { name: "next build", command: process.execPath, args: [path.join("node_modules", "next", "dist", "bin", "next"), "build"] },
      { name: "islands", command: bin("tsx"), args: ["scripts/islands/build.mts"] },
    ]
  : [
      {
        name: "pages",
        run: async () => {
          const { buildPages } = await import("./static/build.mts");
          builtPages = await buildPages();
        },
      },
    ];

const steps: Step[] = [
  {
    name: "content check",
    run: async () => {
      const { checkContent } = await import("./content");
      // No failure: a broken article is left out with its diagnostic; the others still build.
      await checkContent(contentRootsFrom(process.env.CONTENT_DIR), true);
    },
  },
  ...pages,
  {
    name: "images",
    run: async () => {
      const { publishImages } = await import("./publish-images");
      console.log(publishImages());
    },
  },
  // The static build wrote `_headers` with its pages.
  options.next ? { name: "headers and compression", run: postbuild(true) } : { name: "compression", run: postbuild(false) },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Why the step failed, or null when it did its job. */
async function runStep(step: Step): Promise<string | null> {
  if ("run" in step) {
    try {
      await step.run();
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  const run = spawnSync(step.command, step.args, { stdio: "inherit" });
  if (run.error) return run.error.message;
  if (run.status !== 0) return run.signal ? `killed by ${run.signal}` : `exit status ${run.status}`;
  return null;
}

async function main(): Promise<number> {
  const timings: { name: string; ms: number }[] = [];
  for (const step of steps) {
    const started = performance.now();
    const failure = await runStep(step);
    const ms = performance.now() - started;
    if (failure !== null) {
      console.error(`build: step "${step.name}" failed after ${seconds(ms)}: ${failure}\nnothing after it ran`);
      return 1;
    }
    timings.push({ name: step.name, ms });
  }
  const total = timings.reduce((sum, { ms }) => sum + ms, 0);
  console.log(`build phases: ${timings.map(({ name, ms }) => `${name} ${seconds(ms)}`).join(", ")}; total ${seconds(total)}`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
