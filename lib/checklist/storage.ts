/**
 * The one place that touches localStorage. Reading never throws: storage that is
 * missing, disabled, full or holding a value we don't recognise leaves the checklist
 * working for the visit, and the caller is told that progress cannot be saved.
 *
 * Tabs run in separate processes, and a tab's localStorage is a copy that other tabs'
 * writes reach a moment later: a tab that rewrites a shared value from its copy can undo
 * a click another tab made a millisecond before (a lock does not help: the second tab may
 * still read its stale copy). So each step keeps its state (checked and when, its note,
 * whether and when it fixed the problem) under a key of its own, the entry's key holds
 * only the steps the guide had when last seen, and a change writes only the keys whose
 * value it changed. Two tabs checking different steps at the same moment write different
 * keys, and both steps are kept.
 */
import { isRecord, isString, isStringArray, parseJson } from "../guards";
import { type EntryProgress, emptyEntryProgress, fixedByGuidance } from "./progress";

/** The version is in the key: a future format gets new keys, and these are migrated. */
export const progressKeyPrefix = "error-guide:progress:v3:";
/** Step-by-step mode, remembered per guide: present means on. */
export const stepByStepKeyPrefix = "error-guide:step-by-step:v1:";
/** Version 2 kept every entry under one key; version 1 kept only the checked step ids, per entry key. */
export const legacyProgressKeys = { v2: "error-guide:progress:v2", v1: "error-guide:progress:v1" } as const;

export type StorageStatus = "ok" | "unavailable" | "unreadable";

export interface EntryRead {
  /** The saved progress as stored (steps the guide no longer has included), or undefined when there is none. */
  progress: EntryProgress | undefined;
  status: StorageStatus;
}

/** The key of what concerns a whole entry (`entryKey` of progress.ts). */
export function progressKey(entry: string): string {
  return `${progressKeyPrefix}${entry}`;
}

/** The key of one step's state within an entry. */
export function stepKey(entry: string, stepId: string): string {
  return `${progressKey(entry)}#${stepId}`;
}

/** The storage key belongs to this entry (its own key or one of its steps'). */
export function isEntryStorageKey(storageKey: string, entry: string): boolean {
  return storageKey === progressKey(entry) || storageKey.startsWith(`${progressKey(entry)}#`);
}

/** A record whose every value passes `isItem`; absent counts as empty (older versions had none). */
function recordOf<T>(value: unknown, isItem: (item: unknown) => item is T): Record<string, T> | null {
  if (value === undefined) return {};
  if (!isRecord(value)) return null;
  const out: Record<string, T> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!isItem(item)) return null;
    out[key] = item;
  }
  return out;
}

const isNumber = (value: unknown): value is number => typeof value === "number";

/** An entry as version 2 kept it (its times and notes are version 3's additions, absent there). */
function parseVersion2Entry(value: unknown): EntryProgress | null {
  if (!isRecord(value)) return null;
  const { checked, fixedBy, knownSteps } = value;
  if (!isStringArray(checked) || !isStringArray(knownSteps)) return null;
  if (fixedBy !== null && typeof fixedBy !== "string") return null;
  return { ...emptyEntryProgress(knownSteps), checked, fixedBy };
}

/** The key that holds "the guidance fixed it" of an entry without steps. */
const guidanceStep = fixedByGuidance;

/** Every key and value that stores this progress: the entry's own, and one per step with something to keep. */
export function storedValues(entry: string, progress: EntryProgress): Map<string, string> {
  const values = new Map([[progressKey(entry), JSON.stringify({ version: 3, knownSteps: progress.knownSteps })]]);
  const kept = new Set([...progress.checked, ...Object.keys(progress.notes), ...(progress.fixedBy === null ? [] : [progress.fixedBy])]);
  for (const id of kept) {
    const checked = progress.checked.includes(id);
    const step = {
      checked,
      checkedAt: checked ? progress.checkedAt[id] : undefined,
      note: progress.notes[id],
      fixedAt: progress.fixedBy === id ? (progress.fixedAt ?? 0) : undefined,
    };
    values.set(stepKey(entry, id), JSON.stringify(step));
  }
  return values;
}

interface StepValue {
  checked: boolean;
  checkedAt: number | undefined;
  note: string | undefined;
  fixedAt: number | undefined;
}

function parseStep(raw: string): StepValue | null {
  const value = parseJson(raw);
  if (!isRecord(value) || typeof value.checked !== "boolean") return null;
  const { checkedAt, note, fixedAt } = value;
  const optional = (item: unknown, is: (item: unknown) => boolean) => item === undefined || is(item);
  if (!optional(checkedAt, isNumber) || !optional(note, isString) || !optional(fixedAt, isNumber)) return null;
  return {
    checked: value.checked,
    checkedAt: isNumber(checkedAt) ? checkedAt : undefined,
    note: isString(note) ? note : undefined,
    fixedAt: isNumber(fixedAt) ? fixedAt : undefined,
  };
}

/**
 * An entry from its keys: undefined when nothing is stored, null when a value is not ours
 * (corrupted JSON, another app's value, a newer version). `stepIds` are the steps to look
 * up besides those the entry knew.
 */
