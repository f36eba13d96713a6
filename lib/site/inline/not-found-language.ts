/**
 * The 404 page carries its message in each interface language (`data-not-found="<locale>"`)
 * and shows the one of the URL's locale, else of the browser; without script it shows the
 * source language.
 */
export default function showNotFoundLanguage(): void {
  const sections = [...document.querySelectorAll<HTMLElement>("[data-not-found]")];
  const localeOf = (section: HTMLElement) => section.getAttribute("data-not-found") ?? "";
  const wanted = [(location.pathname.split("/")[1] ?? "").toLowerCase(), ...(navigator.languages ?? [])];
  let shown: HTMLElement | undefined;
  for (const language of wanted) {
    const tag = String(language).toLowerCase();
    shown = sections.find((section) => {
      const locale = localeOf(section).toLowerCase();
      return locale === tag || (tag.length === 2 && locale.split("-")[0] === tag);
    });
    if (shown) break;
  }
  if (!shown) return;
  for (const section of sections) section.hidden = section !== shown;
  document.documentElement.lang = localeOf(shown);
}
