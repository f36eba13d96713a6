/**
 * The one place that touches localStorage. Reading never throws: storage that is
 * missing, disabled, full or holding a value we don't recognise leaves the checklist
 * working for the visit, and the caller is told that progress cannot be saved.
 *
 * Each entry's progress has a key of its own, and every write of it is a
 * read-change-write under a Web Lock named after that key: tabs run in separate
 * processes, so without the lock two clicks within milliseconds would each write a
 * stale copy and lose the other.
 */
import { isRecord, isStringArray, parseJson } from "../guards";
import type { EntryProgress } from "./progress";

/** The version is in the key: a future format gets new keys, and these are migrated. */
export const progressKeyPrefix = "error-guide:progress:v3:";
/** Step-by-step mode, remembered per guide: present means on. */
export const stepByStepKeyPrefix = "error-guide:step-by-step:v1:";
/** Version 2 kept every entry under one key; version 1 kept only the checked step ids, per entry key. */
export const legacyProgressKeys = { v2: "error-guide:progress:v2", v1: "error-guide:progress:v1" } as const;

export type StorageStatus = "ok" | "unavailable" | "unreadable";

export interface EntryRead {
  /** The saved progress, or undefined when there is none (or it cannot be read). */
  progress: EntryProgress | undefined;
  status: StorageStatus;
}

/** The storage key of one entry (`entryKey` of progress.ts). */
export function progressKey(entry: string): string {
  return `${progressKeyPrefix}${entry}`;
}

function numberRecord(value: unknown): Record<string, number> | null {
  if (value === undefined) return {};
  if (!isRecord(value)) return null;
  const out: Record<string, number> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== "number") return null;
    out[key] = item;
  }
  return out;
}

function stringRecord(value: unknown): Record<string, string> | null {
  if (value === undefined) return {};
  if (!isRecord(value)) return null;
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== "string") return null;
    out[key] = item;
  }
  return out;
}

/** An entry of version 3, or of version 2 (which had no times and no notes); null for anything else. */
function parseEntryValue(value: unknown): EntryProgress | null {
  if (!isRecord(value)) return null;
  const { checked, fixedBy, fixedAt, knownSteps, updatedAt } = value;
  const checkedAt = numberRecord(value.checkedAt);
  const notes = stringRecord(value.notes);
  if (!isStringArray(checked) || !isStringArray(knownSteps) || checkedAt === null || notes === null) return null;
  if (fixedBy !== null && typeof fixedBy !== "string") return null;
  return {
    checked,
    checkedAt,
    notes,
    fixedBy,
    fixedAt: typeof fixedAt === "number" ? fixedAt : null,
    knownSteps,
    updatedAt: typeof updatedAt === "number" ? updatedAt : 0,
  };
}

/** Our format of one entry, or null for anything else (corrupted JSON, another app's value, a newer version). */
export function parseEntry(raw: string): EntryProgress | null {
  const value = parseJson(raw);
  return isRecord(value) && value.version === 3 ? parseEntryValue(value) : null;
}

export function serialiseEntry(progress: EntryProgress): string {
  return JSON.stringify({ version: 3, ...progress });
}

/** Version 2: `{ version: 2, entries: { "<slug>/<entry>": { checked, fixedBy, knownSteps, updatedAt } } }`. */
export function migrateVersion2(raw: string): Record<string, EntryProgress> | null {
  const value = parseJson(raw);
  if (!isRecord(value) || value.version !== 2 || !isRecord(value.entries)) return null;
  const entries: Record<string, EntryProgress> = {};
  for (const [key, entry] of Object.entries(value.entries)) {
    const parsed = parseEntryValue(entry);
    if (parsed === null) return null;
    entries[key] = parsed;
  }
  return entries;
}

/** Version 1: `{ "<slug>/<entry>": ["step-id", …] }`. */
export function migrateVersion1(raw: string): Record<string, EntryProgress> | null {
  const value = parseJson(raw);
  if (!isRecord(value)) return null;
  const entries: Record<string, EntryProgress> = {};
  for (const [key, checked] of Object.entries(value)) {
    if (!isStringArray(checked)) return null;
    entries[key] = { checked, checkedAt: {}, notes: {}, fixedBy: null, fixedAt: null, knownSteps: [], updatedAt: 0 };
  }
  return entries;
}

/**
 * Moves progress from an older single key to one key per entry, then removes the old key.
 * An entry that already has a key of its own keeps it (it is newer). A value we cannot
 * read is left where it is: it may be someone's progress in a format we don't know.
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
      if (storage.getItem(progressKey(entry)) === null) storage.setItem(progressKey(entry), serialiseEntry(progress));
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

/** What the checklist needs of the Web Locks API (navigator.locks). */
export interface Locks {
  request(name: string, callback: () => void): Promise<unknown>;
}

/** The Web Locks API, or null where the browser has none (then writes are read-change-write without a lock). */
export function browserLocks(): Locks | null {
  try {
    return typeof navigator !== "undefined" && navigator.locks ? navigator.locks : null;
  } catch {
    return null;
  }
}

/** Saved progress of one entry, after moving any older format to its key. */
export function readEntry(storage: Storage | null, entry: string): EntryRead {
  if (storage === null) return { progress: undefined, status: "unavailable" };
  try {
    migrateLegacy(storage);
  } catch {
    // A full storage cannot take the migrated copies; the old key stays, and this entry is read as it is.
  }
  try {
    const raw = storage.getItem(progressKey(entry));
    if (raw === null) return { progress: undefined, status: "ok" };
    const progress = parseEntry(raw);
    // A value we don't understand is left alone: it may be someone's progress in a newer format.
    return progress ? { progress, status: "ok" } : { progress: undefined, status: "unreadable" };
  } catch {
    return { progress: undefined, status: "unavailable" };
  }
}

/** Saves; false when the browser refused (quota, private mode). */
export function writeEntry(storage: Storage | null, entry: string, progress: EntryProgress): boolean {
  if (storage === null) return false;
  try {
    storage.setItem(progressKey(entry), serialiseEntry(progress));
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

/**
 * Runs `write` while holding the lock of this entry in every tab of the site, or at once
 * where there are no Web Locks (or they refuse).
 */
export function withEntryLock(locks: Locks | null, entry: string, write: () => void): void {
  if (locks === null) {
    write();
    return;
  }
  let ran = false;
  locks
    .request(progressKey(entry), () => {
      ran = true;
      write();
    })
    .catch(() => {
      if (!ran) write();
    });
}
