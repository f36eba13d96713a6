/** Hands out element ids for one page, so repeated anchors (the seed has five `solution`) stay unique. */
export class IdRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.taken.add(id);
  }

  claim(id: string): string {
    let candidate = id;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${id}-${n}`;
    this.taken.add(candidate);
    return candidate;
  }
}
