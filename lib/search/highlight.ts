/**
 * What a result marks as matched: the message and title words the query found (folded
 * as search folds them, so `nao` marks `não`), and the part of the code the query spelt.
 * Plain TypeScript: the result list only renders the segments.
 */
import type { MatchKind } from "./engine";
import { codeParts, compact, words } from "./text";

export interface Segment {
  text: string;
  marked: boolean;
}

function segments(text: string, ranges: ReadonlyArray<readonly [start: number, end: number]>): Segment[] {
  const result: Segment[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start) continue;
    if (start > at) result.push({ text: text.slice(at, start), marked: false });
    result.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || result.length === 0) result.push({ text: text.slice(at), marked: false });
  return result;
}

/** The words of `text` whose folded form is one of `terms`. */
export function markWords(text: string, terms: readonly string[]): Segment[] {
  const wanted = new Set(terms);
  const ranges: Array<[number, number]> = [];
  if (wanted.size > 0) {
    for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
      if (words(match[0]).some((word) => wanted.has(word))) ranges.push([match.index, match.index + match[0].length]);
    }
  }
  return segments(text, ranges);
}

/** For each character of the compacted code, the position in the code it comes from. */
function compactPositions(code: string): number[] {
  const positions: number[] = [];
  let offset = 0;
  for (const character of code) {
    for (let i = 0; i < compact(character).length; i++) positions.push(offset);
    offset += character.length;
  }
  return positions;
}

/** The part of a code a query matched, by the kind of match: all of it, its beginning, or the words the query named. */
export function markCode(code: string, query: string, kind: MatchKind): Segment[] {
  const key = compact(code);
  const whole = compact(query);
  const positions = compactPositions(code);
  const toRange = (start: number, length: number): [number, number] | null => {
    const first = positions[start];
    const last = positions[start + length - 1];
    if (first === undefined || last === undefined) return null;
    return [first, last + String.fromCodePoint(code.codePointAt(last) ?? 0).length];
  };
  const ranges: Array<[number, number]> = [];
  const add = (range: [number, number] | null): void => {
    if (range) ranges.push(range);
  };
  if (kind === "code" || kind === "typo") add([0, code.length]);
  else if (kind === "prefix") add(toRange(0, Math.min(whole.length, key.length)));
  else if (kind === "parts") {
    const { parts, starts } = codeParts(code);
    const at = starts.find((start) => key.startsWith(whole, start));
    if (at !== undefined) add(toRange(at, whole.length));
    else {
      for (const word of words(query)) {
        const part = parts.findIndex((candidate) => candidate.startsWith(word));
        const start = starts[part];
        if (start !== undefined) add(toRange(start, word.length));
      }
    }
  }
  return segments(code, ranges);
}
