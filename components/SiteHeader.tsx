import type { Dictionary } from "@/lib/i18n";
import { localeName } from "@/lib/i18n";
import type { Alternate } from "@/lib/site/metadata";
import { InlineScript } from "./InlineScript";
import { indexPath } from "@/lib/site/urls";

interface Props {
  locale: string;
  t: Dictionary;
  /** The same page in every locale, for the language switch. */
  alternates: Alternate[];
}

export function SiteHeader({ locale, t, alternates }: Props) {
  return (
    <header data-site-header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <a href={indexPath(locale)} className="flex items-center gap-2 font-semibold text-slate-900">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
            <rect width="32" height="32" rx="7" fill="#1d4ed8" />
            <path d="M9 16.5l4.5 4.5L23 11.5" fill="none" stroke="#fff" strokeWidth="3.2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>{t.siteName}</span>
          <span className="hidden text-sm font-normal text-slate-500 sm:inline">· {t.tagline}</span>
        </a>
        {alternates.length > 1 && (
          <details className="relative" data-language-switch>
            <summary className="cursor-pointer list-none rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600">
              <span className="sr-only">{t.languageLabel}: </span>
              {localeName(locale)} <span aria-hidden="true">▾</span>
            </summary>
            <ul className="absolute right-0 z-20 mt-1 min-w-48 rounded-md border border-slate-200 bg-white py-1 shadow-lg">
              {alternates.map((alternate) => (
                <li key={alternate.locale}>
                  <a
                    href={alternate.href}
                    hrefLang={alternate.locale}
                    lang={alternate.locale}
                    aria-current={alternate.locale === locale ? "true" : undefined}
                    data-locale-link={alternate.locale}
                    data-keep-hash
                    className="block px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 aria-[current]:font-semibold"
                  >
                    {localeName(alternate.locale)}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <InlineScript name="keep-hash" />
    </header>
  );
}

export function SiteFooter({ t }: { t: Dictionary }) {
  return (
    <footer data-site-footer className="mt-16 border-t border-slate-200 py-6 text-center text-sm text-slate-500">
      {t.siteName} · {t.tagline}
    </footer>
  );
}
