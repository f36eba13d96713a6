/**
 * npm run build: the content check, the site rendered by the static renderer (lib/static:
 * the app's routes, without Next.js's per-page generation), then the post-build steps, one
 * after the other, each timed. The phases are printed so that the fixed cost of a build and
 * its cost per page can be told apart (and compared between runs in `npm run bench`). The
 * first step that fails stops the build, named, with its exit status.
 *
 * `npm run build -- --next` exports the same site with `next build` and the islands step
 * instead (the reference the static renderer is compared with, scripts/static/parity.mts).
 *
 * The TypeScript check is not a step: `npm test` runs `tsc --noEmit` before anything else,
 * and Next.js is told not to run it again (next.config.js).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

const bin = (name: string) => path.join("node_modules", ".bin", name);

const { values: options } = parseArgs({ options: { next: { type: "boolean", default: false } } });

const pages: Step[] = options.next
  ? [
      { name: "next build", command: process.execPath, args: [path.join("node_modules", "next", "dist", "bin", "next"), "build"] },
      { name: "islands", command: bin("tsx"), args: ["scripts/islands/build.mts"] },
    ]
  : [{ name: "pages", command: bin("tsx"), args: ["scripts/static/build.mts"], env: { NODE_ENV: "production" } }];

const steps: Step[] = [
  // --no-fail: a broken article is left out with its diagnostic; the others still build.
  { name: "content check", command: bin("tsx"), args: ["scripts/content.ts", "check", "--no-fail"] },
  ...pages,
  { name: "images", command: bin("tsx"), args: ["scripts/publish-images.ts"] },
  // _headers (security and cache headers) from the final pages, then gzip and brotli copies.
  { name: "headers and compression", command: bin("tsx"), args: ["scripts/postbuild/build.ts"] },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function main(): number {
  const timings: { name: string; ms: number }[] = [];
  for (const step of steps) {
    const started = performance.now();
    const run = spawnSync(step.command, step.args, { stdio: "inherit", env: { ...process.env, ...step.env } });
    const ms = performance.now() - started;
    if (run.error || run.status !== 0) {
      const why = run.error ? run.error.message : run.signal ? `killed by ${run.signal}` : `exit status ${run.status}`;
      console.error(`build: step "${step.name}" failed after ${seconds(ms)} (${why}); nothing after it ran`);
      return 1;
    }
    timings.push({ name: step.name, ms });
  }
  const total = timings.reduce((sum, { ms }) => sum + ms, 0);
  console.log(`build phases: ${timings.map(({ name, ms }) => `${name} ${seconds(ms)}`).join(", ")}; total ${seconds(total)}`);
  return 0;
}

process.exitCode = main();
