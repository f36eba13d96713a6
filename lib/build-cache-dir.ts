import path from "node:path";

/**
 * Where builds keep what the next one may reuse (the parsed content, the last output's
 * manifest, the compressed copies' records): BUILD_CACHE_DIR, else under node_modules.
 * A module of its own, so the steps that only need the folder do not load the parser.
 */
export const buildCacheDir = process.env.BUILD_CACHE_DIR || path.join("node_modules", ".cache", "error-guide");
