/**
 * Checklist progress as data, and every change to it as a pure function.
 * Progress is keyed by article slug, entry id and step id: never by position or by
 * translated text, so it survives a language switch and a new version of the article.
 */

/** The "This fixed it" choice of an entry without steps. */
export const fixedByGuidance = "guidance";

/** A note is a few lines of what the user saw, not a document. */
export const noteMaxLength = 1000;

export interface EntryProgress {
  /** Ids of the steps the user checked, in the guide's order. */
  checked: string[];
  /** When each checked step was checked (milliseconds since the epoch). */
  checkedAt: Record<string, number>;
  /** "What I saw", by step id. */
  notes: Record<string, string>;
  /** The step that fixed the problem, `fixedByGuidance`, or null. */
  fixedBy: string | null;
  /** When "This fixed it" was chosen, or null. */
  fixedAt: number | null;
  /** The entry's step ids when the user last saw it, to notice a changed guide. */
  knownSteps: string[];
}

/** One change to an entry's progress, applied to the freshest saved copy when it is made. */
export type ProgressChange = (progress: EntryProgress) => EntryProgress;

export function emptyEntryProgress(stepIds: readonly string[]): EntryProgress {
  return { checked: [], checkedAt: {}, notes: {}, fixedBy: null, fixedAt: null, knownSteps: [...stepIds] };
}

/** Aliases (BackUpOperationFailed / …V2) share an entry id, so they share this key. */
export function entryKey(articleSlug: string, entryId: string): string {
  return `${articleSlug}/${entryId}`;
}

export interface Reconciled {
  progress: EntryProgress;
  /** Steps were added or removed since the last visit. */
  changed: boolean;
}

function only<T>(record: Record<string, T>, keep: (key: string) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => keep(key)));
}

/** Lays saved progress over the steps the page has now: removed steps are dropped, new ones start unchecked. */
export function reconcile(saved: EntryProgress | undefined, stepIds: readonly string[]): Reconciled {
  if (!saved) return { progress: emptyEntryProgress(stepIds), changed: false };
  const current = new Set(stepIds);
  const known = new Set(saved.knownSteps);
  const changed = saved.knownSteps.length > 0 && (saved.knownSteps.some((id) => !current.has(id)) || stepIds.some((id) => !known.has(id)));
  const fixedStillThere = saved.fixedBy === null || saved.fixedBy === fixedByGuidance || current.has(saved.fixedBy);
  const checked = stepIds.filter((id) => saved.checked.includes(id));
  return {
    progress: {
      checked,
      checkedAt: only(saved.checkedAt, (id) => checked.includes(id)),
      notes: only(saved.notes, (id) => current.has(id)),
      fixedBy: fixedStillThere ? saved.fixedBy : null,
      fixedAt: fixedStillThere ? saved.fixedAt : null,
      knownSteps: [...stepIds],
    },
    changed,
  };
}

export function setChecked(progress: EntryProgress, stepId: string, checked: boolean, stepIds: readonly string[], now = Date.now()): EntryProgress {
  const set = new Set(progress.checked);
  if (checked) set.add(stepId);
  else set.delete(stepId);
  const checkedAt = only(progress.checkedAt, (id) => id !== stepId || checked);
  if (checked) checkedAt[stepId] = progress.checkedAt[stepId] ?? now;
  const unfixed = !checked && progress.fixedBy === stepId;
  return {
    ...progress,
    checked: stepIds.filter((id) => set.has(id)),
    checkedAt,
    fixedBy: unfixed ? null : progress.fixedBy,
    fixedAt: unfixed ? null : progress.fixedAt,
  };
}

/** "This fixed it": the step counts as tried, and the error as resolved. */
export function markFixed(progress: EntryProgress, by: string, stepIds: readonly string[], now = Date.now()): EntryProgress {
  const withStep = by === fixedByGuidance ? progress : setChecked(progress, by, true, stepIds, now);
  return { ...withStep, fixedBy: by, fixedAt: now };
}

export function undoFixed(progress: EntryProgress): EntryProgress {
  return { ...progress, fixedBy: null, fixedAt: null };
}

/** The note of one step; an empty note is removed. */
export function setNote(progress: EntryProgress, stepId: string, note: string): EntryProgress {
  const notes = only(progress.notes, (id) => id !== stepId);
  const text = note.slice(0, noteMaxLength);
  if (text.trim()) notes[stepId] = text;
  return { ...progress, notes };
}

export function restart(stepIds: readonly string[]): EntryProgress {
  return emptyEntryProgress(stepIds);
}

/**
 * Where to go on: the first step not yet checked from `start` on (the step a link
 * pointed at), wrapping round to the steps before it; null when all are checked.
 */
export function currentStep(progress: EntryProgress, stepIds: readonly string[], start: string | null = null): string | null {
  const from = start === null ? 0 : Math.max(0, stepIds.indexOf(start));
  const order = [...stepIds.slice(from), ...stepIds.slice(0, from)];
  return order.find((id) => !progress.checked.includes(id)) ?? null;
}

/** Every step was tried and none fixed the problem: the end of the checklist without a fix. */
export function exhausted(progress: EntryProgress, stepIds: readonly string[]): boolean {
  return stepIds.length > 0 && progress.fixedBy === null && stepIds.every((id) => progress.checked.includes(id));
}

/** The step that comes `offset` places after `stepId`, kept within the list. */
export function stepAt(stepIds: readonly string[], stepId: string | null, offset: number): string | null {
  if (stepIds.length === 0) return null;
  const index = stepId === null ? 0 : Math.max(0, stepIds.indexOf(stepId));
  return stepIds[Math.min(stepIds.length - 1, Math.max(0, index + offset))] ?? null;
}
