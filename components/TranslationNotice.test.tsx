import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import { dictionaryFor } from "@/lib/i18n";
import { TranslationNotice } from "./TranslationNotice";

function notice(locale: string, status: Parameters<typeof TranslationNotice>[0]["status"], shownLocale: string): string {
  const html = renderToStaticMarkup(
    <TranslationNotice locale={locale} t={dictionaryFor(locale)} status={status} shownLocale={shownLocale} sourceLocale="pt-PT" sourceHref="/pt-PT/articles/guide/" />,
  );
  return html.replace(/<svg.*?<\/svg>/, "").replace(/<[^>]+>/g, "");
}

describe("the translation notice", () => {
  it("names the nearest translation shown, and links to the original", () => {
    assert.equal(notice("es-ES", "untranslated", "en-US"), "Este artículo aún no está disponible en español; se muestra la traducción al inglés. Leer el original en portugués (Portugal)");
    assert.equal(notice("de-DE", "untranslated", "en-US"), "Dieser Artikel ist noch nicht auf Deutsch verfügbar; angezeigt wird die Übersetzung auf Englisch. Original auf Portugiesisch (Portugal) lesen");
  });

  it("names locales of one language by their region", () => {
    assert.equal(notice("es-MX", "untranslated", "es-ES"), "Este artículo aún no está disponible en español (México); se muestra la traducción al español (España). Leer el original en portugués (Portugal)");
  });

  it("says when the source is shown, without a link to the page itself", () => {
    assert.equal(notice("es-ES", "untranslated", "pt-PT"), "Este artículo aún no está disponible en español; se muestra el original en portugués (Portugal).");
  });

  it("says nothing on an original or a current translation", () => {
    assert.equal(notice("pt-PT", "original", "pt-PT"), "");
    assert.equal(notice("en-US", "translated", "en-US"), "");
  });
});
