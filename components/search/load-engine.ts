/**
 * Fetches the search engine's code and a locale's search manifest together, once per page:
 * neither is part of any page's first load. The chunks each query needs are fetched by the
 * engine as queries come (lib/search/split-search.ts).
 */
import type { SplitSearch } from "@/lib/search/split-search";
import { chunkFileName, manifestFileName } from "@/lib/search/chunk-files";

export type SearchEngine = typeof import("@/lib/search/browser");

export interface LoadedSearch {
  engine: SearchEngine;
  search: SplitSearch;
}

const loading = new Map<string, Promise<LoadedSearch>>();

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** `searchUrl` is the folder of the locale's split index (`/pt-PT/search/`). */
export function loadEngine(searchUrl: string): Promise<LoadedSearch> {
  let pending = loading.get(searchUrl);
  if (!pending) {
    pending = Promise.all([import("@/lib/search/browser"), fetchJson(`${searchUrl}${manifestFileName}`)]).then(([engine, manifest]) => {
      if (!engine.isSplitManifest(manifest)) throw new Error(`${searchUrl}${manifestFileName} is not a search manifest of this build`);
      return { engine, search: new engine.SplitSearch(manifest, (kind, chunk) => fetchJson(`${searchUrl}${chunkFileName(kind, chunk)}`)) };
    });
    // A failed load may be retried later (the network may come back).
    pending.catch(() => loading.delete(searchUrl));
    loading.set(searchUrl, pending);
  }
  return pending;
}
