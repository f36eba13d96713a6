import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { seedCodes } from "./seed";

const results = (page: Page) => page.locator("[data-testid=search-results] [role=option]");
const searchBox = (page: Page) => page.getByRole("combobox", { name: "Pesquisar códigos de erro" });

const examples: Array<[query: string, code: string]> = [
  ["usererrorguestagentstatusunavailable", "UserErrorGuestAgentStatusUnavailable"],
  ["GuestAgent", "GuestAgentSnapshotTaskStatusError"],
  ["guest agent status", "UserErrorGuestAgentStatusUnavailable"],
  ["SnapshotTask", "GuestAgentSnapshotTaskStatusError"],
  ["UserErrorGuestAgnetStatusUnavailable", "UserErrorGuestAgentStatusUnavailable"],
  ["não é possível comunicar", "UserErrorGuestAgentStatusUnavailable"],
  ["nao e possivel comunicar", "UserErrorGuestAgentStatusUnavailable"],
  ["unable to communicate", "UserErrorGuestAgentStatusUnavailable"],
  ["Backup failed: error code UserErrorRpCollectionLimitReached (see portal)", "UserErrorRpCollectionLimitReached"],
];

test("each example query shows the expected code first, with its message, article and steps", async ({ page }) => {
  await page.goto("/pt-PT/");
  for (const [query, code] of examples) {
    await searchBox(page).fill(query);
    await expect(results(page).first(), query).toHaveAttribute("data-result-code", code);
  }
  const first = results(page).first();
  await expect(first).toContainText("Atingiu o limite máximo da coleção de ponto de restauro.");
  await expect(first).toContainText("2 passos");
  await expect(first).toContainText("Resolver problemas de falhas de cópia de segurança do Azure");
  await expect(first).toContainText("Código exato");
});

test("results come as you type, key by key", async ({ page }) => {
  await page.goto("/pt-PT/");
  await searchBox(page).pressSequentially("snapshottask", { delay: 20 });
  await expect(results(page).first()).toHaveAttribute("data-result-code", "GuestAgentSnapshotTaskStatusError");
  await expect(page.getByTestId("search-status")).toHaveText(/^\d+ resultados?/);
});

test("/ focuses the box; arrow keys and Enter open a result", async ({ page }) => {
  await page.goto("/pt-PT/");
  await page.locator("h1").click();
  await page.keyboard.press("/");
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type("usererror");
  await expect(results(page)).toHaveCount(6);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await expect(results(page).nth(1)).toHaveAttribute("aria-selected", "true");
  const chosen = await results(page).nth(1).getAttribute("data-result-code");
  await page.keyboard.press("Enter");
  await page.waitForURL(`**/pt-PT/errors/${chosen}/`);
  await expect(page.getByTestId("error-code")).toHaveText(chosen ?? "");
});

test("the query lives in the URL: ?q= restores results and the back button brings them back", async ({ page }) => {
  await page.goto("/pt-PT/?q=limit%20reached");
  await expect(searchBox(page)).toHaveValue("limit reached");
  await expect(results(page).first()).toHaveAttribute("data-result-code", "UserErrorRpCollectionLimitReached");

  await searchBox(page).fill("GuestAgent");
  await expect(page).toHaveURL(/\/pt-PT\/\?q=GuestAgent$/);
  await results(page).first().click();
  await page.waitForURL("**/errors/GuestAgentSnapshotTaskStatusError/");
  await page.goBack();
  await expect(searchBox(page)).toHaveValue("GuestAgent");
  await expect(results(page).first()).toHaveAttribute("data-result-code", "GuestAgentSnapshotTaskStatusError");
});

test("no result says so and offers the closest codes", async ({ page }) => {
  await page.goto("/pt-PT/");
  await searchBox(page).fill("UserErrorGuestAgentStatusXyzzyQwerty");
  await expect(page.getByTestId("search-status")).toHaveText("Nenhum código corresponde a «UserErrorGuestAgentStatusXyzzyQwerty».");
  await expect(page.getByRole("heading", { name: "Códigos mais próximos" })).toBeVisible();
  await expect(results(page).first()).toHaveAttribute("data-result-code", "UserErrorGuestAgentStatusUnavailable");
});

