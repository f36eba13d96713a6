/** The plain-text summary a customer pastes into a support ticket or a chat with the agent. */
import { exhausted, fixedByGuidance, type EntryProgress } from "./progress";

export interface SummaryStrings {
  /** The first line, before the date: "Troubleshooting summary". */
  title: string;
  page: string;
  tried: string;
  notTried: string;
  fixedIt: string;
  note: string;
  resolvedByGuidance: string;
  noneFixed: string;
  link: string;
}

export interface SummaryInput {
  code: string;
  message: string;
  /** The page's address, without shared progress. */
  pageUrl: string;
  steps: ReadonlyArray<{ id: string; n: number; title: string }>;
  progress: EntryProgress;
  shareUrl: string;
  strings: SummaryStrings;
  /** When the summary is made. */
  now: number;
  /** A date and time in the reader's language and time zone. */
  formatTime: (milliseconds: number) => string;
}

function stepLines(input: SummaryInput, step: SummaryInput["steps"][number]): string[] {
  const { progress, strings, formatTime } = input;
  const fixed = progress.fixedBy === step.id;
  const tried = progress.checked.includes(step.id);
  const when = fixed && progress.fixedAt !== null ? progress.fixedAt : progress.checkedAt[step.id];
  const state = fixed ? strings.fixedIt : tried ? strings.tried : strings.notTried;
  const detail = (fixed || tried) && when !== undefined ? `${state}, ${formatTime(when)}` : state;
  const lines = [`${fixed || tried ? "[x]" : "[ ]"} ${step.n}. ${step.title} (${detail})`];
  const note = progress.notes[step.id]?.trim();
  if (note) lines.push(`    ${strings.note}: ${note.split(/\r?\n/).join("\n    ")}`);
  return lines;
}

export function progressSummary(input: SummaryInput): string {
  const { code, message, pageUrl, steps, progress, shareUrl, strings, now, formatTime } = input;
  const lines = [`${strings.title}, ${formatTime(now)}`, `${code}: ${message}`, `${strings.page}: ${pageUrl}`, ""];
  for (const step of steps) lines.push(...stepLines(input, step));
  if (progress.fixedBy === fixedByGuidance) lines.push(strings.resolvedByGuidance);
  if (exhausted(progress, steps.map((step) => step.id))) lines.push("", strings.noneFixed);
  lines.push("", `${strings.link}: ${shareUrl}`);
  return lines.join("\n");
}
