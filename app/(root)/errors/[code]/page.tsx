import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LocaleRedirect } from "@/components/LocaleRedirect";
import { safeDecode } from "@/lib/decode";
import { sourceLocale } from "@/lib/i18n";
import { getCatalog } from "@/lib/site/catalog";
import { errorPath } from "@/lib/site/urls";

/** `/errors/<Code>/`: the link support staff can send without knowing the customer's language. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog()
    .codes()
    .map((code) => ({ code }));
}

export const metadata: Metadata = { title: "Error Guide", robots: { index: false } };

interface Props {
  params: Promise<{ code: string }>;
}

export default async function LocalelessErrorPage({ params }: Props) {
  const { code: requested } = await params;
  const catalog = getCatalog();
  const page = catalog.errorPage(sourceLocale, safeDecode(requested));
  if (!page) notFound();
  const paths = Object.fromEntries(catalog.locales.map((locale) => [locale, errorPath(locale, page.code)]));
  return (
    <LocaleRedirect
      preference={[catalog.errorLocales(page.code), catalog.locales]}
      fallback={page.source.locale}
      paths={paths}
    />
  );
}
