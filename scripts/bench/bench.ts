// The benchmark. Each section measures one thing and writes bench/results/<section>.json;
// the tables it prints (also written to bench/results/summary.md) go in the README with
// the date and the machine. Raw outputs (Lighthouse reports, build logs) go to
// bench/results/raw/, which is not committed.
// Usage: npm run bench [-- --only weight,lighthouse,build,parse,search,serve] [-- --quick] [-- --reuse-build]
//                        [-- --codes 1000,10000]
//   --quick        one Lighthouse run per preset, synthetic builds of 250 and 1,000 codes only,
//                  parse of 250 to 1,000 codes, search on 1,000 codes with fewer queries
//   --codes        the synthetic corpora the build section builds (codes per locale; default
//                  1,000, 2,500 and 10,000)
//   --reuse-build  measure the seed site already in out/ instead of building it first
//   --search-codes, --search-locales  the search section's synthetic corpora (default 1,000 and
//                  10,000 codes in four locales); `--search-codes 100000 --search-locales pt-PT`
//                  gives issue 15's figures
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sourceLocale } from "../../lib/i18n";
import { benchBuild, buildTables } from "./build-scale";
import { benchStarlight, starlightTables } from "./starlight";
import { goalsTable, type MeasuredFigures } from "./goals";
import { benchParse, parseTables } from "./parse";
import { benchLighthouse, lighthouseTables } from "./lighthouse";
import { benchSearch, defaultSearchBench, searchTables } from "./search";
import { syntheticLocales, type SyntheticLocale } from "../synthetic/corpus";

const isSyntheticLocale = (value: string): value is SyntheticLocale => syntheticLocales.some((locale) => locale === value);
import { benchServe, defaultServeBench, serveTables, serveTargets } from "./serve";
import { buildSite, resultsDir, scriptFreeCopy } from "./site";
import { benchPages, benchWeight, weightTables } from "./weight";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    quick: { type: "boolean", default: false },
    "reuse-build": { type: "boolean", default: false },
    codes: { type: "string" },
    "search-codes": { type: "string" },
    "search-locales": { type: "string" },
  },
});

const machine = { cores: os.availableParallelism(), memoryGiB: Math.round(os.totalmem() / 2 ** 30), cpu: os.cpus()[0]?.model ?? "unknown", node: process.version };

const seedOut = "out";
let seedBuilt: Promise<void> | null = null;
/** The seed site, built once per run for the sections that measure it. */
function seedSite(): Promise<void> {
  seedBuilt ??= values["reuse-build"]
    ? Promise.resolve()
    : buildSite({ outDir: seedOut, log: "build-seed.log" }).then((run) => {
        console.log(`    seed site built in ${(run.wallMs / 1000).toFixed(1)} s`);
      });
  return seedBuilt;
}

interface Section {
  name: string;
  run(quick: boolean): Promise<{ figures: unknown; tables: string }>;
}

/** What this run measured, for the goals table. */
const measured: MeasuredFigures = {};

