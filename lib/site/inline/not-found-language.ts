/**
 * The 404 page carries its header and message in each interface language
 * (`data-not-found="<locale>"`) and shows those of the URL's locale, else of the browser;
 * without script it shows the source language. When the URL names a locale, the language
 * switch leads to the same path in each other locale (whose 404 speaks that language).
 */
export default function showNotFoundLanguage(): void {
  const sections = [...document.querySelectorAll<HTMLElement>("[data-not-found]")];
  const localeOf = (section: HTMLElement) => section.getAttribute("data-not-found") ?? "";
  const parts = location.pathname.split("/");
  const named = (parts[1] ?? "").toLowerCase();
  const links = [...document.querySelectorAll<HTMLAnchorElement>("a[data-locale-link]")];
  const linkLocale = (link: HTMLAnchorElement) => link.getAttribute("data-locale-link") ?? "";
  if (links.some((link) => linkLocale(link).toLowerCase() === named)) {
    const rest = parts.slice(2).join("/");
    for (const link of links) link.setAttribute("href", `/${linkLocale(link)}/${rest}`);
  }
  const wanted = [named, ...(navigator.languages ?? [])];
  let shown: string | undefined;
  for (const language of wanted) {
    const tag = String(language).toLowerCase();
    shown = sections.map(localeOf).find((locale) => locale.toLowerCase() === tag || (tag.length === 2 && locale.toLowerCase().split("-")[0] === tag));
    if (shown) break;
  }
  if (!shown) return;
  for (const section of sections) section.hidden = localeOf(section) !== shown;
  document.documentElement.lang = shown;
}
