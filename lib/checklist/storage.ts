/**
 * The one place that touches localStorage. Reading never throws: storage that is
 * missing, disabled, full or holding a value we don't recognise leaves the checklist
 * working for the visit, and the caller is told that progress cannot be saved.
 */
import { isRecord, isStringArray, parseJson } from "../guards";
import { type EntryProgress, emptyProgressData, type ProgressData } from "./progress";

/** The version is in the key: a future format gets a new key, and this one is migrated. */
export const progressKey = "error-guide:progress:v2";
/** Version 1 kept only the checked step ids, per entry key. */
export const legacyProgressKeys = ["error-guide:progress:v1"];

export type StorageStatus = "ok" | "unavailable" | "unreadable";

export interface StorageRead {
  data: ProgressData;
  status: StorageStatus;
}

function parseEntry(value: unknown): EntryProgress | null {
  if (!isRecord(value)) return null;
  const { checked, fixedBy, knownSteps, updatedAt } = value;
  if (!isStringArray(checked) || !isStringArray(knownSteps)) return null;
  if (fixedBy !== null && typeof fixedBy !== "string") return null;
  return { checked, fixedBy, knownSteps, updatedAt: typeof updatedAt === "number" ? updatedAt : 0 };
}

/** Our format, or null for anything else (corrupted JSON, another app's value, a newer version). */
export function parseProgressData(raw: string): ProgressData | null {
  const value = parseJson(raw);
  if (!isRecord(value) || value.version !== 2 || !isRecord(value.entries)) return null;
  const data = emptyProgressData();
  for (const [key, entry] of Object.entries(value.entries)) {
    const parsed = parseEntry(entry);
    if (parsed === null) return null;
    data.entries[key] = parsed;
  }
  return data;
}

/** Version 1: `{ "<slug>/<entry>": ["step-id", …] }`. */
export function migrateVersion1(raw: string): ProgressData | null {
  const value = parseJson(raw);
  if (!isRecord(value)) return null;
  const data = emptyProgressData();
  for (const [key, checked] of Object.entries(value)) {
    if (!isStringArray(checked)) return null;
    data.entries[key] = { checked, fixedBy: null, knownSteps: [], updatedAt: 0 };
  }
  return data;
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

export function readProgress(storage: Storage | null): StorageRead {
  if (storage === null) return { data: emptyProgressData(), status: "unavailable" };
  try {
    const raw = storage.getItem(progressKey);
    if (raw !== null) {
      const data = parseProgressData(raw);
      // A value we don't understand is left alone: it may be someone's progress in a newer format.
      return data ? { data, status: "ok" } : { data: emptyProgressData(), status: "unreadable" };
    }
    for (const legacyKey of legacyProgressKeys) {
      const legacy = storage.getItem(legacyKey);
      const migrated = legacy === null ? null : migrateVersion1(legacy);
      if (migrated) {
        storage.setItem(progressKey, JSON.stringify(migrated));
        storage.removeItem(legacyKey);
        return { data: migrated, status: "ok" };
      }
    }
    return { data: emptyProgressData(), status: "ok" };
  } catch {
    return { data: emptyProgressData(), status: "unavailable" };
  }
}

/** Saves; false when the browser refused (quota, private mode). */
export function writeProgress(storage: Storage | null, data: ProgressData): boolean {
  if (storage === null) return false;
  try {
    storage.setItem(progressKey, JSON.stringify(data));
    return true;
  } catch {
    return false;
  }
}
