/**
 * Hands out element ids for one page, so repeated anchors (the seed has five `solution`)
 * stay unique; and numbers things the page names in turn (its tables), so their labels are unique too.
 */
export class IdRegistry {
  private readonly taken = new Set<string>();
  private readonly counts = new Map<string, number>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.taken.add(id);
  }

  claim(id: string): string {
    let candidate = id;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${id}-${n}`;
    this.taken.add(candidate);
    return candidate;
  }

  /** 1 for the first thing of a kind on the page, then 2, 3… */
  ordinal(kind: string): number {
    const next = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, next);
    return next;
  }
}
