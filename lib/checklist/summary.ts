/** The plain-text summary a customer pastes into a support ticket. */
import { fixedByGuidance, type EntryProgress } from "./progress";

export interface SummaryStrings {
  tried: string;
  notTried: string;
  fixedIt: string;
  resolvedByGuidance: string;
  link: string;
}

export interface SummaryInput {
  code: string;
  message: string;
  steps: ReadonlyArray<{ id: string; n: number; title: string }>;
  progress: EntryProgress;
  shareUrl: string;
  strings: SummaryStrings;
}

export function progressSummary({ code, message, steps, progress, shareUrl, strings }: SummaryInput): string {
  const lines = [`${code}: ${message}`, ""];
  for (const step of steps) {
    const fixed = progress.fixedBy === step.id;
    const tried = progress.checked.includes(step.id);
    const mark = fixed || tried ? "[x]" : "[ ]";
    const state = fixed ? strings.fixedIt : tried ? strings.tried : strings.notTried;
    lines.push(`${mark} ${step.n}. ${step.title} (${state})`);
  }
  if (progress.fixedBy === fixedByGuidance) lines.push(strings.resolvedByGuidance);
  lines.push("", `${strings.link}: ${shareUrl}`);
  return lines.join("\n");
}
