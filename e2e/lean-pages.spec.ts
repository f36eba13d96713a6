import { expect, type Page, test } from "@playwright/test";

// Published pages run their islands with their own small modules (scripts/islands/build.ts),
// without the framework's runtime or its inline page data; a page without an island runs no script.

/** The paths of the scripts the page requests while it loads. */
function scriptRequests(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

async function expectNoFramework(page: Page, scripts: string[]): Promise<void> {
  expect(scripts.filter((script) => !script.startsWith("/_islands/"))).toEqual([]);
  expect(await page.evaluate(() => "__next_f" in self)).toBe(false);
}

test("an error page loads the checklist's module and no framework script or page data", async ({ page }) => {
  const scripts = scriptRequests(page);
  await page.goto("/en-US/errors/BackUpOperationFailed/");
  await expect(page.locator("[data-checklist]")).toHaveAttribute("data-loaded", "true");
  await expect(page.locator('[data-island="checklist"]')).toHaveAttribute("data-island-hydrated", "true");
  expect(scripts).toContainEqual(expect.stringMatching(/^\/_islands\/checklist\.[0-9A-Z]+\.js$/));
  await expectNoFramework(page, scripts);
  await page.getByRole("checkbox").first().check();
  await expect(page.getByTestId("progress")).toHaveText("1 of 6 checked");
});

test("the index page runs its search box as an island, and fetches the engine only when used", async ({ page }) => {
  const scripts = scriptRequests(page);
  await page.goto("/en-US/");
  await expect(page.locator('[data-island="search"]')).toHaveAttribute("data-island-hydrated", "true");
  await expectNoFramework(page, scripts);
  expect(scripts.filter((script) => !/^\/_islands\/(search|chunk)\./.test(script))).toEqual([]);
  const before = scripts.length;
  await page.getByRole("combobox").fill("UserErrorGuestAgent");
  await expect(page.getByRole("option").first()).toBeVisible();
  expect(scripts.length).toBeGreaterThan(before);
  await expectNoFramework(page, scripts);
});

test("an article page runs only its copy buttons' module, without a framework", async ({ page }) => {
  const scripts = scriptRequests(page);
  await page.goto("/pt-PT/articles/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout/");
  await expect(page.locator('[data-island="copy"]')).toHaveAttribute("data-island-hydrated", "true");
  expect(scripts).toEqual([expect.stringMatching(/^\/_islands\/copy\.[0-9A-Z]+\.js$/)]);
  await expectNoFramework(page, scripts);
});

test("the 404 page suggests close codes with its island", async ({ page }) => {
  const scripts = scriptRequests(page);
  const response = await page.goto("/en-US/errors/UserErrorGuestAgentStatusUnavailabl/");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found-suggestions").getByRole("link").first()).toBeVisible();
  await expectNoFramework(page, scripts);
});
