/**
 * Where a code may wrap: between its words, so that on a phone
 * `UserErrorRpCollectionLimitReached` wraps as `UserError­RpCollection…` and not mid-word.
 * Pages mark these places with `<wbr>` (components/CodeText.tsx for codes the page prints,
 * rehype-article for codes inside article text).
 */

/** A camelCase step (`rR`, `2R`, the end of an acronym: `VMSnapshot`), or after a separator (`_ / . - \`). */
const wordBoundary = /(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=[_/.\-\\:=])(?=[\p{L}\p{N}])/u;

/** The pieces of a code between which it may wrap: `UserError_RPLimit` → `User`, `Error_`, `RP`, `Limit`. */
export function codePieces(code: string): string[] {
  return code.split(new RegExp(wordBoundary, "gu")).filter(Boolean);
}

/** A word in running text long enough to push a phone page wider, if it cannot wrap. */
const longWord = /[^\s]{12,}/gu;

/**
 * Text split where a long word (a code, a path, a URL) may wrap: the pieces to print with
 * a break opportunity between each; one piece when the text has no such word.
 */
export function wrappableText(text: string): string[] {
  const pieces: string[] = [];
  let rest = 0;
  for (const match of text.matchAll(longWord)) {
    const parts = codePieces(match[0]);
    if (parts.length < 2) continue;
    const head = text.slice(rest, match.index) + (parts[0] ?? "");
    if (pieces.length === 0) pieces.push(head);
    else pieces[pieces.length - 1] += head;
    pieces.push(...parts.slice(1));
    rest = match.index + match[0].length;
  }
  if (pieces.length === 0) return [text];
  pieces[pieces.length - 1] += text.slice(rest);
  return pieces;
}