export function parseStored(entry: string, get: (key: string) => string | null, stepIds: readonly string[]): EntryProgress | null | undefined {
  const raw = get(progressKey(entry));
  const value = raw === null ? { version: 3, knownSteps: [] } : parseJson(raw);
  if (!isRecord(value) || value.version !== 3 || !isStringArray(value.knownSteps)) return null;
  const progress = emptyEntryProgress(value.knownSteps);
  let found = raw !== null;
  for (const id of new Set([...stepIds, ...value.knownSteps, guidanceStep])) {
    const stored = get(stepKey(entry, id));
    if (stored === null) continue;
    const step = parseStep(stored);
    if (step === null) return null;
    found = true;
    if (step.checked) progress.checked.push(id);
    if (step.checked && step.checkedAt !== undefined) progress.checkedAt[id] = step.checkedAt;
    if (step.note !== undefined) progress.notes[id] = step.note;
    // Two tabs may each have said a different step fixed it: the later one counts.
    if (step.fixedAt !== undefined && (progress.fixedAt === null || step.fixedAt > progress.fixedAt)) {
      progress.fixedBy = id;
      progress.fixedAt = step.fixedAt;
    }
  }
  return found ? progress : undefined;
}

/** Version 2: `{ version: 2, entries: { "<slug>/<entry>": { checked, fixedBy, knownSteps, updatedAt } } }`. */
export function migrateVersion2(raw: string): Record<string, EntryProgress> | null {
  const value = parseJson(raw);
  if (!isRecord(value) || value.version !== 2 || !isRecord(value.entries)) return null;
  const entries: Record<string, EntryProgress> = {};
  for (const [key, entry] of Object.entries(value.entries)) {
    const parsed = parseVersion2Entry(entry);
    if (parsed === null) return null;
    entries[key] = parsed;
  }
  return entries;
}

/** Version 1: `{ "<slug>/<entry>": ["step-id", …] }`. */
export function migrateVersion1(raw: string): Record<string, EntryProgress> | null {
  const value = parseJson(raw);
  const entries = isRecord(value) ? recordOf(value, isStringArray) : null;
  if (entries === null) return null;
  return Object.fromEntries(Object.entries(entries).map(([key, checked]) => [key, { ...emptyEntryProgress([]), checked }]));
}

/**
 * Moves progress from an older single key to keys per entry and step, then removes the
 * old key. An entry that already has keys of its own keeps them (they are newer). A value
 * we cannot read is left where it is: it may be someone's progress in a format we don't know.
 */
export function migrateLegacy(storage: Storage): void {
  const sources = [
    { key: legacyProgressKeys.v2, migrate: migrateVersion2 },
    { key: legacyProgressKeys.v1, migrate: migrateVersion1 },
  ];
  for (const { key, migrate } of sources) {
    const raw = storage.getItem(key);
    const entries = raw === null ? null : migrate(raw);
    if (entries === null) continue;
    for (const [entry, progress] of Object.entries(entries)) {
      if (parseStored(entry, (name) => storage.getItem(name), progress.checked) !== undefined) continue;
      for (const [storageKey, value] of storedValues(entry, progress)) storage.setItem(storageKey, value);
    }
    storage.removeItem(key);
  }
}

/** localStorage, or null where touching it throws (disabled cookies, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

/** Saved progress of one entry, after moving any older format to its keys. */
export function readEntry(storage: Storage | null, entry: string, stepIds: readonly string[]): EntryRead {
  if (storage === null) return { progress: undefined, status: "unavailable" };
  try {
    migrateLegacy(storage);
  } catch {
    // A full storage cannot take the migrated copies; the old key stays, and this entry is read as it is.
  }
  try {
    const progress = parseStored(entry, (key) => storage.getItem(key), stepIds);
    // A value we don't understand is left alone: it may be someone's progress in a newer format.
    return progress === null ? { progress: undefined, status: "unreadable" } : { progress, status: "ok" };
  } catch {
    return { progress: undefined, status: "unavailable" };
  }
}

/**
 * Saves `after` over `before` (as read a moment ago), writing only the keys whose value
 * changed; false when the browser refused (quota, private mode).
 */
export function writeEntry(storage: Storage | null, entry: string, before: EntryProgress | undefined, after: EntryProgress): boolean {
  if (storage === null) return false;
  const old = before ? storedValues(entry, before) : new Map<string, string>();
  const next = storedValues(entry, after);
  try {
    for (const [key, value] of next) if (old.get(key) !== value) storage.setItem(key, value);
    for (const key of old.keys()) if (!next.has(key)) storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

export function readStepByStep(storage: Storage | null, entry: string): boolean {
  if (storage === null) return false;
  try {
    return storage.getItem(`${stepByStepKeyPrefix}${entry}`) !== null;
  } catch {
    return false;
  }
}

export function writeStepByStep(storage: Storage | null, entry: string, on: boolean): boolean {
  if (storage === null) return false;
  try {
    if (on) storage.setItem(`${stepByStepKeyPrefix}${entry}`, "1");
    else storage.removeItem(`${stepByStepKeyPrefix}${entry}`);
    return true;
  } catch {
    return false;
  }
}
