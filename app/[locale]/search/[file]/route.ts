import { notFound } from "next/navigation";
import { buildSearchIndex } from "@/lib/search/build";
import { chunkFileName, manifestFileName } from "@/lib/search/chunk-files";
import { chunkFromFileName, chunkKinds, type SplitIndex, splitSearchIndex } from "@/lib/search/split";
import { getCatalog } from "@/lib/site/catalog";

// The split search index of each locale (out/<locale>/search/manifest.json and its chunks),
// written at build time; the search box fetches the manifest when someone starts to search,
// then only the chunks each query needs.
export const dynamic = "force-static";
export const dynamicParams = false;

const splits = new Map<string, SplitIndex>();

/** Split once per locale and process: every chunk of a locale is cut from the same split. */
function splitFor(locale: string): SplitIndex {
  let split = splits.get(locale);
  if (!split) splits.set(locale, (split = splitSearchIndex(buildSearchIndex(getCatalog(), locale))));
  return split;
}

export function generateStaticParams() {
  return getCatalog().locales.flatMap((locale) => {
    const split = splitFor(locale);
    const chunks = chunkKinds.flatMap((kind) => split[kind].map((_, chunk) => chunkFileName(kind, chunk)));
    return [manifestFileName, ...chunks].map((file) => ({ locale, file }));
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale, file } = await params;
  const split = splitFor(locale);
  if (file === manifestFileName) return Response.json(split.manifest);
  const chunk = chunkFromFileName(file);
  const data = chunk && split[chunk.kind][chunk.chunk];
  if (!chunk || data === undefined) notFound();
  return Response.json(data);
}
