import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseArticle } from "../content/article";
import { currentStep, emptyEntryProgress, entryKey, exhausted, fixedByGuidance, markFixed, noteMaxLength, reconcile, restart, setChecked, setNote, stepAt } from "./progress";
import { decodeShare, encodeShare, sharedAsProgress, sharedNoteLength, stepCode } from "./share";
import { legacyProgressKeys, progressKey, readEntry, readStepByStep, stepKey, writeEntry, writeStepByStep } from "./storage";
import { ChecklistStore } from "./store";
import { progressSummary } from "./summary";

/** An in-memory Storage; `failWrites` simulates a full or private-mode storage. */
class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  constructor(public failWrites = false) {}
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  removeItemQuietly(key: string) {
    this.map.delete(key);
  }
  setItemQuietly(key: string, value: string) {
    this.map.set(key, value);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException("quota", "QuotaExceededError");
    this.map.set(key, value);
  }
  keys() {
    return this.map.keys();
  }
}

/**
 * Two tabs' localStorage as browsers keep it: each tab reads and writes its own copy, and
 * a write reaches the other tab's copy only later (`deliver`).
 */
class TabStorages {
  readonly tabs: [MemoryStorage, MemoryStorage] = [new MemoryStorage(), new MemoryStorage()];
  private inFlight: Array<() => void> = [];
  constructor() {
    for (const [index, tab] of this.tabs.entries()) {
      const other = this.tabs[1 - index];
      const setItem = tab.setItem.bind(tab);
      const removeItem = tab.removeItem.bind(tab);
      tab.setItem = (key, value) => {
        setItem(key, value);
        this.inFlight.push(() => other?.setItemQuietly(key, value));
      };
      tab.removeItem = (key) => {
        removeItem(key);
        this.inFlight.push(() => other?.removeItemQuietly(key));
      };
    }
  }
  deliver(): void {
    for (const apply of this.inFlight.splice(0)) apply();
  }
}

const steps = ["a", "b", "c"];

describe("progress", () => {
  it("keeps steps that still exist, drops removed ones, starts new ones unchecked, and notices the change", () => {
    const saved = { ...emptyEntryProgress(["a", "b", "old"]), checked: ["a", "old"], fixedBy: "old" };
    const { progress, changed } = reconcile(saved, ["a", "new", "b"]);
    assert.deepEqual(progress.checked, ["a"]);
    assert.equal(progress.fixedBy, null);
    assert.deepEqual(progress.knownSteps, ["a", "new", "b"]);
    assert.equal(changed, true);
    assert.equal(reconcile(progress, ["a", "new", "b"]).changed, false);
  });

  it("orders checked steps by the guide and finds the current step", () => {
    let progress = emptyEntryProgress(steps);
    progress = setChecked(progress, "b", true, steps);
    progress = setChecked(progress, "a", true, steps);
    assert.deepEqual(progress.checked, ["a", "b"]);
    assert.equal(currentStep(progress, steps), "c");
  });

  it("goes on from the step a link pointed at, wrapping round", () => {
    let progress = emptyEntryProgress(steps);
    assert.equal(currentStep(progress, steps, "b"), "b");
    progress = setChecked(progress, "b", true, steps);
    assert.equal(currentStep(progress, steps, "b"), "c");
    progress = setChecked(progress, "c", true, steps);
    assert.equal(currentStep(progress, steps, "b"), "a");
    assert.equal(currentStep(progress, steps, "unknown"), "a");
  });

  it("remembers when each step was checked, forgets it when unchecked", () => {
    let progress = setChecked(emptyEntryProgress(steps), "a", true, steps, 10);
    progress = setChecked(progress, "a", true, steps, 20);
    assert.deepEqual(progress.checkedAt, { a: 10 }, "checking again keeps the first time");
    progress = markFixed(progress, "b", steps, 30);
    assert.deepEqual(progress.checkedAt, { a: 10, b: 30 });
    assert.equal(progress.fixedAt, 30);
    progress = setChecked(progress, "b", false, steps, 40);
    assert.deepEqual(progress.checkedAt, { a: 10 });
    assert.equal(progress.fixedBy, null);
    assert.equal(progress.fixedAt, null);
  });

  it("keeps a bounded note per step; an empty one is removed", () => {
    let progress = setNote(emptyEntryProgress(steps), "a", "the agent service was stopped");
    assert.deepEqual(progress.notes, { a: "the agent service was stopped" });
    progress = setNote(progress, "b", "x".repeat(noteMaxLength + 10));
    assert.equal(progress.notes.b?.length, noteMaxLength);
    progress = setNote(progress, "a", "  ");
    assert.deepEqual(Object.keys(progress.notes), ["b"]);
  });

  it("drops the notes and times of removed steps", () => {
    const saved = { ...emptyEntryProgress(["a", "old"]), checked: ["a", "old"], checkedAt: { a: 1, old: 2 }, notes: { old: "x", a: "y" } };
    const { progress } = reconcile(saved, ["a", "new"]);
    assert.deepEqual(progress.checkedAt, { a: 1 });
    assert.deepEqual(progress.notes, { a: "y" });
  });

  it("knows the end without a fix, and moves within the list", () => {
    const all = steps.reduce((acc, id) => setChecked(acc, id, true, steps), emptyEntryProgress(steps));
    assert.equal(exhausted(all, steps), true);
    assert.equal(exhausted(markFixed(all, "a", steps), steps), false);
    assert.equal(exhausted(emptyEntryProgress([]), []), false);
    assert.equal(stepAt(steps, "a", 1), "b");
    assert.equal(stepAt(steps, "a", -1), "a");
    assert.equal(stepAt(steps, "c", 1), "c");
  });
});

