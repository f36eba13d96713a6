/** Where the split search index's files are published, in the locale's search folder. */
import type { ChunkKind } from "./split";

export const manifestFileName = "manifest.json";

/** `codes-3.json` */
export function chunkFileName(kind: ChunkKind, chunk: number): string {
  return `${kind}-${chunk}.json`;
}