test("the index is fetched only when search is used, and never by error pages", async ({ page }) => {
  const indexRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("search-index.json")) indexRequests.push(request.url());
  });
  await page.goto("/pt-PT/errors/UserErrorGuestAgentStatusUnavailable/");
  await page.waitForLoadState("networkidle");
  await page.goto("/pt-PT/");
  await page.waitForLoadState("networkidle");
  expect(indexRequests).toEqual([]);
  await searchBox(page).focus();
  await expect.poll(() => indexRequests.length).toBe(1);
  expect(indexRequests[0]).toMatch(/\/pt-PT\/search-index\.json$/);
});

test("without JavaScript the index lists every code, by article and from A to Z", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/pt-PT/");
  await expect(page.locator("[data-testid=code-list] a[data-code]")).toHaveCount(seedCodes.length);
  await expect(page.locator("[data-testid=az-list] a[data-az-code]")).toHaveCount(seedCodes.length);
  // A browser without scripts shows <noscript>; Chromium with scripts turned off by a test keeps it hidden, so its markup is checked.
  expect(await page.locator("noscript").evaluate((node) => node.innerHTML)).toContain("A pesquisa precisa de JavaScript");
  const jump = page.getByTestId("az-jump").getByRole("link", { name: "U", exact: true });
  await expect(jump).toHaveAttribute("href", "#az-U");
  await jump.click();
  await expect(page.locator("#az-U")).toBeInViewport();
  const firstU = page.locator("#az-U ~ ul a").first();
  await expect(firstU).toHaveAttribute("href", "/pt-PT/errors/UserErrorBackupOperationInProgress/");
  await context.close();
});

test("each letter has a page of the codes that start with it, without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto("/en-US/codes/u/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Codes starting with U");
  const codes = await page.locator("[data-testid=code-list] a[data-code]").evaluateAll((links) => links.map((link) => link.getAttribute("data-code")));
  expect(codes).toEqual(seedCodes.map(({ code }) => code).filter((code) => code.startsWith("U")).sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true })));
  await expect(page.getByTestId("az-jump").getByRole("link", { name: "U", exact: true })).toHaveAttribute("aria-current", "page");
  await page.getByTestId("az-jump").getByRole("link", { name: "B", exact: true }).click();
  await expect(page).toHaveURL(/\/en-US\/codes\/b\/$/);
  await page.locator("[data-testid=code-list] a[data-code]").first().click();
  await expect(page).toHaveURL(/\/en-US\/errors\/BackUpOperationFailed\/$/);
  await context.close();
});

test("the index and a letter page have no accessibility violations", async ({ page }) => {
  for (const path of ["/en-US/", "/en-US/codes/u/"]) {
    await page.goto(path);
    expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => `${path}: ${violation.id}`)).toEqual([]);
  }
});

test("an unknown error URL gets the 404 page with the closest codes", async ({ page }) => {
  const response = await page.goto("/pt-PT/errors/UserErrorGuestAgentStatus");
  expect(response?.status()).toBe(404);
  const suggestions = page.getByTestId("not-found-suggestions");
  // The suggestions need the engine and the index fetched first: allow for a busy machine.
  await expect(suggestions.getByRole("heading", { name: "Queria dizer um destes códigos?" })).toBeVisible({ timeout: 15_000 });
  const first = suggestions.locator("a[data-suggested-code]").first();
  await expect(first).toHaveAttribute("data-suggested-code", "UserErrorGuestAgentStatusUnavailable");
  await expect(first).toHaveAttribute("href", "/pt-PT/errors/UserErrorGuestAgentStatusUnavailable/");

  await page.goto("/en-US/errors/GuestAgentSnapshotTaskStatusEror");
  await expect(page.getByRole("heading", { name: "Did you mean one of these codes?" })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator("a[data-suggested-code]").first()).toContainText("Could not communicate with the VM agent for snapshot status");
});

test("other 404s do not offer codes", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto("/pt-PT/no-such-page");
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("not-found-suggestions")).toHaveCount(0);
  expect(requests.filter((url) => url.includes("search-index"))).toEqual([]);
});