describe("storage", () => {
  const key = entryKey("s", "E");

  it("round-trips our format: the entry under its key, each step with something to keep under its own", () => {
    const storage = new MemoryStorage();
    const progress = { ...emptyEntryProgress(steps), checked: ["a"], checkedAt: { a: 5 }, notes: { a: "saw a red light", b: "nothing" } };
    assert.equal(writeEntry(storage, key, undefined, progress), true);
    assert.deepEqual(readEntry(storage, key, steps), { progress, status: "ok" });
    assert.deepEqual([...storage.keys()].sort(), [progressKey(key), stepKey(key, "a"), stepKey(key, "b")]);
  });

  it("writes only the keys a change touched, and removes a step's key once it has nothing to keep", () => {
    const storage = new MemoryStorage();
    const before = { ...emptyEntryProgress(steps), checked: ["a"], checkedAt: { a: 5 } };
    writeEntry(storage, key, undefined, before);
    const written: string[] = [];
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (name, value) => {
      written.push(name);
      setItem(name, value);
    };
    writeEntry(storage, key, before, setChecked(before, "b", true, steps, 6));
    assert.deepEqual(written, [stepKey(key, "b")]);
    writeEntry(storage, key, readEntry(storage, key, steps).progress, restart(steps));
    assert.deepEqual([...storage.keys()], [progressKey(key)]);
  });

  it("treats corrupted or foreign values as unreadable and leaves them alone", () => {
    for (const raw of ["{not json", '"a string"', '{"version":4,"checked":[]}', '{"version":3,"knownSteps":"a","fixedBy":null,"fixedAt":null}', "null"]) {
      const storage = new MemoryStorage();
      storage.setItem(progressKey(key), raw);
      const read = readEntry(storage, key, steps);
      assert.equal(read.status, "unreadable", raw);
      assert.equal(read.progress, undefined);
      assert.equal(storage.getItem(progressKey(key)), raw);
    }
    const storage = new MemoryStorage();
    writeEntry(storage, key, undefined, emptyEntryProgress(steps));
    storage.setItem(stepKey(key, "a"), '{"checked":"yes"}');
    assert.equal(readEntry(storage, key, steps).status, "unreadable", "a step's value too");
  });

  it("moves the version 2 key to keys per entry and step, keeping entries that already have their own", () => {
    const storage = new MemoryStorage();
    const v2 = (checked: string[]) => ({ checked, fixedBy: null, knownSteps: steps, updatedAt: 1 });
    storage.setItem(legacyProgressKeys.v2, JSON.stringify({ version: 2, entries: { "s/E": v2(["a"]), "s/F": v2(["b"]) } }));
    writeEntry(storage, "s/F", undefined, { ...emptyEntryProgress(steps), checked: ["c"] });
    assert.deepEqual(readEntry(storage, key, steps).progress?.checked, ["a"]);
    assert.deepEqual(readEntry(storage, "s/F", steps).progress?.checked, ["c"], "the newer per-entry value wins");
    assert.equal(storage.getItem(legacyProgressKeys.v2), null);
  });

  it("migrates the version 1 key", () => {
    const storage = new MemoryStorage();
    storage.setItem(legacyProgressKeys.v1, JSON.stringify({ "s/E": ["a", "b"] }));
    const read = readEntry(storage, key, steps);
    assert.equal(read.status, "ok");
    assert.deepEqual(read.progress?.checked, ["a", "b"]);
    assert.equal(storage.getItem(legacyProgressKeys.v1), null);
  });

  it("leaves an old key it cannot read where it is", () => {
    const storage = new MemoryStorage();
    storage.setItem(legacyProgressKeys.v2, "{broken");
    assert.deepEqual(readEntry(storage, key, steps), { progress: undefined, status: "ok" });
    assert.equal(storage.getItem(legacyProgressKeys.v2), "{broken");
  });

  it("reports storage that cannot be used", () => {
    assert.equal(readEntry(null, key, steps).status, "unavailable");
    assert.equal(writeEntry(new MemoryStorage(true), key, undefined, emptyEntryProgress(steps)), false);
    const throwing = new MemoryStorage();
    throwing.getItem = () => {
      throw new Error("SecurityError");
    };
    assert.equal(readEntry(throwing, key, steps).status, "unavailable");
  });

  it("remembers step-by-step mode per guide", () => {
    const storage = new MemoryStorage();
    assert.equal(readStepByStep(storage, key), false);
    writeStepByStep(storage, key, true);
    assert.equal(readStepByStep(storage, key), true);
    assert.equal(readStepByStep(storage, "s/F"), false);
    writeStepByStep(storage, key, false);
    assert.equal(readStepByStep(storage, key), false);
  });
});

