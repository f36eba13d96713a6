/**
 * Fetches the search engine's code and a locale's index together, once per page:
 * neither is part of any page's first load.
 */
import type { SearchIndex } from "@/lib/search/engine";

export type SearchEngine = typeof import("@/lib/search/engine");

export interface LoadedSearch {
  engine: SearchEngine;
  index: SearchIndex;
}

const loading = new Map<string, Promise<LoadedSearch>>();

export function loadEngine(indexUrl: string): Promise<LoadedSearch> {
  let pending = loading.get(indexUrl);
  if (!pending) {
    const index = fetch(indexUrl).then((response) => {
      if (!response.ok) throw new Error(`${indexUrl}: HTTP ${response.status}`);
      return response.json();
    });
    pending = Promise.all([import("@/lib/search/engine"), index]).then(([engine, data]) => ({ engine, index: engine.loadSearchIndex(data) }));
    // A failed load may be retried later (the network may come back).
    pending.catch(() => loading.delete(indexUrl));
    loading.set(indexUrl, pending);
  }
  return pending;
}
