import { expect, type Page, test } from "@playwright/test";

const code = "UserErrorGuestAgentStatusUnavailable";
const step = "the-vm-has-no-internet-access";

async function switchLanguage(page: Page, locale: string): Promise<void> {
  await page.locator("[data-language-switch] summary").click();
  await page.locator(`[data-locale-link="${locale}"]`).click();
}

test("the en-US page of an error is in English, with lang en-US and no notice", async ({ page }) => {
  await page.goto(`/en-US/errors/${code}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
  await expect(page.getByTestId("error-code")).toHaveText(code);
  await expect(page.getByTestId("error-message")).toHaveText("VM Agent unable to communicate with Azure Backup");
  await expect(page.getByRole("heading", { name: "Possible causes, in order" })).toBeVisible();
  await expect(page.locator("[data-step-id]")).toHaveCount(5);
  await expect(page.locator("[data-translation-notice]")).toHaveCount(0);
});

test("an error page lists its language versions and canonical URL as absolute URLs", async ({ page }) => {
  await page.goto(`/en-US/errors/${code}`);
  const href = (selector: string) => page.locator(selector).getAttribute("href");
  const absolute = (locale: string) => new RegExp(`^https?://[^/]+/${locale}/errors/${code}/$`);
  expect(await href('link[rel="canonical"]')).toMatch(absolute("en-US"));
  expect(await href('link[rel="alternate"][hreflang="pt-PT"]')).toMatch(absolute("pt-PT"));
  expect(await href('link[rel="alternate"][hreflang="en-US"]')).toMatch(absolute("en-US"));
  expect(await href('link[rel="alternate"][hreflang="x-default"]')).toMatch(absolute("pt-PT"));
});

test("switching language keeps the error and the step in the hash", async ({ page }) => {
  await page.goto(`/en-US/errors/${code}/#${step}`);
  await switchLanguage(page, "pt-PT");
  await expect(page).toHaveURL(`/pt-PT/errors/${code}/#${step}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-PT");
  await expect(page.getByTestId("error-code")).toHaveText(code);
  await expect(page.locator(`[id="${step}"]`)).toBeInViewport();
});

test("switching language keeps a step reached after the page loaded", async ({ page }) => {
  await page.goto(`/pt-PT/errors/${code}/`);
  // Once the page is interactive: the framework settles the URL while it hydrates.
  await expect(page.locator("[data-checklist]")).toHaveAttribute("data-loaded", "true");
  await page.evaluate((id) => {
    location.hash = id;
  }, step);
  await switchLanguage(page, "en-US");
  await expect(page).toHaveURL(`/en-US/errors/${code}/#${step}`);
  await expect(page.getByTestId("error-message")).toHaveText("VM Agent unable to communicate with Azure Backup");
});

test("switching language mid-checklist keeps the progress", async ({ page }) => {
  const firstStep = "the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms";
  await page.goto(`/en-US/errors/${code}/#${step}`);
  await expect(page.locator("[data-checklist]")).toHaveAttribute("data-loaded", "true");
  await page.locator(`li[data-step-id="${firstStep}"]`).getByRole("checkbox").check();
  await switchLanguage(page, "pt-PT");
  await expect(page).toHaveURL(`/pt-PT/errors/${code}/#${step}`);
  await expect(page.locator("[data-checklist]")).toHaveAttribute("data-loaded", "true");
  await expect(page.locator(`li[data-step-id="${firstStep}"]`).getByRole("checkbox")).toBeChecked();
  await expect(page.getByTestId("progress")).toHaveText("1 de 5 verificados");
});

test("a locale without a translation shows the nearest one (English) in its interface, with a notice, a link to the original and lang on the content", async ({ page }) => {
  await page.goto(`/es-ES/errors/${code}/`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es-ES");
  const notice = page.locator("[data-translation-notice]");
  await expect(notice).toContainText("Este artículo aún no está disponible en español; se muestra la traducción al inglés.");
  await expect(notice.getByRole("link", { name: "Leer el original en portugués (Portugal)" })).toHaveAttribute("href", `/pt-PT/errors/${code}/`);
  await expect(page.getByRole("heading", { name: "Causas posibles, por orden" })).toBeVisible();
  await expect(page.getByTestId("error-message")).toHaveAttribute("lang", "en-US");
  await expect(page.getByTestId("error-message")).toHaveText("VM Agent unable to communicate with Azure Backup");
  // The page names the original as canonical and lists only real language versions.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/pt-PT/errors/${code}/$`));
  await expect(page.locator('link[rel="alternate"][hreflang="es-ES"]')).toHaveCount(0);
});

test("the index and the article page say which translation they show instead", async ({ page }) => {
  await page.goto("/de-DE/");
  await expect(page.locator("[data-translation-notice]").first()).toContainText("noch nicht auf Deutsch verfügbar; angezeigt wird die Übersetzung auf Englisch");
  await page.goto("/en-US/");
  await expect(page.locator("[data-translation-notice]")).toHaveCount(0);
  await page.goto("/es-ES/articles/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout/");
  await expect(page.locator("[data-translation-notice]")).toContainText("Este artículo aún no está disponible en español");
  await expect(page.locator('main h1[lang="en-US"]')).toHaveCount(1);
});

for (const [browserLocale, expected] of [
  ["en-US", "en-US"],
  ["en-GB", "en-US"],
  ["pt-BR", "pt-PT"],
  ["ja-JP", "pt-PT"],
] as const) {
  test(`a locale-less error link opens the ${expected} page for a browser in ${browserLocale}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto(`/errors/${code}/?from=mail#${step}`);
    await page.waitForURL(`**/${expected}/errors/${code}/?from=mail#${step}`);
    await expect(page.getByTestId("error-code")).toHaveText(code);
    await context.close();
  });
}

test("a locale-less link opens the English index for an English browser", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/");
  await page.waitForURL("**/en-US/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Error codes");
  await context.close();
});

for (const [typed, canonical] of [
  ["/pt-pt/", "/pt-PT/"],
  ["/EN-us/errors/BackUpOperationFailed/?ref=1#step-2", "/en-US/errors/BackUpOperationFailed/?ref=1#step-2"],
  [`/pt-PT/errors/${code.toLowerCase()}`, `/pt-PT/errors/${code}/`],
  [`/errors/${code.toUpperCase()}`, `/pt-PT/errors/${code}/`],
] as const) {
  test(`${typed} reaches ${canonical}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: "pt-PT" });
    const page = await context.newPage();
    await page.goto(typed);
    await expect(page).toHaveURL(canonical);
    await expect(page.locator("main h1").first()).toBeVisible();
    await context.close();
  });
}
