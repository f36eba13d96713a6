/**
 * The site under its own security headers, and articles written to break it. The first part
 * runs on any build; the second needs the hardening fixture (e2e/fixtures/hardening, built by
 * scripts/test-hardening.sh into out-hardening/) and skips otherwise.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";

const outDir = path.resolve(process.env.OUT_DIR ?? "out");
const builtWithFixture = existsSync(path.join(outDir, "pt-PT", "errors", "ClobberTestError", "index.html"));

/** Console errors (a script the CSP refused is one) and uncaught exceptions of a page. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`exception: ${error.message}`));
  return problems;
}

async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-island]")].every((island) => island.getAttribute("data-island-hydrated") === "true"),
  );
}

test.describe("the site under its Content-Security-Policy", () => {
  test("every kind of page runs its scripts without a refusal, and the headers are there", async ({ page }) => {
    const problems = watch(page);
    for (const pagePath of ["/pt-PT/", "/pt-PT/errors/UserErrorGuestAgentStatusUnavailable/", "/pt-PT/articles/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout/", "/pt-PT/errors/NoSuchCode/"]) {
      const before = problems.length;
      const response = await page.goto(pagePath);
      const headers = response?.headers() ?? {};
      expect(headers["content-security-policy"], pagePath).toMatch(/script-src 'self' 'sha256-/);
      expect(headers["x-content-type-options"], pagePath).toBe("nosniff");
      await hydrated(page);
      // The 404 page's own status is logged as a failed load; nothing else may be.
      const own = response?.status() === 404 ? /status of 404/ : null;
      expect(problems.slice(before).filter((problem) => !own?.test(problem)), pagePath).toEqual([]);
    }
  });

  test("the locale-less page still sends the visitor on (its inline script is allowed by hash)", async ({ page }) => {
    const problems = watch(page);
    await page.goto("/errors/UserErrorGuestAgentStatusUnavailable/");
    await expect(page).toHaveURL(/\/[a-z]{2}-[A-Z]{2}\/errors\/UserErrorGuestAgentStatusUnavailable\/$/);
    expect(problems).toEqual([]);
  });
});

/** The fixture is built with IMAGE_HOSTS=images.example.com; its image is answered here, not by the network. */
const allowedImages = "https://images.example.com/";
async function allowedImageHost(page: Page): Promise<void> {
  await page.route(`${allowedImages}**`, (route) =>
    route.fulfill({ contentType: "image/svg+xml", body: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>' }),
  );
}

test.describe("articles written to break the page", () => {
  test.skip(!builtWithFixture, `the site in ${outDir} was not built with e2e/fixtures/hardening (bash scripts/test-hardening.sh builds it)`);

  test("HTML named like document functions cannot stop the checklist: it hydrates and saves", async ({ page }) => {
    const problems = watch(page);
    await allowedImageHost(page);
    await page.goto("/pt-PT/errors/ClobberTestError/");
    await expect(page.locator("[data-checklist]")).toHaveAttribute("data-loaded", "true");
    await expect(page.locator('img[name="user-content-querySelector"]')).toHaveCount(1);
    expect(await page.evaluate(() => typeof document.querySelector)).toBe("function");
    expect(await page.evaluate(() => document.body instanceof HTMLBodyElement)).toBe(true);
    const box = page.locator('li[data-step-id="image-named-like-a-function"]').getByRole("checkbox");
    await box.check();
    await page.reload();
    await expect(page.locator("[data-checklist]")).toHaveAttribute("data-loaded", "true");
    await expect(page.locator('li[data-step-id="image-named-like-a-function"]').getByRole("checkbox")).toBeChecked();
    expect(problems).toEqual([]);
  });

  test("the article's anchors still land, and an external image not in IMAGE_HOSTS is a link, not a request", async ({ page }) => {
    const thirdParty: string[] = [];
    await allowedImageHost(page);
    page.on("request", (request) => {
      if (!request.url().startsWith("http://127.0.0.1") && !request.url().startsWith(allowedImages)) thirdParty.push(request.url());
    });
    await page.goto("/pt-PT/articles/artigo-hostil/");
    await expect(page.locator("#image-named-like-a-function")).toBeVisible();
    await page.getByRole("link", { name: "segunda causa" }).click();
    await expect(page).toHaveURL(/#form-named-like-a-property$/);
    await expect(page.locator("#form-named-like-a-property")).toBeInViewport();
    await expect(page.locator('a.external-image[href="https://other.example.org/y.png"]')).toBeVisible();
    await expect(page.locator('img[src="https://images.example.com/x.png"]')).toHaveAttribute("name", "user-content-querySelector");
    expect(thirdParty).toEqual([]);
  });

  test("an article whose file name has accents has its page; one with quotes has none", async ({ page }) => {
    const response = await page.goto(`/pt-PT/articles/${encodeURIComponent("guia-de-diagnóstico")}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guia de diagnóstico");
    await page.goto("/pt-PT/errors/SlugTestError/");
    await expect(page.getByTestId("error-code")).toHaveText("SlugTestError");
    const quoted = await page.goto(`/pt-PT/articles/${encodeURIComponent(`it's "quoted"`)}/`);
    expect(quoted?.status()).toBe(404);
  });
});
