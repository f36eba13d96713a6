import { CodeText } from "@/components/CodeText";
import { type Dictionary, plural } from "@/lib/i18n";
import { errorPath } from "@/lib/site/urls";

export interface CodeRow {
  code: string;
  message: string;
  steps: number;
  /** The language of the message when it is not the page's (a fallback to the source). */
  lang?: string;
}

/** Codes as rows that open their error page: the code, its message, how many steps. */
export function CodeList({ locale, t, rows }: { locale: string; t: Dictionary; rows: CodeRow[] }) {
  return (
    <ul className="mt-3 divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white" data-testid="code-list">
      {rows.map(({ code, message, steps, lang }) => (
        <li key={code}>
          <a
            href={errorPath(locale, code)}
            className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 focus-visible:bg-slate-50 sm:flex-row sm:items-center sm:gap-4"
            data-code={code}
          >
            <code className="shrink-0 break-words font-mono text-sm font-semibold text-blue-800 sm:w-80">
              <CodeText code={code} />
            </code>
            <span className="flex-1 text-sm text-slate-700" lang={lang}>
              {message}
            </span>
            <span className="shrink-0 text-xs font-medium text-slate-500">{steps ? plural(locale, t.stepCount, steps) : t.noSteps}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
