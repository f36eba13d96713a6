/** Writes a synthetic corpus to a folder, replacing an earlier synthetic corpus there but never other files. */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type CorpusOptions, syntheticCorpus } from "./corpus";

const marker = ".synthetic-corpus";

/** Outside the repository, so a generated tree is never committed or built by accident. */
export function defaultCorpusDir(codes: number): string {
  return path.join(tmpdir(), `error-guide-synthetic-${codes}`);
}

export function writeSyntheticCorpus(dir: string, options: CorpusOptions): { files: number } {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(path.join(dir, marker))) throw new Error(`${dir} is not empty and holds no synthetic corpus: choose another --out`);
    rmSync(dir, { recursive: true });
  }
  const files = syntheticCorpus(options);
  for (const file of files) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  writeFileSync(path.join(dir, marker), `${JSON.stringify(options)}\n`);
  return { files: files.length };
}