const sections: Section[] = [
  {
    // Page weight: transfer by kind, requests, framework inline data, what must not be sent.
    name: "weight",
    async run() {
      await seedSite();
      const { errorPage, indexPage } = benchPages(seedOut, sourceLocale);
      const figures = await benchWeight(seedOut, [errorPage, indexPage]);
      measured.weight = figures;
      return { figures, tables: weightTables(figures) };
    },
  },
  {
    // Lighthouse mobile and desktop, medians of several runs.
    name: "lighthouse",
    async run(quick) {
      await seedSite();
      const { errorPage, indexPage } = benchPages(seedOut, sourceLocale);
      // The same error page with no script at all: the floor this machine allows right now.
      const floor = scriptFreeCopy(seedOut, errorPage);
      const figures = await benchLighthouse(seedOut, [errorPage, indexPage, floor], quick ? 1 : 3).finally(floor.remove);
      measured.lighthouse = figures;
      return { figures, tables: lighthouseTables(figures) };
    },
  },
  {
    // Build time and memory for synthetic corpora.
    name: "build",
    async run(quick) {
      // 2,500 codes in four locales are the goal's 10,000 error pages; 10,000 codes are 40,000.
      const sizes = values.codes ? values.codes.split(",").map(Number) : quick ? [250, 1000] : [1000, 2500, 10000];
      if (sizes.some((codes) => !Number.isInteger(codes) || codes < 1)) throw new Error(`--codes takes whole numbers separated by commas, not ${values.codes}`);
      // First against Starlight (same pages, alternating cold builds), then the sizes.
      const starlight = await benchStarlight(quick ? 2 : 3);
      if (!("skipped" in starlight)) measured.starlight = starlight;
      const figures = await benchBuild(sizes);
      measured.build = figures;
      return { figures: { starlight, scale: figures }, tables: `${starlightTables(starlight)}\n\n${buildTables(figures)}` };
    },
  },
  {
    // The content pipeline alone: parse time against content size (it must stay linear).
    name: "parse",
    async run(quick) {
      const figures = benchParse(quick ? [250, 500, 1000] : [1000, 2500, 5000, 10000], quick ? 3 : 5);
      return { figures, tables: parseTables(figures) };
    },
  },
  {
    // Search: index size, load and query times for 1,000 and 10,000 synthetic codes.
    name: "search",
    async run(quick) {
      const base = quick ? { ...defaultSearchBench, sizes: [1000], perKind: 10, repeats: 2, loads: 3 } : defaultSearchBench;
      const sizes = values["search-codes"] ? values["search-codes"].split(",").map(Number) : base.sizes;
      const locales = values["search-locales"]?.split(",").filter(isSyntheticLocale);
      const options = { ...base, sizes, ...(locales?.length ? { locales } : {}) };
      const figures = await benchSearch(options);
      return { figures, tables: searchTables(figures) };
    },
  },
  {
    // The server under a bounded loopback load: an error page, the search index, the 404 page.
    name: "serve",
    async run(quick) {
      await seedSite();
      const { errorPage } = benchPages(seedOut, sourceLocale);
      const options = quick ? { ...defaultServeBench, requests: 1500, maxSeconds: 10, rounds: 3 } : defaultServeBench;
      const figures = await benchServe(seedOut, serveTargets(sourceLocale, errorPage.urlPath), options);
      return { figures, tables: serveTables(figures) };
    },
  },
];

const chosen = sections.filter((section) => !values.only || values.only.split(",").includes(section.name));
if (chosen.length === 0) {
  console.error(`no section named ${values.only}; sections: ${sections.map((section) => section.name).join(", ")}`);
  process.exit(2);
}

async function main(): Promise<void> {
  mkdirSync(resultsDir, { recursive: true });
  const summary: string[] = [];
  const suffix = values.quick ? "-quick" : "";
  for (const section of chosen) {
    console.log(`\n# ${section.name} …`);
    const { figures, tables } = await section.run(values.quick);
    const date = new Date().toISOString();
    const file = path.join(resultsDir, `${section.name}${suffix}.json`);
    writeFileSync(file, `${JSON.stringify({ section: section.name, date, machine, figures }, null, 2)}\n`);
    const heading = `## ${section.name} (${date.slice(0, 10)}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.cpu}, Node ${machine.node})`;
    summary.push(heading, "", tables, "");
    console.log(`\n${heading}\n\n${tables}\n\nwritten to ${path.relative(process.cwd(), file)}`);
  }
  const goals = goalsTable(measured);
  if (goals) {
    summary.push("## goals", "", goals, "");
    console.log(`\n## goals\n\n${goals}`);
  }
  const summaryFile = path.join(resultsDir, `summary${suffix}.md`);
  writeFileSync(summaryFile, summary.join("\n"));
  console.log(`\nall tables written to ${path.relative(process.cwd(), summaryFile)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
