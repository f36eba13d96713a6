/**
 * The canonical spelling of a code the article prints. Machine translation mangles
 * visible codes ("ExtensãoFailedVssWriterInBadState", "Estado VmNotInDesirable",
 * "UserErrorGuestAgentStatusIn"), but the heading anchor was made from the English
 * heading and keeps the code intact, usually in lower case. A printed code is matched
 * against the anchor's words; the case of the printed code is carried over to the match.
 */
import { englishTokens, isCleanCode, looksLikeCode } from "./codes";

export interface CodeEvidence {
  /** The code as the code line (or the heading, or a sentence) prints it. */
  visible: string;
  /** The same code in the heading text, when the heading names the codes in the same order. */
  heading: string | null;
  /** The words of the heading's anchors ("usererrorfoo---message" → usererrorfoo, message). */
  anchorWords: string[];
}

export type CodeSource = "text" | "heading" | "anchor";

export interface ResolvedCode {
  code: string;
  source: CodeSource;
  /** The text the code was read from, as the article writes it. */
  evidence: string;
}

interface Spelling {
  text: string;
  source: Exclude<CodeSource, "anchor">;
}

/** Lower case, accents and punctuation removed: how anchors spell words. */
export function foldCode(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** No code is longer: longer spellings and anchor words are not compared (comparing is quadratic). */
const maxComparedLength = 200;

function lcsLength(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const charA of a) {
    const current = [0];
    for (let j = 1; j <= b.length; j++) {
      current[j] = charA === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How alike two codes are, from 0 to 1 (common letters in order, accents and case aside); 0 for texts longer than any code. */
export function codeSimilarity(a: string, b: string): number {
  const x = foldCode(a);
  const y = foldCode(b);
  if (x.length === 0 || y.length === 0 || x.length > maxComparedLength || y.length > maxComparedLength) return 0;
  return (2 * lcsLength(x, y)) / (x.length + y.length);
}

interface Match {
  /** 0: same word; 1: one is the other cut short; 2: similar. */
  rank: number;
  /** How much of the two the match covers; larger is better. */
  strength: number;
  spelling: Spelling;
  word: string;
  /** The spelling is the longer form and is itself a clean code: keep it. */
  keepSpelling: boolean;
}

function compare(spelling: Spelling, word: string): Match | null {
  const s = foldCode(spelling.text);
  const w = foldCode(word);
  const clean = isCleanCode(spelling.text);
  if (s.length < 3 || w.length < 3 || s.length > maxComparedLength || w.length > maxComparedLength) return null;
  if (s === w) return { rank: 0, strength: w.length, spelling, word, keepSpelling: clean };
  // An anchor that glued a label to the code ("error-codeinvaliddocumenterrorcode") confirms a clean printed code.
  if (clean && s.length >= 8 && w.endsWith(s) && !w.startsWith(s)) return { rank: 1, strength: s.length, spelling, word, keepSpelling: true };
  const [shorter, longer] = s.length < w.length ? [s, w] : [w, s];
  if (longer.startsWith(shorter) && shorter.length >= 8 && shorter.length * 2 >= longer.length) {
    // A stale anchor names an older, shorter code; a truncated printed code is the damaged one.
    const keepSpelling = s.length > w.length && clean;
    return { rank: 1, strength: shorter.length, spelling, word, keepSpelling };
  }
  const similarity = (2 * lcsLength(s, w)) / (s.length + w.length);
  if (similarity >= 0.75 && w.length >= 8 && s.length >= 6) {
    return { rank: 2, strength: similarity, spelling, word, keepSpelling: false };
  }
  return null;
}

function better(a: Match | null, b: Match): Match {
  if (!a) return b;
  if (b.rank !== a.rank) return b.rank < a.rank ? b : a;
  return b.strength > a.strength ? b : a;
}

interface CasedChar {
  char: string;
  upper: boolean;
}

function casedChars(text: string): CasedChar[] {
  return [...text.normalize("NFD").replace(/\p{M}/gu, "")]
    .filter((char) => /[A-Za-z0-9]/.test(char))
    .map((char) => ({ char: char.toLowerCase(), upper: char !== char.toLowerCase() }));
}

/** Above this many table cells the alignment is greedy: a code and its anchor word are far shorter. */
const maxAlignmentCells = 1 << 16;
/** How far the greedy alignment looks ahead for the two texts to agree again. */
const resyncWindow = 8;

/** Edit-distance alignment (one flat table): which target letters line up with an upper-case source letter. */
function alignByEditDistance(source: CasedChar[], target: string[]): boolean[] {
  const cols = target.length + 1;
  const cost = new Uint32Array((source.length + 1) * cols);
  for (let j = 0; j < cols; j++) cost[j] = j;
  for (let i = 1; i <= source.length; i++) {
    cost[i * cols] = i;
    for (let j = 1; j < cols; j++) {
      const same = source[i - 1]?.char === target[j - 1] ? 0 : 1;
      cost[i * cols + j] = Math.min((cost[(i - 1) * cols + j - 1] ?? 0) + same, (cost[(i - 1) * cols + j] ?? 0) + 1, (cost[i * cols + j - 1] ?? 0) + 1);
    }
  }
  const upper = new Array<boolean>(target.length).fill(false);
  let i = source.length;
  let j = target.length;
  while (i > 0 && j > 0) {
    const here = cost[i * cols + j] ?? 0;
    const same = source[i - 1]?.char === target[j - 1] ? 0 : 1;
    if (here === (cost[(i - 1) * cols + j - 1] ?? 0) + same) {
      upper[j - 1] = source[i - 1]?.upper ?? false;
      i--;
      j--;
    } else if (here === (cost[(i - 1) * cols + j] ?? 0) + 1) {
      i--;
    } else {
      j--;
    }
  }
  return upper;
}

/**
 * Linear alignment for long texts: walk both, and where they differ skip the fewest
 * letters (within a small window) after which two letters agree again.
 */
function alignGreedily(source: CasedChar[], target: string[]): boolean[] {
  const upper = new Array<boolean>(target.length).fill(false);
  const agrees = (i: number, j: number) =>
    source[i]?.char === target[j] && (i + 1 >= source.length || j + 1 >= target.length || source[i + 1]?.char === target[j + 1]);
  let i = 0;
  let j = 0;
  while (i < source.length && j < target.length) {
    if (source[i]?.char === target[j]) {
      upper[j] = source[i]?.upper ?? false;
      i++;
      j++;
      continue;
    }
    let skip: [number, number] = [1, 1];
    search: for (let distance = 1; distance <= resyncWindow; distance++) {
      for (let a = 0; a <= distance; a++) {
        if (agrees(i + a, j + distance - a)) {
          skip = [a, distance - a];
          break search;
        }
      }
    }
    i += skip[0];
    j += skip[1];
  }
  return upper;
}

/**
 * Spells an all-lower-case anchor word with the capitals of a printed code, aligning the
 * two by edit distance: "usererrorunsupporteddisksize" + "UserErrorUnsuportadDiskSize"
 * gives "UserErrorUnsupportedDiskSize". Letters the printed code lacks stay lower case.
 * Work is bounded: texts too long to be codes are aligned greedily, in linear time.
 */
export function transferCase(word: string, model: string): string {
  const target = [...word.toLowerCase()];
  const source = casedChars(model);
  const small = (source.length + 1) * (target.length + 1) <= maxAlignmentCells;
  const upper = small ? alignByEditDistance(source, target) : alignGreedily(source, target);
  return target.map((char, index) => (upper[index] ? char.toUpperCase() : char)).join("");
}

function spellWord(match: Match, spellings: Spelling[]): string {
  const { word } = match;
  if (word !== word.toLowerCase()) return word;
  const exact = spellings.find((spelling) => isCleanCode(spelling.text) && foldCode(spelling.text) === foldCode(word));
  return transferCase(word, exact?.text ?? match.spelling.text);
}

function spellingsOf(evidence: CodeEvidence): Spelling[] {
  const spellings: Spelling[] = [{ text: evidence.visible, source: "text" }];
  if (evidence.heading !== null) spellings.push({ text: evidence.heading, source: "heading" });
  if (!isCleanCode(evidence.visible)) {
    for (const token of englishTokens(evidence.visible)) spellings.push({ text: token, source: "text" });
  }
  return spellings;
}

/** Without help from the anchor: the printed code if it is clean, else the heading's, else an English token. */
function unconfirmed(evidence: CodeEvidence): ResolvedCode | null {
  if (isCleanCode(evidence.visible)) return { code: evidence.visible, source: "text", evidence: evidence.visible };
  if (evidence.heading !== null && isCleanCode(evidence.heading) && looksLikeCode(evidence.heading)) {
    return { code: evidence.heading, source: "heading", evidence: evidence.heading };
  }
  const token = englishTokens(evidence.visible).sort((a, b) => b.length - a.length)[0];
  return token === undefined ? null : { code: token, source: "text", evidence: evidence.visible };
}

export function resolveCode(evidence: CodeEvidence): ResolvedCode | null {
  const spellings = spellingsOf(evidence);
  let best: Match | null = null;
  for (const spelling of spellings) {
    for (const word of evidence.anchorWords) {
      const match = compare(spelling, word);
      if (match) best = better(best, match);
    }
  }
  if (!best) return unconfirmed(evidence);
  const { spelling, word } = best;
  if (best.keepSpelling) return { code: spelling.text, source: spelling.source, evidence: spelling.text };
  return { code: spellWord(best, spellings), source: "anchor", evidence: word };
}
