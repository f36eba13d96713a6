import { buildSearchIndex } from "@/lib/search/build";
import { getCatalog } from "@/lib/site/catalog";

// Written once per locale at build time (out/<locale>/search-index.json); the
// search box fetches it only when someone starts to search.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return Response.json(buildSearchIndex(getCatalog(), locale));
}
