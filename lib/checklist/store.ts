/**
 * The checklist of one error entry, as a small external store the view subscribes to
 * (React's useSyncExternalStore, or anything else). It loads saved progress on first
 * use in the browser, follows other tabs through the `storage` event, and keeps
 * working in memory when storage fails.
 */
import {
  currentStep,
  entryKey,
  markFixed,
  reconcile,
  restart,
  setChecked,
  undoFixed,
  type EntryProgress,
  emptyEntryProgress,
  type ProgressData,
} from "./progress";
import type { SharedProgress } from "./share";
import { browserStorage, progressKey, readProgress, type StorageStatus, writeProgress } from "./storage";

export type SaveStatus = StorageStatus | "write-failed";

export interface RelatedEntry {
  entryId: string;
  code: string;
}

export interface ChecklistSnapshot {
  /** False until saved progress has been read (always false on the server). */
  loaded: boolean;
  progress: EntryProgress;
  current: string | null;
  save: SaveStatus;
  /** Steps were added or removed since the last visit (said once). */
  guideChanged: boolean;
  /** For each step, the other errors of the article under which it was checked. */
  checkedElsewhere: Record<string, RelatedEntry[]>;
}

export interface ChecklistConfig {
  articleSlug: string;
  entryId: string;
  stepIds: string[];
  /** Other entries of the same article that share steps with this one, by step id. */
  related: Record<string, RelatedEntry[]>;
}

export function initialSnapshot(stepIds: readonly string[]): ChecklistSnapshot {
  const progress = emptyEntryProgress(stepIds);
  return { loaded: false, progress, current: currentStep(progress, stepIds), save: "ok", guideChanged: false, checkedElsewhere: {} };
}

export class ChecklistStore {
  private data: ProgressData | null = null;
  private snapshot: ChecklistSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly key: string;

  constructor(
    private readonly config: ChecklistConfig,
    private readonly storage: () => Storage | null = browserStorage,
  ) {
    this.key = entryKey(config.articleSlug, config.entryId);
    this.snapshot = initialSnapshot(config.stepIds);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    const onStorage = (event: StorageEvent): void => {
      if (event.key === progressKey || event.key === null) this.load(false);
    };
    window.addEventListener("storage", onStorage);
    return () => {
      this.listeners.delete(listener);
      window.removeEventListener("storage", onStorage);
    };
  };

  readonly getSnapshot = (): ChecklistSnapshot => {
    if (this.data === null) this.load(true);
    return this.snapshot;
  };

  setChecked(stepId: string, checked: boolean): void {
    this.update(setChecked(this.getSnapshot().progress, stepId, checked, this.config.stepIds));
  }

  markFixed(by: string): void {
    this.update(markFixed(this.getSnapshot().progress, by, this.config.stepIds));
  }

  undoFixed(): void {
    this.update(undoFixed(this.getSnapshot().progress));
  }

  restart(): void {
    this.getSnapshot();
    this.update(restart(this.config.stepIds));
  }

  adopt(shared: SharedProgress): void {
    this.getSnapshot();
    const progress = shared.tried.reduce(
      (acc, id) => setChecked(acc, id, true, this.config.stepIds),
      restart(this.config.stepIds),
    );
    this.update(shared.fixedBy === null ? progress : markFixed(progress, shared.fixedBy, this.config.stepIds));
  }

  dismissGuideChanged(): void {
    this.publish({ ...this.snapshot, guideChanged: false });
  }

  private load(firstLoad: boolean): void {
    const read = readProgress(this.storage());
    this.data = read.data;
    const { progress, changed } = reconcile(read.data.entries[this.key], this.config.stepIds);
    let save: SaveStatus = read.status;
    if (changed && read.status === "ok") {
      // Remember the new steps now, so the change is announced once.
      this.data.entries[this.key] = progress;
      if (!writeProgress(this.storage(), this.data)) save = "write-failed";
    }
    this.publish({
      loaded: true,
      progress,
      current: currentStep(progress, this.config.stepIds),
      save,
      guideChanged: firstLoad ? changed : this.snapshot.guideChanged,
      checkedElsewhere: this.checkedElsewhere(),
    });
  }

  private update(progress: EntryProgress): void {
    const data = this.data ?? { version: 2, entries: {} };
    data.entries[this.key] = progress;
    this.data = data;
    let save = this.snapshot.save;
    // A value we could not read stays untouched: it may be progress in another format.
    if (save !== "unreadable" && save !== "unavailable") save = writeProgress(this.storage(), data) ? "ok" : "write-failed";
    this.publish({ ...this.snapshot, progress, current: currentStep(progress, this.config.stepIds), save });
  }

  private checkedElsewhere(): Record<string, RelatedEntry[]> {
    const out: Record<string, RelatedEntry[]> = {};
    for (const [stepId, entries] of Object.entries(this.config.related)) {
      const where = entries.filter((entry) =>
        this.data?.entries[entryKey(this.config.articleSlug, entry.entryId)]?.checked.includes(stepId),
      );
      if (where.length) out[stepId] = where;
    }
    return out;
  }

  private publish(next: ChecklistSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
