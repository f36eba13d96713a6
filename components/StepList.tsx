import type { Step } from "@/lib/content/model";
import type { Dictionary } from "@/lib/i18n";
import type { PageRenderOptions } from "@/lib/site/render-options";
import { ArticleMarkdown } from "./ArticleMarkdown";

interface Props {
  steps: Step[];
  t: Dictionary;
  options: PageRenderOptions;
  /** Set when the content is shown in another language than the page's. */
  contentLang?: string;
}

/** The ordered causes of an error with their solutions, complete without JavaScript. */
export function StepList({ steps, t, options, contentLang }: Props) {
  return (
    <ol className="mt-4 space-y-4" data-step-list>
      {steps.map((step) => (
        <li
          key={step.id}
          id={step.id}
          data-step-id={step.id}
          className="scroll-mt-4 rounded-xl border border-slate-200 bg-white shadow-sm"
        >
          <div className="flex items-start gap-3 border-b border-slate-100 px-4 py-3 sm:px-5">
            <span
              aria-hidden="true"
              className="mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-blue-50 text-sm font-semibold text-blue-800 ring-1 ring-blue-200"
            >
              {step.n}
            </span>
            <div className="min-w-0" lang={contentLang}>
              <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{step.label}</p>
              <h3 className="text-base font-semibold leading-snug text-slate-900 sm:text-lg">{step.title}</h3>
            </div>
          </div>
          <div className="px-4 py-4 sm:px-5">
            {step.solution ? (
              <ArticleMarkdown source={step.solution} options={options} topHeadingRank={4} lang={contentLang} />
            ) : (
              <p className="text-sm italic text-slate-500">{t.noSolution}</p>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