describe("share links", () => {
  const shareable = [
    { id: "the-agent", n: 1 },
    { id: "the-extension", n: 2 },
    { id: "no-internet", n: 3 },
  ];

  it("writes step numbers and short codes a person can read", () => {
    const query = encodeShare({ tried: ["the-agent", "no-internet"], fixedBy: "no-internet", notes: {} }, shareable);
    assert.equal(query, `tried=1-${stepCode("the-agent")},3-${stepCode("no-internet")}&fixed=3-${stepCode("no-internet")}`);
    assert.match(stepCode("the-agent"), /^[0-9a-z]{4}$/);
  });

  it("round-trips and survives a reordered article, ignoring unknown steps", () => {
    const query = encodeShare({ tried: ["the-agent", "no-internet"], fixedBy: null, notes: {} }, shareable);
    const reordered = [
      { id: "no-internet", n: 1 },
      { id: "brand-new", n: 2 },
      { id: "the-agent", n: 3 },
    ];
    assert.deepEqual(decodeShare(`?${query}&tried=9-zzzz`, reordered), { tried: ["no-internet", "the-agent"], fixedBy: null, notes: {} });
    assert.deepEqual(decodeShare(`?${query},9-zzzz`, reordered), { tried: ["no-internet", "the-agent"], fixedBy: null, notes: {} });
  });

  it("carries each note, cut to a chat-sized length, and survives a reordered article", () => {
    const long = "x".repeat(sharedNoteLength + 50);
    const query = encodeShare({ tried: ["the-agent"], fixedBy: null, notes: { "the-agent": "service stopped: restarted & ok", "no-internet": long } }, shareable);
    assert.match(query, new RegExp(`^tried=1-${stepCode("the-agent")}&note=1-${stepCode("the-agent")}%3Aservice\\+stopped`));
    const decoded = decodeShare(`?${query}`, [...shareable].reverse());
    assert.equal(decoded?.notes["the-agent"], "service stopped: restarted & ok");
    assert.equal(decoded?.notes["no-internet"]?.length, sharedNoteLength);
    assert.ok(decoded?.notes["no-internet"]?.endsWith("…"));
    assert.deepEqual(decodeShare("?note=9-zzzz:lost", shareable), null, "a note of an unknown step is ignored");
  });

  it("carries the fix of an entry without steps", () => {
    assert.equal(encodeShare({ tried: [], fixedBy: fixedByGuidance, notes: {} }, []), "fixed=guide");
    assert.deepEqual(decodeShare("?fixed=guide", []), { tried: [], fixedBy: fixedByGuidance, notes: {} });
  });

  it("shows shared progress as a list's progress, nothing more", () => {
    const shown = sharedAsProgress({ tried: ["no-internet", "the-agent"], fixedBy: "no-internet", notes: {} }, ["the-agent", "the-extension", "no-internet"]);
    assert.deepEqual(shown.checked, ["the-agent", "no-internet"]);
    assert.equal(shown.fixedBy, "no-internet");
    assert.deepEqual(shown.notes, {});
  });

  it("gives null for a page without shared progress", () => {
    assert.equal(decodeShare("?q=x", shareable), null);
    assert.equal(decodeShare("?tried=7-zzzz", shareable), null);
  });
});

