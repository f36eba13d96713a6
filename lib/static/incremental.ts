/**
 * What an incremental build keeps from the last one. Each page is recorded with what it read
 * while it rendered (the catalog's reads, lib/site/catalog.ts) and a fingerprint of those
 * reads' data; the site as a whole with a fingerprint of everything else a page can depend
 * on (the source code and lock file, the assets' names, the environment variables read). The
 * next build renders again only the pages whose reads' data changed, and builds everything
 * when the site fingerprint or a variable read differs, or when the output is not what the
 * manifest says: the output is then byte for byte what a cold build writes
 * (scripts/static/incremental.test.ts proves it on a small corpus).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CatalogRead } from "../site/catalog";

export interface PageRecord {
  reads: CatalogRead[];
  fingerprint: string;
  /** The file as written (size and modification time): one changed by anything else is rendered again. */
  size: number;
  mtimeMs: number;
  /** The hashes of the inline scripts an HTML page runs (none for other files), for the security headers. */
  scripts: string[];
}

export interface BuildManifest {
  version: typeof manifestVersion;
  site: string;
  /** Every environment variable read during the last build, with its value then (null: unset). */
  env: Record<string, string | null>;
  /** By file, relative to the export folder. */
  pages: Record<string, PageRecord>;
}

const manifestVersion = 2;

export interface ReadSource {
  readSource(what: CatalogRead): unknown;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Fingerprints of read sets against one catalog; each read's data is hashed once. */
export class ReadFingerprints {
  private readonly hashes = new Map<CatalogRead, string>();

  constructor(private readonly catalog: ReadSource) {}

  private hashOf(what: CatalogRead): string {
    let hash = this.hashes.get(what);
    if (hash === undefined) {
      hash = sha256(JSON.stringify(this.catalog.readSource(what)) ?? "undefined");
      this.hashes.set(what, hash);
    }
    return hash;
  }

  /**
   * A page that read nothing from the catalog (a route that memoizes what it derived from it,
   * as the search files do) may depend on anything: it is counted as having read everything.
   */
  static effectiveReads(reads: Iterable<CatalogRead>): CatalogRead[] {
    const sorted = [...new Set(reads)].sort();
    return sorted.length > 0 ? sorted : ["all"];
  }

  of(reads: CatalogRead[]): string {
    return sha256(reads.map((what) => `${what}\u0000${this.hashOf(what)}`).join("\u0001"));
  }
}

/** Why the last build's output cannot be kept, or null when it can. */
export function fullBuildReason(previous: unknown, site: string, env: Readonly<Record<string, string | undefined>>): string | null {
  if (!isManifest(previous)) return "no earlier build to start from";
  if (previous.site !== site) return "the code, the dependencies or the assets changed";
  for (const [name, value] of Object.entries(previous.env)) {
    if ((env[name] ?? null) !== value) return `the environment variable ${name} changed`;
  }
  return null;
}

export function isManifest(value: unknown): value is BuildManifest {
  if (typeof value !== "object" || value === null) return false;
  if (!("version" in value) || value.version !== manifestVersion) return false;
  if (!("site" in value) || typeof value.site !== "string") return false;
  if (!("env" in value) || typeof value.env !== "object" || value.env === null) return false;
  if (!Object.values(value.env).every((v) => v === null || typeof v === "string")) return false;
  if (!("pages" in value) || typeof value.pages !== "object" || value.pages === null) return false;
  return Object.values(value.pages).every(isPageRecord);
}

function isPageRecord(value: unknown): value is PageRecord {
  return (
    typeof value === "object" &&
    value !== null &&
    "reads" in value &&
    Array.isArray(value.reads) &&
    value.reads.every((read) => typeof read === "string") &&
    "fingerprint" in value &&
    typeof value.fingerprint === "string" &&
    "size" in value &&
    typeof value.size === "number" &&
    "mtimeMs" in value &&
    typeof value.mtimeMs === "number" &&
    "scripts" in value &&
    Array.isArray(value.scripts) &&
    value.scripts.every((hash) => typeof hash === "string")
  );
}

export function newManifest(site: string, env: Record<string, string | null>, pages: Record<string, PageRecord>): BuildManifest {
  return { version: manifestVersion, site, env, pages };
}

/**
 * The environment as the build sees it, noting every variable read (by its name) and its
 * value: pages read some at build time (SITE_URL, SUPPORT_CONTACT_URL, IMAGE_HOSTS…), and a
 * change to any of them must render every page again.
 */
export function recordingEnvironment<Env extends Record<string, string | undefined>>(env: Env): { env: Env; reads: () => Record<string, string | null> } {
  const read = new Map<string, string | null>();
  const proxy = new Proxy(env, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof name === "string") read.set(name, typeof value === "string" ? value : null);
      return value;
    },
    has(target, name) {
      const present = Reflect.has(target, name);
      if (typeof name === "string" && !read.has(name)) read.set(name, present ? (target[name] ?? null) : null);
      return present;
    },
  });
  return { env: proxy, reads: () => Object.fromEntries([...read].sort(([a], [b]) => a.localeCompare(b))) };
}

/** Where the site's code lives: a change to any file there (tests included) builds everything. */
const sourceFolders = ["app", "components", "lib", "scripts"];
const sourceFiles = ["package.json", "package-lock.json", "tsconfig.json", "next.config.js", "postcss.config.mjs"];

function filesIn(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
  } catch {
    return [];
  }
}

/** A fingerprint of the code and dependencies that render the site, and of the Node.js that runs them. */
export function sourceFingerprint(root: string): string {
  const hash = createHash("sha256").update(`${process.version}\u0000`);
  const files = [...sourceFiles, ...sourceFolders.flatMap((folder) => filesIn(path.join(root, folder)).map((name) => path.join(folder, name)))].sort();
  for (const file of files) {
    hash.update(`${file}\u0000`);
    try {
      hash.update(readFileSync(path.join(root, file)));
    } catch {
      hash.update("absent");
    }
    hash.update("\u0001");
  }
  return hash.digest("hex");
}
