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

test("no result says so, offers only close codes, and selects none of them: Enter stays put", async ({ page }) => {
  await page.goto("/pt-PT/");
  await searchBox(page).fill("UserErrorGuestAgentStatusXyzzyQwerty");
  await expect(page.getByTestId("search-status")).toHaveText("Nenhum código corresponde a «UserErrorGuestAgentStatusXyzzyQwerty».");
  await expect(page.getByRole("heading", { name: "Códigos mais próximos" })).toBeVisible();
  await expect(results(page).first()).toHaveAttribute("data-result-code", "UserErrorGuestAgentStatusUnavailable");
  await expect(results(page).first()).toHaveAttribute("data-match", "similar");
  await expect(results(page).first()).toContainText("Correspondência fraca");
  await expect(page.locator("[role=option][aria-selected=true]")).toHaveCount(0);
  await expect(searchBox(page)).not.toHaveAttribute("aria-activedescendant");
  const url = page.url();
  await searchBox(page).press("Enter");
  await page.waitForTimeout(300);
  expect(page.url()).toBe(url);
  // An explicit choice with the arrow keys is another matter.
  await searchBox(page).press("ArrowDown");
  await expect(results(page).first()).toHaveAttribute("aria-selected", "true");
});

test("a query like no code says so, suggests nothing and Enter leaves the URL unchanged", async ({ page }) => {
  await page.goto("/pt-PT/");
  await searchBox(page).fill("xyzzy123");
  await expect(page.getByTestId("search-status")).toHaveText(
    "Nenhum código corresponde a «xyzzy123». Nenhum código se parece com este. Verifique a escrita ou pesquise palavras da mensagem de erro.",
  );
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Códigos mais próximos" })).toHaveCount(0);
  const url = page.url();
  expect(url).toMatch(/\?q=xyzzy123$/);
  await searchBox(page).press("Enter");
  await page.waitForTimeout(300);
  expect(page.url()).toBe(url);
  await expect(searchBox(page)).toHaveValue("xyzzy123");
});

test("weak matches are marked as such; matched words and code parts are highlighted", async ({ page }) => {
  await page.goto("/pt-PT/");
  await searchBox(page).fill("conetividadde");
  await expect(results(page).first()).toHaveAttribute("data-result-code", "ExtensionSnapshotFailedNoNetwork");
  await expect(results(page).first()).toHaveAttribute("data-match", "some-words");
  await expect(results(page).first().getByText("Correspondência fraca")).toBeVisible();
  await expect(results(page).first().locator("mark")).toHaveText(["conetividade"]);

  await searchBox(page).fill("nao e possivel comunicar");
  await expect(results(page).first()).toHaveAttribute("data-result-code", "UserErrorGuestAgentStatusUnavailable");
  await expect(results(page).first().locator("mark")).toHaveText(["não", "é", "possível", "comunicar"]);
  await expect(results(page).first().getByText("Correspondência fraca")).toHaveCount(0);

  await searchBox(page).fill("SnapshotTask");
  await expect(results(page).first().locator("code mark")).toHaveText("SnapshotTask");
  await searchBox(page).fill("GuestAgent");
  await expect(results(page).first().locator("code mark")).toHaveText("GuestAgent");
  await searchBox(page).fill("UserErrorRpCollectionLimitReached");
  await expect(results(page).first().locator("code mark")).toHaveText("UserErrorRpCollectionLimitReached");
  await expect(results(page).first().getByText("Código exato")).toBeVisible();
});

test("every locale's results give the step counts of the pages they open", async ({ page }) => {
  for (const locale of ["en-US", "es-ES"]) {
    await page.goto(`/${locale}/?q=UserError`);
    await expect(results(page).first()).toBeVisible();
    const rows = await results(page).evaluateAll((options) => options.map((option) => ({ href: option.getAttribute("href") ?? "", text: option.textContent ?? "" })));
    expect(rows.length).toBeGreaterThan(3);
    for (const { href, text } of rows.slice(0, 4)) {
      const steps = Number(/(\d+) (steps|pasos)/.exec(text)?.[1] ?? 0);
      await page.goto(href);
      await expect(page.locator("[data-step-id]"), `${locale} ${href}`).toHaveCount(steps);
    }
  }
});

