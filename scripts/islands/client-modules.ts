/**
 * The static check that lets published pages drop the framework's runtime without reading
 * what the framework writes into them: the project's client components ("use client"
 * modules) are exactly the components of the registered islands
 * (components/islands/registry.ts), and only their island and wrapper modules import them.
 * So every client component a page renders sits inside an `<Island>`, whose own script
 * hydrates it, and a page can lose everything else.
 *
 * A page may keep the runtime on purpose: a route module whose imports reach
 * KeepFrameworkRuntime may hold any client component (the islands step leaves its pages
 * as they are).
 *
 * The imports are followed from every module under app/ with esbuild (type-only imports
 * are not followed: they bring no code). Packages' client components count too: a package
 * module that reaches one is refused, except the few listed in `serverSafeImports`.
 *
 * The islands step runs it first (build.mts), and so does a unit test.
 * Usage: tsx scripts/islands/client-modules.ts (exits 1, naming each component and page, when the check fails)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build, type Metafile } from "esbuild";
import { type HydratedIslandRecord, type IslandRecord, isHydratedIsland } from "@/components/islands/define";
import { islandRegistry } from "@/components/islands/registry";

/** The module a route imports to keep the framework's runtime (see its comment). */
export const keepRuntimeModule = "components/islands/KeepFrameworkRuntime.tsx";

/** Package imports that reach client components but render none on the server, and why. */
const serverSafeImports: Record<string, string> = {
  "next/navigation": "pages call notFound(), which throws on the server; the module's client hooks are never rendered",
};

const sourceFile = /\.(ts|tsx|mts)$/;
const testFile = /\.test\.tsx?$/;

/** Whitespace, a comment, or a string statement: what may stand before a module's first real statement. */
const prologueItem = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|(["'])((?:\\.|(?!\1)[^\\\n])*)\1[ \t]*;?)/;

/** Whether a module's directive prologue (its leading string statements) holds "use client". */
export function isClientModule(source: string): boolean {
  let rest = source.replace(/^#![^\n]*/, "");
  for (let item = prologueItem.exec(rest); item?.[0]; item = prologueItem.exec(rest)) {
    if (item[2] === "use client") return true;
    rest = rest.slice(item[0].length);
  }
  return false;
}

function sourceFiles(root: string, dir: string): string[] {
  const files: string[] = [];
  if (!existsSync(path.join(root, dir))) return files;
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(root, relative));
    else if (sourceFile.test(entry.name) && !testFile.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(relative);
  }
  return files;
}

/** The project's modules and what each imports: other modules of the project, and packages by name. */
interface ModuleGraph {
  imports: Map<string, string[]>;
  packages: Map<string, string[]>;
}

async function moduleGraph(root: string, entries: string[]): Promise<ModuleGraph> {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: "unwritten",
    write: false,
    bundle: true,
    metafile: true,
    packages: "external",
    platform: "node",
    format: "esm",
    jsx: "automatic",
    loader: { ".css": "empty", ".svg": "empty" },
    logLevel: "silent",
  });
  const graph: ModuleGraph = { imports: new Map(), packages: new Map() };
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    graph.imports.set(input, imports.filter((imported) => !imported.external).map((imported) => imported.path));
    graph.packages.set(input, imports.filter((imported) => imported.external && !imported.path.startsWith("node:")).map((imported) => imported.path));
  }
  return graph;
}

/** Every module a module reaches through its imports, itself included. */
function reach(graph: ModuleGraph, from: string): Set<string> {
  const seen = new Set<string>([from]);
  const pending = [from];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const imported of graph.imports.get(next) ?? []) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      pending.push(imported);
    }
  }
  return seen;
}

/** The client modules a package import reaches inside its package (its own files, not its dependencies). */
async function packageClientModules(root: string, specifier: string, importer: string, metafiles: Map<string, Promise<Metafile | null>>): Promise<string[]> {
  let resolved: string;
  try {
    resolved = createRequire(path.join(root, importer)).resolve(specifier);
  } catch {
    return []; // an ES-only or type-only package: Next resolves it the same way esbuild did, nothing to add
  }
  let pending = metafiles.get(resolved);
  if (!pending) {
    pending = build({ absWorkingDir: root, entryPoints: [resolved], write: false, bundle: true, metafile: true, packages: "external", platform: "node", logLevel: "silent" })
      .then((result) => result.metafile)
      .catch(() => null);
    metafiles.set(resolved, pending);
  }
  const metafile = await pending;
  if (!metafile) return [];
  return Object.keys(metafile.inputs).filter((input) => isClientModule(readFileSync(path.join(root, input), "utf8")));
}

