import { CodeText } from "@/components/CodeText";

interface Props {
  /** What the codes are to the page ("Also appears as"); names the list too. */
  label: string;
  codes: string[];
  hrefFor: (code: string) => string;
  className?: string;
}

/** Codes as separate links that wrap between each other and between their own words. */
export function CodeLinks({ label, codes, hrefFor, className = "" }: Props) {
  if (codes.length === 0) return null;
  return (
    <div className={`flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm text-slate-600 ${className}`} data-testid="code-links">
      <span aria-hidden="true">{label}</span>
      <ul aria-label={label} className="flex min-w-0 flex-wrap gap-x-3 gap-y-1">
        {codes.map((code) => (
          <li key={code} className="min-w-0">
            <a href={hrefFor(code)} className="break-words font-mono text-blue-700 underline underline-offset-2 hover:text-blue-900">
              <CodeText code={code} />
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
