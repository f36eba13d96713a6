/**
 * The static renderer's output beside `next build`'s, page by page: every HTML and JSON file
 * of one export must be in the other with the same content, once what differs by design is
 * set aside (where the stylesheet and icon are served from, and the markers React's streaming
 * renderer leaves in Next's pages, which no page reads). A difference names the file and the
 * first place it differs, and the script exits 1: the pages `next dev` shows are no longer the
 * pages published. The stylesheets are compared by their selectors.
 *
 * Usage: tsx scripts/static/parity.mts <static export> <next export>
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

function filesOf(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:html|json)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    // Next's own files, and its copies of the 404 page as a route (404/, _not-found/), which no host serves: 404.html is the page.
    .filter((file) => !/^(?:_next|_not-found|404)[\\/]/.test(file))
    .sort();
}

/** Sets aside what differs by design between the two exports. */
export function comparable(html: string): string {
  return (
    html
      .replace(/<link rel="stylesheet" href="[^"]*" data-precedence="[^"]*"\/>/g, '<link rel="stylesheet"/>')
      .replace(/<link rel="icon" href="[^"]*"/g, '<link rel="icon"')
      .replace(/<div hidden="">(?:<!--\/?\$-->)*<\/div>/g, "")
      .replace(/<!--\/?\$-->|<!-- -->/g, "")
      // Next writes the 404 page's robots tag twice (its own, then the page's).
      .replace(/<meta name="robots" content="([^"]*)"\/>(?=.*<meta name="robots" content="\1"\/>)/s, "")
  );
}

function selectorsOf(root: string, folder: string): Set<string> {
  const selectors = new Set<string>();
  const dir = path.join(root, folder);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".css")) continue;
    // The innermost blocks are declarations: out with them, so that numbers and URLs are not read as classes.
    const css = readFileSync(path.join(entry.parentPath, entry.name), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\{[^{}]*\}/g, "{}");
    for (const match of css.matchAll(/\.(-?[A-Za-z_\\](?:\\.|[\w-])*)/g)) if (match[1]) selectors.add(match[1]);
  }
  return selectors;
}

function firstDifference(a: string, b: string): string {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  return `at character ${at}:\n  static: …${a.slice(Math.max(0, at - 80), at + 120)}\n  next:   …${b.slice(Math.max(0, at - 80), at + 120)}`;
}

function main(): number {
  const { positionals } = parseArgs({ allowPositionals: true });
  const [ours, next] = positionals;
  if (!ours || !next) {
    console.error("usage: tsx scripts/static/parity.mts <static export> <next export>");
    return 2;
  }
  const problems: string[] = [];
  const ourFiles = filesOf(ours);
  const nextFiles = new Set(filesOf(next));
  for (const file of ourFiles) {
    if (!nextFiles.delete(file)) {
      problems.push(`${file}: only in the static export`);
      continue;
    }
    const a = comparable(readFileSync(path.join(ours, file), "utf8"));
    const b = comparable(readFileSync(path.join(next, file), "utf8"));
    if (a !== b) problems.push(`${file}: differs ${firstDifference(a, b)}`);
  }
  for (const file of nextFiles) problems.push(`${file}: only in the next export`);
  const ourSelectors = selectorsOf(ours, "_assets");
  const nextSelectors = selectorsOf(next, path.join("_next", "static"));
  const missing = [...nextSelectors].filter((selector) => !ourSelectors.has(selector));
  const extra = [...ourSelectors].filter((selector) => !nextSelectors.has(selector));
  if (missing.length > 0) problems.push(`stylesheet: classes only in the next export: ${missing.join(" ")}`);
  if (extra.length > 0) problems.push(`stylesheet: classes only in the static export: ${extra.join(" ")}`);
  for (const problem of problems) console.error(`parity: ${problem}`);
  console.log(`parity: ${ourFiles.length} HTML and JSON files and ${ourSelectors.size} stylesheet classes compared; ${problems.length} difference(s)`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main();
