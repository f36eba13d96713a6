/** Helpers several layout detectors share: text lines with positions, heading parts, code slots. */
import type { Heading, Paragraph, RootContent } from "mdast";
import { codeMentions, isCleanCode, withoutMentions } from "../codes";
import { lineStart, plainText, splitLines } from "../markdown";
import type { Point } from "./types";

/** Where the heading's text starts, after any anchor. */
export function headingPoint(heading: Heading): Point {
  const text = heading.children.find((child) => child.type !== "html");
  return text?.position?.start ?? heading.position?.start ?? { line: 1, column: 1 };
}

export function headingTitle(heading: Heading): string {
  return plainText(heading.children.filter((child) => child.type !== "html"));
}

/**
 * "Code - message", "Code: message", "Code – message" → the two halves; a heading without a
 * separator is all code part. Found by one scan for the separator characters (linear).
 */
export function headingParts(title: string): { codePart: string; messagePart: string | null } {
  for (const match of title.matchAll(/[-–—:]/g)) {
    const at = match.index ?? 0;
    const before = title[at - 1] ?? "";
    const after = title[at + 1] ?? "";
    const separates = match[0] === ":" ? /\s/.test(after) : /\s/.test(before) && /\s/.test(after);
    if (!separates || at === 0) continue;
    const codePart = title.slice(0, at).trimEnd();
    const messagePart = title.slice(at + 1).trimStart();
    if (codePart && messagePart) return { codePart, messagePart };
  }
  return { codePart: title, messagePart: null };
}

/** A slot that is not a clean code may still hold one after a label ("Vault Credentials Error: 100110"). */
export function expandSlot(slot: string): string[] {
  if (isCleanCode(slot)) return [slot];
  const mentioned = codeMentions(slot);
  return mentioned.length ? mentioned : [slot];
}

export function paragraphsIn(nodes: RootContent[]): Paragraph[] {
  return nodes.filter((node): node is Paragraph => node.type === "paragraph");
}

export interface TextLine {
  text: string;
  at: Point;
  /** Where a piece of the line's text starts in the file. */
  locate: (piece: string) => Point;
}

export function linesOf(paragraph: Paragraph): TextLine[] {
  const fallback = paragraph.position?.start ?? { line: 1, column: 1 };
  return splitLines(paragraph.children).map((line) => {
    const at = lineStart(line) ?? fallback;
    const locate = (piece: string): Point => {
      for (const node of line.nodes) {
        const index = node.type === "text" ? node.value.indexOf(piece) : -1;
        if (node.type === "text" && node.position && index >= 0 && !node.value.slice(0, index).includes("\n")) {
          return { line: node.position.start.line, column: node.position.start.column + index };
        }
      }
      return at;
    };
    return { text: plainText(line.nodes), at, locate };
  });
}

/** A message that is only a code and its label ("ID de erro: 2013") says nothing: the heading says more. */
export function meaningful(message: string | null, fallback: string): string {
  return message && /\p{L}{3,}/u.test(withoutMentions(message)) ? message : fallback;
}