describe("summary", () => {
  const input = {
    code: "CODE",
    message: "Message",
    pageUrl: "https://x/pt-PT/errors/CODE/",
    steps: [
      { id: "a", n: 1, title: "First" },
      { id: "b", n: 2, title: "Second" },
      { id: "c", n: 3, title: "Third" },
    ],
    shareUrl: "https://x/?tried=1",
    strings: {
      title: "Summary",
      page: "Page",
      tried: "tried",
      notTried: "not tried",
      fixedIt: "fixed it",
      note: "Note",
      resolvedByGuidance: "resolved",
      noneFixed: "None of the steps fixed it.",
      link: "Link",
    },
    now: 100,
    formatTime: (ms: number) => `t${ms}`,
  };

  it("starts with the time, the code and the page, then each step with its state, time and note", () => {
    const progress = { ...emptyEntryProgress(["a", "b", "c"]), checked: ["a", "c"], checkedAt: { a: 10, c: 20 }, fixedBy: "c", fixedAt: 30, notes: { a: "red light\nthen off" } };
    assert.equal(
      progressSummary({ ...input, progress }),
      [
        "Summary, t100",
        "CODE: Message",
        "Page: https://x/pt-PT/errors/CODE/",
        "",
        "[x] 1. First (tried, t10)",
        "    Note: red light",
        "    then off",
        "[ ] 2. Second (not tried)",
        "[x] 3. Third (fixed it, t30)",
        "",
        "Link: https://x/?tried=1",
      ].join("\n"),
    );
  });

  it("says so when every step was tried and none fixed it", () => {
    const progress = { ...emptyEntryProgress(["a", "b", "c"]), checked: ["a", "b", "c"] };
    assert.match(progressSummary({ ...input, progress }), /\(tried\)\n\nNone of the steps fixed it\.\n\nLink: /);
  });
});

