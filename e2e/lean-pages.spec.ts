import { expect, type Page, test } from "@playwright/test";

// Published pages run their islands with their own small modules (scripts/islands/build.mts),
// without the framework's runtime or its inline page data; a page without an island loads no
// script; every script left is ours, and marked.

/** The paths of the scripts the page requests while it loads. */
function scriptRequests(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

/** Every script and preload left on a lean page is ours, and says so (components/islands/markup.ts). */
async function unmarkedScripts(page: Page): Promise<string[]> {
  return page
    .locator('script, link[rel="preload"], link[rel="modulepreload"]')
    .evaluateAll((elements) =>
      elements.filter((element) => !["data-island-script", "data-island-props", "data-inline-script"].some((mark) => element.hasAttribute(mark))).map((element) => element.outerHTML.slice(0, 120)),
    );
}

async function expectNoFramework(page: Page, scripts: string[]): Promise<void> {
  expect(scripts.filter((script) => !script.startsWith("/_islands/"))).toEqual([]);
  expect(await page.evaluate(() => "__next_f" in self)).toBe(false);
  expect(await unmarkedScripts(page)).toEqual([]);
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

test("an article page runs only its copy buttons' module and our inline script, without a framework", async ({ page }) => {
  const scripts = scriptRequests(page);
  await page.goto("/pt-PT/articles/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout/");
  await expect(page.locator('[data-island="copy"]')).toHaveAttribute("data-island-hydrated", "true");
  expect(scripts).toEqual([expect.stringMatching(/^\/_islands\/copy\.[0-9A-Z]+\.js$/)]);
  expect(await unmarkedScripts(page)).toEqual([]);
  expect(await page.locator("script[data-inline-script]").evaluateAll((elements) => elements.map((element) => element.getAttribute("data-inline-script")))).toEqual(["keep-hash"]);
});

test("a locale-less error link still sends the visitor to a locale with its inline script", async ({ page }) => {
  await page.goto("/errors/BackUpOperationFailed/");
  await expect(page).toHaveURL(/\/(pt-PT|en-US|es-ES|de-DE)\/errors\/BackUpOperationFailed\/$/);
});

test("the 404 page suggests close codes with its island", async ({ page }) => {
  const scripts = scriptRequests(page);
  const response = await page.goto("/en-US/errors/UserErrorGuestAgentStatusUnavailabl/");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found-suggestions").getByRole("link").first()).toBeVisible();
  await expectNoFramework(page, scripts);
});
