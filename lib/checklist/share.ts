/**
 * Progress carried in a link: `?tried=1-k3f9,3-x8a2&fixed=3-x8a2&note=3-x8a2:what+I+saw`.
 * Each step is written as its number (for the person reading the link in a chat)
 * and a short code of its stable id (for matching): a later version of the article
 * that reorders steps still maps them right, and unknown codes are ignored.
 */
import { emptyEntryProgress, type EntryProgress, fixedByGuidance } from "./progress";

export interface ShareableStep {
  id: string;
  n: number;
}

export interface SharedProgress {
  tried: string[];
  fixedBy: string | null;
  /** "What I saw", by step id (each cut to `sharedNoteLength` in a link). */
  notes: Record<string, string>;
}

/** A link is pasted into chats and tickets: each note travels cut to this many characters (the summary has them whole). */
export const sharedNoteLength = 280;

const guidanceToken = "guide";

/** Four base-36 characters of the FNV-1a hash of a step id. */
export function stepCode(stepId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < stepId.length; i++) {
    hash ^= stepId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(4, "0").slice(-4);
}

function token(step: ShareableStep): string {
  return `${step.n}-${stepCode(step.id)}`;
}

/** The query string (without `?`) for the given progress; empty when there is nothing to share. */
export function encodeShare(progress: SharedProgress, steps: readonly ShareableStep[]): string {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const tried = progress.tried.flatMap((id) => {
    const step = byId.get(id);
    return step ? [token(step)] : [];
  });
  const parts: string[] = [];
  if (tried.length) parts.push(`tried=${tried.join(",")}`);
  if (progress.fixedBy === fixedByGuidance) parts.push(`fixed=${guidanceToken}`);
  else {
    const fixed = progress.fixedBy === null ? undefined : byId.get(progress.fixedBy);
    if (fixed) parts.push(`fixed=${token(fixed)}`);
  }
  const notes = new URLSearchParams();
  for (const step of steps) {
    const note = progress.notes[step.id]?.trim();
    if (note) notes.append("note", `${token(step)}:${note.length > sharedNoteLength ? `${note.slice(0, sharedNoteLength - 1)}…` : note}`);
  }
  if (notes.toString()) parts.push(notes.toString());
  return parts.join("&");
}

function stepFor(value: string, byCode: Map<string, ShareableStep>): ShareableStep | undefined {
  const code = value.trim().split("-").pop() ?? "";
  return byCode.get(code.toLowerCase());
}

/** Progress from a page's query string, or null when it carries none. */
export function decodeShare(search: string, steps: readonly ShareableStep[]): SharedProgress | null {
  const params = new URLSearchParams(search);
  const triedParam = params.get("tried");
  const fixedParam = params.get("fixed");
  if (triedParam === null && fixedParam === null && !params.has("note")) return null;
  const byCode = new Map(steps.map((step) => [stepCode(step.id), step]));
  const tried = new Set<string>();
  for (const value of (triedParam ?? "").split(",")) {
    const step = stepFor(value, byCode);
    if (step) tried.add(step.id);
  }
  let fixedBy: string | null = null;
  if (fixedParam === guidanceToken) fixedBy = fixedByGuidance;
  else if (fixedParam !== null) fixedBy = stepFor(fixedParam, byCode)?.id ?? null;
  if (fixedBy !== null && fixedBy !== fixedByGuidance) tried.add(fixedBy);
  const notes: Record<string, string> = {};
  for (const value of params.getAll("note")) {
    const split = value.indexOf(":");
    const step = split < 0 ? undefined : stepFor(value.slice(0, split), byCode);
    const text = value.slice(split + 1).trim().slice(0, sharedNoteLength);
    if (step && text) notes[step.id] = text;
  }
  const ordered = steps.filter((step) => tried.has(step.id)).map((step) => step.id);
  if (ordered.length === 0 && fixedBy === null && Object.keys(notes).length === 0) return null;
  return { tried: ordered, fixedBy, notes };
}

/** Shared progress as the list shows it (read-only: it is never saved unless adopted). */
export function sharedAsProgress(shared: SharedProgress, stepIds: readonly string[]): EntryProgress {
  return { ...emptyEntryProgress(stepIds), checked: stepIds.filter((id) => shared.tried.includes(id)), fixedBy: shared.fixedBy, notes: shared.notes };
}

/** The page URL without the share parameters (kept: everything else, and the hash). */
export function withoutShare(url: URL): string {
  const clean = new URL(url.toString());
  clean.searchParams.delete("tried");
  clean.searchParams.delete("fixed");
  clean.searchParams.delete("note");
  return clean.pathname + clean.search + clean.hash;
}
