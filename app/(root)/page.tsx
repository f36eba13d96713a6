import type { Metadata } from "next";
import { LocaleRedirect } from "@/components/LocaleRedirect";
import { sourceLocale } from "@/lib/i18n";
import { getCatalog } from "@/lib/site/catalog";
import { indexPath } from "@/lib/site/urls";

export const metadata: Metadata = {
  title: "Error Guide",
  robots: { index: false },
};

export default function RootPage() {
  const { locales } = getCatalog();
  const paths = Object.fromEntries(locales.map((locale) => [locale, indexPath(locale)]));
  return <LocaleRedirect preference={[locales]} fallback={sourceLocale} paths={paths} />;
}
