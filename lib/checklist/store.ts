/**
 * The checklist of one error entry, as a small external store the view subscribes to
 * (React's useSyncExternalStore, or anything else). It loads saved progress on first
 * use in the browser, follows other tabs through the `storage` event, and keeps
 * working in memory when storage fails.
 *
 * Every change is a function of the progress (progress.ts), not a copy of it: it is applied
 * to the progress as saved at that moment, and only what it changed is written
 * (storage.ts), so a step another tab checked a moment before is kept.
 */
import {
  emptyEntryProgress,
  type EntryProgress,
  entryKey,
  markFixed,
  type ProgressChange,
  reconcile,
  restart,
  setChecked,
  setNote,
  undoFixed,
} from "./progress";
import type { SharedProgress } from "./share";
import {
  browserStorage,
  isEntryStorageKey,
  readEntry,
  readStepByStep,
  stepByStepKeyPrefix,
  type StorageStatus,
  writeEntry,
  writeStepByStep,
} from "./storage";

export type SaveStatus = StorageStatus | "write-failed";

export interface RelatedEntry {
  entryId: string;
  code: string;
}

export interface ChecklistSnapshot {
  /** False until saved progress has been read (always false on the server). */
  loaded: boolean;
  progress: EntryProgress;
  save: SaveStatus;
  /** Steps were added or removed since the last visit (said once). */
  guideChanged: boolean;
  /** For each step, the other errors of the article under which it was checked. */
  checkedElsewhere: Record<string, RelatedEntry[]>;
  /** The reader chose to see one step at a time in this guide. */
  stepByStep: boolean;
}

export interface ChecklistConfig {
  articleSlug: string;
  entryId: string;
  stepIds: string[];
  /** Other entries of the same article that share steps with this one, by step id. */
  related: Record<string, RelatedEntry[]>;
}

/** What the store needs from the browser; tests pass their own. */
export interface StoreEnvironment {
  storage: () => Storage | null;
  now: () => number;
}

const browser: StoreEnvironment = { storage: browserStorage, now: () => Date.now() };

export function initialSnapshot(stepIds: readonly string[]): ChecklistSnapshot {
  return { loaded: false, progress: emptyEntryProgress(stepIds), save: "ok", guideChanged: false, checkedElsewhere: {}, stepByStep: false };
}

export class ChecklistStore {
  /** The progress as last read or saved; null until loaded. */
  private saved: EntryProgress | null = null;
  private snapshot: ChecklistSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly key: string;
  private readonly env: StoreEnvironment;

  constructor(
    private readonly config: ChecklistConfig,
    env: Partial<StoreEnvironment> = {},
  ) {
    this.key = entryKey(config.articleSlug, config.entryId);
    this.env = { ...browser, ...env };
    this.snapshot = initialSnapshot(config.stepIds);
  }

  /** The storage keys whose change in another tab this checklist shows. */
  private watches(storageKey: string | null): boolean {
    if (storageKey === null || isEntryStorageKey(storageKey, this.key) || storageKey === `${stepByStepKeyPrefix}${this.key}`) return true;
    return Object.values(this.config.related).some((entries) =>
      entries.some((entry) => isEntryStorageKey(storageKey, entryKey(this.config.articleSlug, entry.entryId))),
    );
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    const onStorage = (event: StorageEvent): void => {
      if (this.watches(event.key)) this.load(false);
    };
    window.addEventListener("storage", onStorage);
    return () => {
      this.listeners.delete(listener);
      window.removeEventListener("storage", onStorage);
    };
  };

  readonly getSnapshot = (): ChecklistSnapshot => {
    if (this.saved === null) this.load(true);
    return this.snapshot;
  };

  setChecked(stepId: string, checked: boolean): void {
    const now = this.env.now();
    this.change((progress) => setChecked(progress, stepId, checked, this.config.stepIds, now));
  }

  markFixed(by: string): void {
    const now = this.env.now();
    this.change((progress) => markFixed(progress, by, this.config.stepIds, now));
  }

  undoFixed(): void {
    this.change(undoFixed);
  }

  setNote(stepId: string, note: string): void {
    this.change((progress) => setNote(progress, stepId, note));
  }

  restart(): void {
    this.change(() => restart(this.config.stepIds));
  }

  /** Replaces this browser's progress with a shared one: only when the user asks. */
  adopt(shared: SharedProgress): void {
    const now = this.env.now();
    const { stepIds } = this.config;
    this.change(() => {
      const tried = shared.tried.reduce((acc, id) => setChecked(acc, id, true, stepIds, now), { ...restart(stepIds), notes: shared.notes });
      return shared.fixedBy === null ? tried : markFixed(tried, shared.fixedBy, stepIds, now);
    });
  }

  setStepByStep(on: boolean): void {
    this.getSnapshot();
    let { save } = this.snapshot;
    const writable = save === "ok" || save === "write-failed";
    if (writable && !writeStepByStep(this.env.storage(), this.key, on)) save = "write-failed";
    this.publish({ ...this.snapshot, stepByStep: on, save });
  }

  dismissGuideChanged(): void {
    this.publish({ ...this.snapshot, guideChanged: false });
  }

  private load(firstLoad: boolean): void {
    const storage = this.env.storage();
    const read = readEntry(storage, this.key, this.config.stepIds);
    const { progress, changed } = reconcile(read.progress, this.config.stepIds);
    this.saved = progress;
    const save: SaveStatus = this.snapshot.save === "write-failed" && read.status === "ok" ? "write-failed" : read.status;
    this.publish({
      loaded: true,
      progress,
      save,
      guideChanged: firstLoad ? changed : this.snapshot.guideChanged,
      checkedElsewhere: this.checkedElsewhere(),
      stepByStep: read.status === "ok" ? readStepByStep(storage, this.key) : this.snapshot.stepByStep,
    });
    // Remember the new steps now, so the change is announced once.
    if (firstLoad && changed && read.status === "ok") this.change((same) => same);
  }

  private change(change: ProgressChange): void {
    this.getSnapshot();
    const inMemory = (save: SaveStatus) => {
      this.saved = change(this.saved ?? emptyEntryProgress(this.config.stepIds));
      this.publish({ ...this.snapshot, progress: this.saved, save });
    };
    // Storage we could not read stays untouched (it may be progress in another format); the change lives in memory.
    if (this.snapshot.save === "unreadable" || this.snapshot.save === "unavailable") return inMemory(this.snapshot.save);
    const storage = this.env.storage();
    const read = readEntry(storage, this.key, this.config.stepIds);
    if (read.status !== "ok") return inMemory(read.status);
    const next = change(reconcile(read.progress, this.config.stepIds).progress);
    const save = writeEntry(storage, this.key, read.progress, next) ? "ok" : "write-failed";
    this.saved = next;
    this.publish({ ...this.snapshot, progress: next, save });
  }

  private checkedElsewhere(): Record<string, RelatedEntry[]> {
    const storage = this.env.storage();
    const out: Record<string, RelatedEntry[]> = {};
    const checkedIn = new Map<string, string[]>();
    for (const [stepId, entries] of Object.entries(this.config.related)) {
      const where = entries.filter((entry) => {
        let checked = checkedIn.get(entry.entryId);
        if (checked === undefined) {
          checked = readEntry(storage, entryKey(this.config.articleSlug, entry.entryId), this.config.stepIds).progress?.checked ?? [];
          checkedIn.set(entry.entryId, checked);
        }
        return checked.includes(stepId);
      });
      if (where.length) out[stepId] = where;
    }
    return out;
  }

  private publish(next: ChecklistSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