describe("the checklist store", () => {
  const config = { articleSlug: "s", entryId: "E", stepIds: steps, related: { a: [{ entryId: "F", code: "F" }] } };

  it("saves changes and reloads them", () => {
    const storage = new MemoryStorage();
    const store = new ChecklistStore(config, { storage: () => storage });
    assert.equal(store.getSnapshot().loaded, true);
    store.setChecked("a", true);
    store.markFixed("b");
    store.setNote("a", "saw it");
    const again = new ChecklistStore(config, { storage: () => storage }).getSnapshot();
    assert.deepEqual(again.progress.checked, ["a", "b"]);
    assert.equal(again.progress.fixedBy, "b");
    assert.deepEqual(again.progress.notes, { a: "saw it" });
  });

  it("shares progress between codes of one entry and shows steps checked under other entries", () => {
    const storage = new MemoryStorage();
    new ChecklistStore({ ...config, entryId: "F", related: {} }, { storage: () => storage }).setChecked("a", true);
    const snapshot = new ChecklistStore(config, { storage: () => storage }).getSnapshot();
    assert.deepEqual(snapshot.checkedElsewhere, { a: [{ entryId: "F", code: "F" }] });
    assert.deepEqual(snapshot.progress.checked, [], "not checked for the user");
  });

  it("keeps working in memory when storage fails, and says so", () => {
    const full = new MemoryStorage(true);
    const store = new ChecklistStore(config, { storage: () => full });
    store.getSnapshot();
    store.setChecked("a", true);
    assert.equal(store.getSnapshot().save, "write-failed");
    assert.deepEqual(store.getSnapshot().progress.checked, ["a"]);

    const none = new ChecklistStore(config, { storage: () => null });
    assert.equal(none.getSnapshot().save, "unavailable");
    none.setChecked("b", true);
    assert.deepEqual(none.getSnapshot().progress.checked, ["b"]);
  });

  it("never overwrites a value it could not read", () => {
    const storage = new MemoryStorage();
    storage.setItem(progressKey(entryKey("s", "E")), "{corrupted");
    const store = new ChecklistStore(config, { storage: () => storage });
    store.setChecked("a", true);
    assert.equal(store.getSnapshot().save, "unreadable");
    assert.equal(storage.getItem(progressKey(entryKey("s", "E"))), "{corrupted");
  });

  it("announces a changed guide once", () => {
    const storage = new MemoryStorage();
    new ChecklistStore(config, { storage: () => storage }).setChecked("a", true);
    const changed = { ...config, stepIds: ["a", "d"] };
    const first = new ChecklistStore(changed, { storage: () => storage }).getSnapshot();
    assert.equal(first.guideChanged, true);
    assert.deepEqual(first.progress.checked, ["a"]);
    assert.equal(new ChecklistStore(changed, { storage: () => storage }).getSnapshot().guideChanged, false);
  });

  it("two tabs checking steps at the same moment keep each other's steps", () => {
    const storages = new TabStorages();
    const [first, second] = storages.tabs.map((tab) => new ChecklistStore(config, { storage: () => tab }));
    first?.getSnapshot();
    second?.getSnapshot();
    storages.deliver();
    // Each tab clicks before the other's write has reached it.
    first?.setChecked("a", true);
    second?.setChecked("b", true);
    second?.markFixed("c");
    storages.deliver();
    for (const tab of storages.tabs) {
      const again = new ChecklistStore(config, { storage: () => tab }).getSnapshot().progress;
      assert.deepEqual(again.checked, ["a", "b", "c"]);
      assert.equal(again.fixedBy, "c");
    }
  });

  it("remembers step-by-step mode", () => {
    const storage = new MemoryStorage();
    new ChecklistStore(config, { storage: () => storage }).setStepByStep(true);
    assert.equal(new ChecklistStore(config, { storage: () => storage }).getSnapshot().stepByStep, true);
  });

  it("adopts shared progress only when asked, replacing the local one", () => {
    const storage = new MemoryStorage();
    const store = new ChecklistStore(config, { storage: () => storage });
    store.setChecked("c", true);
    store.adopt({ tried: ["a"], fixedBy: "b", notes: { c: "from the other device" } });
    assert.deepEqual(store.getSnapshot().progress.checked, ["a", "b"]);
    assert.equal(store.getSnapshot().progress.fixedBy, "b");
    assert.deepEqual(store.getSnapshot().progress.notes, { c: "from the other device" });
  });
});

describe("a later version of the seed article", () => {
  const seedPath = "content/pt-PT/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.md";
  const laterPath = "../shared/corpus-update/pt-PT/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.md";

  it("keeps progress on surviving steps and drops removed ones", (t) => {
    let later: Buffer;
    try {
      later = readFileSync(laterPath);
    } catch {
      t.skip(`${laterPath} is absent: the corpus update is not on this machine`);
      return;
    }
    const parse = (file: string, bytes: Buffer) => parseArticle({ file, locale: "pt-PT", slug: "seed", bytes }).article;
    const before = parse(seedPath, readFileSync(seedPath))?.entries.find((e) => e.id === "BackUpOperationFailed");
    const after = parse(laterPath, later)?.entries.find((e) => e.id === "BackUpOperationFailed");
    assert.ok(before && after, "the entry is in both versions");
    const oldIds = before.steps.map((s) => s.id);
    const newIds = after.steps.map((s) => s.id);
    const saved = { ...emptyEntryProgress(oldIds), checked: oldIds };
    const { progress, changed } = reconcile(saved, newIds);
    assert.deepEqual(progress.checked, [
      "the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms",
      "the-agent-installed-in-the-vm-is-out-of-date-for-linux-vms",
      "the-snapshot-status-cannot-be-retrieved-or-a-snapshot-cannot-be-taken",
    ]);
    assert.ok(newIds.includes("remove_lock_from_the_recovery_point_resource_group"), "a new step");
    assert.ok(!progress.checked.includes("remove_lock_from_the_recovery_point_resource_group"), "starts unchecked");
    assert.ok(!progress.checked.includes("the-vm-has-no-internet-access"), "a removed step is dropped");
    assert.equal(changed, true);
  });
});
