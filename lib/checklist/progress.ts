/**
 * Checklist progress as data, and every change to it as a pure function.
 * Progress is keyed by article slug, entry id and step id: never by position or by
 * translated text, so it survives a language switch and a new version of the article.
 */

/** The "This fixed it" choice of an entry without steps. */
export const fixedByGuidance = "guidance";

export interface EntryProgress {
  /** Ids of the steps the user checked. */
  checked: string[];
  /** The step that fixed the problem, `fixedByGuidance`, or null. */
  fixedBy: string | null;
  /** The entry's step ids when the user last saw it, to notice a changed guide. */
  knownSteps: string[];
  /** Milliseconds since the epoch. */
  updatedAt: number;
}

export interface ProgressData {
  version: 2;
  entries: Record<string, EntryProgress>;
}

export function emptyProgressData(): ProgressData {
  return { version: 2, entries: {} };
}

export function emptyEntryProgress(stepIds: readonly string[]): EntryProgress {
  return { checked: [], fixedBy: null, knownSteps: [...stepIds], updatedAt: 0 };
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

/** Lays saved progress over the steps the page has now: removed steps are dropped, new ones start unchecked. */
export function reconcile(saved: EntryProgress | undefined, stepIds: readonly string[]): Reconciled {
  if (!saved) return { progress: emptyEntryProgress(stepIds), changed: false };
  const current = new Set(stepIds);
  const known = new Set(saved.knownSteps);
  const changed = saved.knownSteps.length > 0 && (saved.knownSteps.some((id) => !current.has(id)) || stepIds.some((id) => !known.has(id)));
  const fixedBy = saved.fixedBy === null || saved.fixedBy === fixedByGuidance || current.has(saved.fixedBy) ? saved.fixedBy : null;
  return {
    progress: {
      checked: stepIds.filter((id) => saved.checked.includes(id)),
      fixedBy,
      knownSteps: [...stepIds],
      updatedAt: saved.updatedAt,
    },
    changed,
  };
}

function touched(progress: EntryProgress, change: Partial<EntryProgress>, now: number): EntryProgress {
  return { ...progress, ...change, updatedAt: now };
}

export function setChecked(progress: EntryProgress, stepId: string, checked: boolean, stepIds: readonly string[], now = Date.now()): EntryProgress {
  const set = new Set(progress.checked);
  if (checked) set.add(stepId);
  else set.delete(stepId);
  const fixedBy = !checked && progress.fixedBy === stepId ? null : progress.fixedBy;
  return touched(progress, { checked: stepIds.filter((id) => set.has(id)), fixedBy }, now);
}

/** "This fixed it": the step counts as tried, and the error as resolved. */
export function markFixed(progress: EntryProgress, by: string, stepIds: readonly string[], now = Date.now()): EntryProgress {
  const withStep = by === fixedByGuidance ? progress : setChecked(progress, by, true, stepIds, now);
  return touched(withStep, { fixedBy: by }, now);
}

export function undoFixed(progress: EntryProgress, now = Date.now()): EntryProgress {
  return touched(progress, { fixedBy: null }, now);
}

export function restart(stepIds: readonly string[], now = Date.now()): EntryProgress {
  return { ...emptyEntryProgress(stepIds), updatedAt: now };
}

/** The first step not yet checked, or null when all are. */
export function currentStep(progress: EntryProgress, stepIds: readonly string[]): string | null {
  return stepIds.find((id) => !progress.checked.includes(id)) ?? null;
}

export function sameProgress(a: EntryProgress, b: EntryProgress): boolean {
  return a.fixedBy === b.fixedBy && a.checked.length === b.checked.length && a.checked.every((id, i) => b.checked[i] === id);
}