export interface ClientCheck {
  /** One line per problem, naming the component and the pages (route modules) that hold it. */
  problems: string[];
  /** The route modules that keep the framework's runtime on purpose. */
  keepRuntime: string[];
}

const hint = `register it as an island (components/islands/registry.ts), or let the page keep the framework's runtime with <KeepFrameworkRuntime reason="…" /> (README, "Islands")`;

/** Checks the project at `root` against the island registry. */
export async function checkClientModules(root: string, registry: Record<string, IslandRecord> = islandRegistry): Promise<ClientCheck> {
  const routes = sourceFiles(root, "app");
  const all = Object.entries(registry);
  // Islands without a component (scripts that enhance the markup) hold no client component to check.
  const records = all.flatMap(([name, record]): [string, HydratedIslandRecord][] => (isHydratedIsland(record) ? [[name, record]] : []));
  const projectModules = ["app", "components", "lib"].flatMap((dir) => sourceFiles(root, dir));
  const clientModules = projectModules.filter((file) => isClientModule(readFileSync(path.join(root, file), "utf8")));
  const graph = await moduleGraph(root, [...new Set([...routes, ...records.flatMap(([, record]) => [record.island.module, record.wrapper]), ...all.map(([, record]) => record.wrapper)])]);
  const reached = new Map(routes.map((route) => [route, reach(graph, route)]));
  const keepRuntime = routes.filter((route) => reached.get(route)?.has(keepRuntimeModule));
  const routesReaching = (module: string) => routes.filter((route) => reached.get(route)?.has(module));
  const problems: string[] = [];

  const registered = new Map(records.map(([name, record]) => [record.component, { name, record }]));
  for (const [name, record] of records) {
    if (!clientModules.includes(record.component)) problems.push(`the island ${name}'s component ${record.component} is not a client component: it needs "use client" as its first line`);
    if (!reach(graph, record.island.module).has(record.component)) problems.push(`the island ${name}'s module ${record.island.module} does not import its component ${record.component}`);
    if (!reach(graph, record.wrapper).has(record.component)) problems.push(`the island ${name}'s wrapper ${record.wrapper} does not render its component ${record.component}`);
  }

  for (const module of clientModules) {
    const island = registered.get(module);
    const onRoutes = routesReaching(module).filter((route) => !keepRuntime.includes(route));
    if (!island) {
      if (routesReaching(module).length === 0) problems.push(`${module} is a client component ("use client") but not an island, and no page uses it: ${hint}, or remove it`);
      else if (onRoutes.length > 0) problems.push(`${module} is a client component ("use client") but not an island, on ${onRoutes.join(", ")}: without the framework's runtime it would do nothing; ${hint}`);
      continue;
    }
    // Every island of this component (one, as a rule) may import it from its island and wrapper modules.
    const allowed = new Set(records.filter(([, other]) => other.component === module).flatMap(([, other]) => [other.island.module, other.wrapper]));
    for (const [importer, imports] of graph.imports) {
      if (!imports.includes(module) || allowed.has(importer)) continue;
      const pages = routesReaching(importer).filter((route) => !keepRuntime.includes(route));
      if (pages.length > 0) problems.push(`${importer} imports the island ${island.name}'s component ${module} directly (on ${pages.join(", ")}): render it through ${island.record.wrapper}, whose <Island> its script hydrates`);
    }
  }

  const metafiles = new Map<string, Promise<Metafile | null>>();
  const packageImports = [...graph.packages].flatMap(([importer, specifiers]) => {
    const pages = routesReaching(importer).filter((route) => !keepRuntime.includes(route));
    if (pages.length === 0) return [];
    return specifiers.filter((specifier) => !(specifier in serverSafeImports)).map((specifier) => ({ importer, specifier, pages }));
  });
  const found = await Promise.all(packageImports.map(({ importer, specifier }) => packageClientModules(root, specifier, importer, metafiles)));
  packageImports.forEach(({ importer, specifier, pages }, index) => {
    const modules = found[index] ?? [];
    if (modules.length > 0) problems.push(`${importer} imports ${specifier}, which holds client components (${modules.join(", ")}), on ${pages.join(", ")}: not an island; ${hint}`);
  });
  return { problems: [...new Set(problems)], keepRuntime };
}

async function main(): Promise<void> {
  const { problems, keepRuntime } = await checkClientModules(process.cwd());
  for (const problem of problems) console.error(`islands: ${problem}`);
  if (problems.length > 0) process.exit(1);
  const kept = keepRuntime.length > 0 ? `; the framework's runtime is kept on purpose by ${keepRuntime.join(", ")}` : "";
  console.log(`islands: every client component is an island's${kept}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
