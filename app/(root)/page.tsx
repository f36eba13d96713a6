import type { Metadata } from "next";
import { dictionaryFor, sourceLocale } from "@/lib/i18n";
import { getCatalog } from "@/lib/site/catalog";
import { localeRedirectScript } from "@/lib/site/locale-redirect";
import { indexPath } from "@/lib/site/urls";

export const metadata: Metadata = {
  title: "Error Guide",
  robots: { index: false },
};

export default function RootPage() {
  const t = dictionaryFor(sourceLocale);
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <meta httpEquiv="refresh" content={`2;url=${indexPath(sourceLocale)}`} />
      <script dangerouslySetInnerHTML={{ __html: localeRedirectScript(getCatalog().locales, sourceLocale, "/") }} />
      <p>
        <a href={indexPath(sourceLocale)} className="text-blue-700 underline">
          {t.redirecting}
        </a>
      </p>
    </main>
  );
}
