/**
 * What an article may be before the parser spends time on it. Articles come from anyone's docs,
 * so every check here is linear in the file and runs before the step it protects: the file's
 * kind and size before it is read, line lengths and nesting before markdown is parsed (the
 * parser and every recursive step after it overflow the stack on a few kilobytes nested a
 * thousand deep), the tree's depth before anything walks it. An article that trips a limit is
 * left out with an error naming the line; the others still build.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import type { Nodes, Root } from "mdast";
import type { DiagnosticSink } from "./diagnostics";

export const contentLimits = {
  /** Larger files are not troubleshooting articles; parsing them would stall the build. */
  maxArticleBytes: 2 * 1024 * 1024,
  /** Four times the longest line of every reference corpus (2,564 characters, a table row). */
  maxLineLength: 10_000,
  /** Headings are searched for codes word by word; real ones stay under 300 characters. */
  maxHeadingLength: 1_000,
  /** A code, an anchor or a URL: any run of characters without a space. */
  maxWordLength: 2_000,
  /** Block quotes and list markers opening one line (real articles: 4). */
  maxLineNesting: 32,
  /** Levels of the syntax tree (a list level is two: list and item). */
  maxTreeDepth: 100,
};

/**
 * A file name that is a URL segment as it is: letters and digits of any script, `-`, `_`, `.`.
 * Quotes, spaces, `%`, `#` or `?` would need escaping that some hosts and tools undo
 * differently, so such an article is left out with a request to rename it.
 */
const usableSlug = /^[\p{L}\p{M}\p{N}_-][\p{L}\p{M}\p{N}._-]*$/u;

export function slugProblem(slug: string): string | null {
  if (usableSlug.test(slug)) return null;
  return `the file name "${slug}.md" cannot be a page address; the article is left out`;
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

export type ReadResult = { bytes: Uint8Array } | { problem: string };

/**
 * Reads an article file, refusing before any byte is read what is not a regular file (a FIFO
 * would block, /dev/zero never ends) or is over the size limit. The file is opened without
 * blocking and checked through its descriptor, so it cannot be swapped in between.
 */
export function readArticleFile(file: string): ReadResult {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { problem: `the file is ${kindOf(stats)}, not an article` };
    if (stats.size > contentLimits.maxArticleBytes) {
      return { problem: `the file is ${mb(stats.size)}; articles are limited to ${contentLimits.maxArticleBytes / 1048576} MB` };
    }
    // One byte more than the limit tells a file that grew since fstat from one that did not.
    const buffer = Buffer.alloc(Math.min(stats.size, contentLimits.maxArticleBytes) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) {
      read = readSync(descriptor, buffer, length, buffer.length - length, null);
    }
    if (length > contentLimits.maxArticleBytes) return { problem: `the file grew past ${contentLimits.maxArticleBytes / 1048576} MB while it was read` };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unknown error";
    return { problem: `the file cannot be read (${reason})` };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

const fence = /^ {0,3}(`{3,}|~{3,})/;
const heading = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const containerMarker = /[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;

/** Block quotes and list items a line opens, counted marker by marker (linear). */
function lineNesting(line: string): number {
  let depth = 0;
  containerMarker.lastIndex = 0;
  while (containerMarker.exec(line) !== null) depth += 1;
  return depth;
}

/** Where the first run of non-space characters longer than the limit starts, if any. */
function longWord(line: string): { column: number; length: number } | null {
  let start = 0;
  for (let index = 0; index <= line.length; index++) {
    const code = index < line.length ? line.charCodeAt(index) : 32;
    if (code === 32 || code === 9) {
      if (index - start > contentLimits.maxWordLength) return { column: start + 1, length: index - start };
      start = index + 1;
    }
  }
  return null;
}

const count = (n: number) => n.toLocaleString("en-US");

/**
 * Checks the decoded text line by line before it is parsed; reports the first limit it trips
 * and returns false then.
 */
export function checkSourceLimits(text: string, sink: DiagnosticSink): boolean {
  const fail = (message: string, line: number, column: number, hint: string): false => {
    sink.error(`${message}; the article is left out`, { line, column }, hint);
    return false;
  };
  let inFence: string | null = null;
  let lineNumber = 0;
  for (let start = 0; start <= text.length; lineNumber++) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? text.length : end);
    start = end < 0 ? text.length + 1 : end + 1;
    const at = lineNumber + 1;
    if (line.length > contentLimits.maxLineLength) {
      return fail(`line ${at} is ${count(line.length)} characters long; lines are limited to ${count(contentLimits.maxLineLength)}`, at, 1, "break the line (or split the table row)");
    }
    const fenceMatch = fence.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] ?? "";
      if (inFence === null) inFence = marker;
      else if (marker[0] === inFence[0] && marker.length >= inFence.length) inFence = null;
      continue;
    }
    if (inFence !== null) continue;
    if (heading.test(line) && line.length > contentLimits.maxHeadingLength) {
      return fail(`the heading on line ${at} is ${count(line.length)} characters long; headings are limited to ${count(contentLimits.maxHeadingLength)}`, at, 1, "shorten the heading");
    }
    const word = longWord(line);
    if (word) {
      return fail(`line ${at} holds a word of ${count(word.length)} characters; codes, anchors and links are limited to ${count(contentLimits.maxWordLength)}`, at, word.column, "check the line for pasted data");
    }
    const nesting = lineNesting(line);
    if (nesting > contentLimits.maxLineNesting) {
      return fail(`line ${at} opens ${count(nesting)} nested block quotes or list items; nesting is limited to ${contentLimits.maxLineNesting}`, at, 1, "flatten the list or quote");
    }
  }
  return true;
}

/** Checks the depth of the syntax tree without recursion, before any recursive step walks it. */
export function checkTreeLimits(tree: Root, sink: DiagnosticSink): boolean {
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, depth } = item;
    if (depth > contentLimits.maxTreeDepth) {
      const point = node.position?.start;
      sink.error(
        `the markdown is nested ${count(depth)} levels deep at line ${point?.line ?? 1}; nesting is limited to ${contentLimits.maxTreeDepth} levels; the article is left out`,
        point ? { line: point.line, column: point.column } : undefined,
        "flatten the nested lists, quotes or emphasis",
      );
      return false;
    }
    if ("children" in node) for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  return true;
}
