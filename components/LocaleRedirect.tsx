import { dictionaryFor } from "@/lib/i18n";
import type { LocaleRedirect as Redirect } from "@/lib/site/inline/locale-redirect";
import { InlineScript } from "./InlineScript";

/** A locale-less page: sends the visitor on to the best locale (see lib/site/inline/locale-redirect). */
export function LocaleRedirect(redirect: Redirect) {
  const t = dictionaryFor(redirect.fallback);
  const target = redirect.paths[redirect.fallback];
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      {target && <meta httpEquiv="refresh" content={`2;url=${target}`} />}
      <InlineScript name="locale-redirect" data={redirect} />
      <p>
        <a href={target} className="text-blue-700 underline">
          {t.redirecting}
        </a>
      </p>
    </main>
  );
}
