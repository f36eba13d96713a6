// Generates a synthetic content tree in the real articles' shape.
// Usage: npm run corpus:synthetic -- --codes 10000 [--out DIR] [--locales pt-PT,en-US] [--seed 1]
// Build the site from it with: CONTENT_DIR=DIR npm run build
import { parseArgs } from "node:util";
import { type SyntheticLocale, syntheticLocales } from "./synthetic/corpus";
import { defaultCorpusDir, writeSyntheticCorpus } from "./synthetic/write";

const { values } = parseArgs({
  options: {
    codes: { type: "string", default: "1000" },
    out: { type: "string" },
    locales: { type: "string", default: syntheticLocales.join(",") },
    seed: { type: "string", default: "1" },
  },
});

const codes = Number(values.codes);
const seed = Number(values.seed);
const isLocale = (value: string): value is SyntheticLocale => syntheticLocales.some((locale) => locale === value);
const locales = values.locales.split(",").map((value) => value.trim());
const unknown = locales.filter((locale) => !isLocale(locale));
if (!Number.isInteger(codes) || codes < 1 || !Number.isInteger(seed) || unknown.length > 0) {
  console.error(`usage: corpus:synthetic -- --codes N [--out DIR] [--locales ${syntheticLocales.join(",")}] [--seed N]`);
  if (unknown.length) console.error(`unknown locales: ${unknown.join(", ")}`);
  process.exit(2);
}
const dir = values.out ?? defaultCorpusDir(codes);
const started = performance.now();
const { files } = writeSyntheticCorpus(dir, { codes, seed, locales: locales.filter(isLocale) });
console.log(`${codes} codes in ${files} files written to ${dir} (${Math.round(performance.now() - started)} ms)`);
console.log(`build the site from it: CONTENT_DIR=${dir} npm run build`);
