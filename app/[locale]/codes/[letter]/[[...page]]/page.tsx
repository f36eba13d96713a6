import type { Metadata } from "next";
import { letterPages, letterSlug } from "@/lib/site/browse";
import { getCatalog } from "@/lib/site/catalog";
import { type LetterParams, letterMetadata, LetterView } from "./LetterView";

/**
 * `/<locale>/codes/<letter>/`: the codes that start with a letter, for catalogs too large to
 * list on the index; a letter with more than one page of codes goes on at `/<letter>/2/`….
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog()
    .codesByLetter()
    .flatMap(({ letter, items }) => letterPages(items).map((_, position) => ({ letter: letterSlug(letter), page: position === 0 ? [] : [String(position + 1)] })));
}

interface Props {
  params: Promise<{ locale: string; letter: string; page?: string[] }>;
}

async function letterParams(params: Props["params"]): Promise<LetterParams> {
  const { locale, letter, page = [] } = await params;
  // `/codes/u/2/x/` is no page: a second segment makes the page number unreadable.
  return { locale, letter, page: page.length === 0 ? undefined : page.join("/") };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return letterMetadata(await letterParams(params));
}

export default async function LetterPage({ params }: Props) {
  return <LetterView params={await letterParams(params)} />;
}