test("the index is fetched only when search is used, and never by error pages", async ({ page }) => {
  const indexRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/search/")) indexRequests.push(new URL(request.url()).pathname);
  });
  await page.goto("/pt-PT/errors/UserErrorGuestAgentStatusUnavailable/");
  await page.waitForLoadState("networkidle");
  await page.goto("/pt-PT/");
  await page.waitForLoadState("networkidle");
  expect(indexRequests).toEqual([]);
  await searchBox(page).focus();
  await expect.poll(() => indexRequests).toEqual(["/pt-PT/search/manifest.json"]);
  // Then each query fetches the chunks it needs, a few small files.
  await searchBox(page).fill("UserErrorRpCollectionLimitReached");
  await expect(results(page).first()).toHaveAttribute("data-result-code", "UserErrorRpCollectionLimitReached");
  expect(indexRequests.length).toBeGreaterThan(1);
  for (const path of indexRequests) expect(path).toMatch(/^\/pt-PT\/search\/(manifest|(codes|ends|suffixes|terms|rows)-\d+)\.json$/);
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

test("an unknown error URL gets the 404 page: header, language switch, the code named, the box filled with it above the closest codes", async ({ page }) => {
  const response = await page.goto("/pt-PT/errors/UserErrorGuestAgentStatus");
  expect(response?.status()).toBe(404);
  await expect(page.locator("[data-site-header]:visible")).toHaveCount(1);
  await expect(page.locator("[data-site-header]:visible")).toContainText("Error Guide");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Página não encontrada");
  await expect(page.getByTestId("not-found-missing")).toHaveText("Não existe nenhuma página para o código «UserErrorGuestAgentStatus».");
  const box = page.getByRole("searchbox", { name: "Pesquisar códigos de erro" });
  await expect(box).toHaveValue("UserErrorGuestAgentStatus");
  const suggestions = page.getByTestId("not-found-suggestions");
  // The suggestions need the engine and the index fetched first: allow for a busy machine.
  await expect(suggestions.getByRole("heading", { name: "Queria dizer um destes códigos?" })).toBeVisible({ timeout: 15_000 });
  const first = suggestions.locator("a[data-suggested-code]").first();
  await expect(first).toHaveAttribute("data-suggested-code", "UserErrorGuestAgentStatusUnavailable");
  await expect(first).toHaveAttribute("href", "/pt-PT/errors/UserErrorGuestAgentStatusUnavailable/");
  const boxBottom = (await box.boundingBox())?.y ?? Infinity;
  expect(boxBottom).toBeLessThan((await suggestions.boundingBox())?.y ?? 0);

  // The language switch leads to the same missing page in the other language.
  const header = page.locator("[data-site-header]:visible");
  await header.locator("summary").click();
  await header.locator("a[data-locale-link=en-US]").click();
  await expect(page).toHaveURL(/\/en-US\/errors\/UserErrorGuestAgentStatus$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByTestId("not-found-missing")).toHaveText("There is no page for the code “UserErrorGuestAgentStatus”.");

  // Searching from the box leads to the index page's search.
  await page.getByRole("searchbox", { name: "Search error codes" }).fill("GuestAgentSnapshotTaskStatusEror");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/en-US\/\?q=GuestAgentSnapshotTaskStatusEror$/);
  await expect(results(page).first()).toHaveAttribute("data-result-code", "GuestAgentSnapshotTaskStatusError");

  await page.goto("/en-US/errors/GuestAgentSnapshotTaskStatusEror");
  await expect(page.getByRole("heading", { name: "Did you mean one of these codes?" })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator("a[data-suggested-code]").first()).toContainText("Could not communicate with the VM agent for snapshot status");
});

test("an unknown code like no other gets no suggestions, and the page still says what it did not find", async ({ page }) => {
  await page.goto("/en-US/errors/xyzzy123");
  await expect(page.getByTestId("not-found-missing")).toHaveText("There is no page for the code “xyzzy123”.");
  await expect(page.getByRole("searchbox", { name: "Search error codes" })).toHaveValue("xyzzy123");
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("not-found-suggestions")).toHaveCount(0);
});

test("other 404s name the path, fill the box, and do not fetch codes", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto("/pt-PT/no-such-page");
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("not-found-missing")).toHaveText("Não existe nenhuma página em /pt-PT/no-such-page.");
  await expect(page.getByRole("searchbox", { name: "Pesquisar códigos de erro" })).toHaveValue("no-such-page");
  await expect(page.getByTestId("not-found-suggestions")).toHaveCount(0);
  expect(requests.filter((url) => url.includes("/search/"))).toEqual([]);
});

test("the 404 page has no accessibility violations", async ({ page }) => {
  await page.goto("/pt-PT/errors/UserErrorGuestAgentStatus");
  await expect(page.getByTestId("not-found-suggestions")).toBeVisible({ timeout: 15_000 });
  expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual([]);
});
