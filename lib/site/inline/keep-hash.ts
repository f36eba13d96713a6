/**
 * Links marked `data-keep-hash` (the language switch, "read the original") lead to the
 * same page in another locale; they carry the current `#step` along, so the reader lands
 * where they were. Step ids are the same in every language. The hrefs are brought up to
 * date before any use of a link (pointer, keyboard focus, click) and on hash changes.
 */
export default function keepHash(): void {
  const sync = () => {
    for (const link of document.querySelectorAll("a[data-keep-hash]")) link.setAttribute("href", (link.getAttribute("href") ?? "").split("#")[0] + location.hash);
  };
  sync();
  addEventListener("hashchange", sync);
  for (const event of ["pointerdown", "focusin", "click"]) document.addEventListener(event, sync, true);
}
