// The benchmark. Each section measures one thing and writes bench/results/<section>.json;
// the tables it prints go in the README with the date and the machine.
// Usage: npm run bench [-- --only search] [-- --quick]
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchSearch, defaultSearchBench, searchTables } from "./search";

const { values } = parseArgs({ options: { only: { type: "string" }, quick: { type: "boolean", default: false } } });

const machine = { cores: os.availableParallelism(), memoryGiB: Math.round(os.totalmem() / 2 ** 30), cpu: os.cpus()[0]?.model ?? "unknown", node: process.version };
const resultsDir = path.resolve("bench/results");

interface Section {
  name: string;
  run(quick: boolean): Promise<{ figures: unknown; tables: string }>;
}

const sections: Section[] = [
  {
    // Search: index size, load and query times for 1,000 and 10,000 synthetic codes.
    name: "search",
    async run(quick) {
      const options = quick ? { ...defaultSearchBench, sizes: [1000], perKind: 10, repeats: 2, loads: 3 } : defaultSearchBench;
      const figures = await benchSearch(options);
      return { figures, tables: searchTables(figures) };
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
  for (const section of chosen) {
    const { figures, tables } = await section.run(values.quick);
    const date = new Date().toISOString();
    const file = path.join(resultsDir, `${section.name}${values.quick ? "-quick" : ""}.json`);
    writeFileSync(file, `${JSON.stringify({ section: section.name, date, machine, figures }, null, 2)}\n`);
    console.log(`\n## ${section.name} (${date.slice(0, 10)}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.cpu}, Node ${machine.node})\n`);
    console.log(tables);
    console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
  }
}

void main();
