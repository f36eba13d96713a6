/**
 * The checklist of one error entry, as a small external store the view subscribes to
 * (React's useSyncExternalStore, or anything else). It loads saved progress on first
 * use in the browser, follows other tabs through the `storage` event, and keeps
 * working in memory when storage fails.
 *
 * Every change is a function of the progress (progress.ts), not a copy of it: it is shown
 * at once over the last saved state, and saved by applying it to the freshest saved copy
 * under the entry's lock, so changes made in another tab at the same moment survive.
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
  browserLocks,
  browserStorage,
  type Locks,
  progressKey,
  readEntry,
  readStepByStep,
  stepByStepKeyPrefix,
  type StorageStatus,
  withEntryLock,
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
  locks: () => Locks | null;
  now: () => number;
}

const browser: StoreEnvironment = { storage: browserStorage, locks: browserLocks, now: () => Date.now() };

export function initialSnapshot(stepIds: readonly string[]): ChecklistSnapshot {
  return { loaded: false, progress: emptyEntryProgress(stepIds), save: "ok", guideChanged: false, checkedElsewhere: {}, stepByStep: false };
}

export class ChecklistStore {
  /** The progress as last read or saved; null until loaded. */
  private saved: EntryProgress | null = null;
  /** Changes shown but not saved yet (waiting for the lock). */
  private pending: ProgressChange[] = [];
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
    if (storageKey === null || storageKey === progressKey(this.key) || storageKey === `${stepByStepKeyPrefix}${this.key}`) return true;
    return Object.values(this.config.related).some((entries) =>
      entries.some((entry) => storageKey === progressKey(entryKey(this.config.articleSlug, entry.entryId))),
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
    const now = this.env.now();
    this.change((progress) => undoFixed(progress, now));
  }

  setNote(stepId: string, note: string): void {
    const now = this.env.now();
    this.change((progress) => setNote(progress, stepId, note, now));
  }

  restart(): void {
    const now = this.env.now();
    this.change(() => restart(this.config.stepIds, now));
  }

  /** Replaces this browser's progress with a shared one: only when the user asks. */
  adopt(shared: SharedProgress): void {
    const now = this.env.now();
    const { stepIds } = this.config;
    this.change(() => {
      const tried = shared.tried.reduce((acc, id) => setChecked(acc, id, true, stepIds, now), restart(stepIds, now));
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

  private shown(): EntryProgress {
    const base = this.saved ?? emptyEntryProgress(this.config.stepIds);
    return this.pending.reduce((progress, change) => change(progress), base);
  }

  private load(firstLoad: boolean): void {
    const storage = this.env.storage();
    const read = readEntry(storage, this.key);
    const { progress, changed } = reconcile(read.progress, this.config.stepIds);
    this.saved = progress;
    const save: SaveStatus = this.snapshot.save === "write-failed" && read.status === "ok" ? "write-failed" : read.status;
    this.publish({
      loaded: true,
      progress: this.shown(),
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
    this.pending.push(change);
    this.publish({ ...this.snapshot, progress: this.shown() });
    const settle = (saved: EntryProgress, save: SaveStatus): void => {
      this.saved = saved;
      this.pending = this.pending.filter((waiting) => waiting !== change);
      this.publish({ ...this.snapshot, progress: this.shown(), save });
    };
    // Storage we could not read stays untouched (it may be progress in another format); the change lives in memory.
    if (this.snapshot.save === "unreadable" || this.snapshot.save === "unavailable") {
      settle(change(this.saved ?? emptyEntryProgress(this.config.stepIds)), this.snapshot.save);
      return;
    }
    withEntryLock(this.env.locks(), this.key, () => {
      const storage = this.env.storage();
      const read = readEntry(storage, this.key);
      if (read.status !== "ok") {
        settle(change(this.saved ?? emptyEntryProgress(this.config.stepIds)), read.status);
        return;
      }
      const next = change(reconcile(read.progress, this.config.stepIds).progress);
      settle(next, writeEntry(storage, this.key, next) ? "ok" : "write-failed");
    });
  }

  private checkedElsewhere(): Record<string, RelatedEntry[]> {
    const storage = this.env.storage();
    const out: Record<string, RelatedEntry[]> = {};
    const checkedIn = new Map<string, string[]>();
    for (const [stepId, entries] of Object.entries(this.config.related)) {
      const where = entries.filter((entry) => {
        let checked = checkedIn.get(entry.entryId);
        if (checked === undefined) {
          checked = readEntry(storage, entryKey(this.config.articleSlug, entry.entryId)).progress?.checked ?? [];
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
