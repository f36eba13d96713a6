import { expect, test } from "@playwright/test";
import { seedCodes, seedSlug } from "./seed";

test("the index lists the 11 codes, each linking to its page", async ({ page }) => {
  await page.goto("/pt-PT/");
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-PT");
  const links = page.locator("[data-testid=code-list] a[data-code]");
  await expect(links).toHaveCount(seedCodes.length);
  for (const { code } of seedCodes) {
    await expect(page.locator(`a[data-code="${code}"]`)).toHaveAttribute("href", `/pt-PT/errors/${code}/`);
  }
});

for (const { code, message, steps } of seedCodes) {
  test(`/pt-PT/errors/${code} answers 200 with its code, message and ${steps} steps`, async ({ page }) => {
    const response = await page.goto(`/pt-PT/errors/${code}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("error-code")).toHaveText(code);
    await expect(page.getByTestId("error-message")).toHaveText(message);
    await expect(page.locator("[data-step-id]")).toHaveCount(steps);
  });
}

test("an alias shows the same entry as its first code", async ({ page }) => {
  await page.goto("/pt-PT/errors/BackUpOperationFailedV2");
  await expect(page.getByTestId("error-code")).toHaveText("BackUpOperationFailedV2");
  await expect(page.getByText("Também aparece como")).toBeVisible();
  await expect(page.locator("[data-step-id]")).toHaveCount(6);
});

test("the article keeps the original anchors and links each error to its page", async ({ page }) => {
  await page.goto(`/pt-PT/articles/${seedSlug}/#the-vm-has-no-internet-access`);
  for (const anchor of [
    "UserErrorGuestAgentStatusUnavailable-vm-agent-unable-to-communicate-with-azure-backup",
    "the-vm-has-no-internet-access",
    "clean-up-restore-point-collection-from-azure-portal",
  ]) {
    await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
  }
  await expect(page.locator("#the-vm-has-no-internet-access")).toBeInViewport();
  const guideLink = page.locator('[id="UserErrorGuestAgentStatusUnavailable-vm-agent-unable-to-communicate-with-azure-backup"] a');
  await expect(guideLink).toHaveAttribute("href", "/pt-PT/errors/UserErrorGuestAgentStatusUnavailable/");
  const ids = await page.locator("[id]").evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(new Set(ids).size, "ids are unique").toBe(ids.length);
});

test("raw HTML is not executed and missing images do not break the page", async ({ page }) => {
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(response.url());
  });
  await page.goto(`/pt-PT/articles/${seedSlug}/`);
  await expect(page.locator(".missing-image").first()).toBeVisible();
  expect(failed).toEqual([]);
});

test("an unknown code gets the 404 page with a link to the index", async ({ page }) => {
  const response = await page.goto("/pt-PT/errors/NoSuchCode");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Página não encontrada" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ver todos os códigos de erro" })).toHaveAttribute("href", "/pt-PT/");
});

test("the 404 page speaks the language of the URL", async ({ page }) => {
  await page.goto("/en-US/errors/NoSuchCode");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
});

test("/ leads to the pt-PT index", async ({ browser }) => {
  const context = await browser.newContext({ locale: "pt-PT" });
  const page = await context.newPage();
  await page.goto("/");
  await page.waitForURL("**/pt-PT/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Códigos de erro");
  await context.close();
});

test("error pages load without console errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/pt-PT/errors/UserErrorGuestAgentStatusUnavailable");
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
});
