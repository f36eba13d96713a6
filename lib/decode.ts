/**
 * `decodeURIComponent`, or the text as it is when it is not valid percent-encoding: a link
 * typed or pasted by hand (`%E0%A4%A`, a lone `%`) is read as written instead of throwing.
 */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
