import { jumpLetters, type LetterGroup } from "@/lib/site/browse";

interface Props {
  label: string;
  groups: readonly LetterGroup<unknown>[];
  /** Where a letter leads: an anchor on the page, or the letter's own page. */
  hrefFor: (letter: string, id: string) => string;
  /** The letter whose page this is. */
  current?: string;
}

/** The A–Z jump bar: every letter, linked when some code starts with it. */
export function LetterJump({ label, groups, hrefFor, current }: Props) {
  return (
    <nav aria-label={label} data-testid="az-jump" className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
      <span aria-hidden="true" className="text-xs font-medium uppercase tracking-wide text-slate-500">
        {label}
      </span>
      <ul className="flex flex-wrap gap-1">
        {jumpLetters(groups).map(({ letter, id, present }) => (
          <li key={id}>
            {present ? (
              <a
                href={hrefFor(letter, id)}
                aria-current={letter === current ? "page" : undefined}
                className="flex h-8 min-w-8 items-center justify-center rounded-md border border-slate-200 bg-white px-1 font-mono text-sm font-semibold text-blue-700 hover:border-blue-300 hover:bg-blue-50 aria-[current=page]:border-blue-700 aria-[current=page]:bg-blue-700 aria-[current=page]:text-white"
              >
                {letter}
              </a>
            ) : (
              <span aria-hidden="true" className="flex h-8 min-w-8 items-center justify-center px-1 font-mono text-sm text-slate-300">
                {letter}
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
