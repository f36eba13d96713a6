import AxeBuilder from "@axe-core/playwright";
import { type Page, expect, test } from "@playwright/test";

const guestAgent = "/pt-PT/errors/UserErrorGuestAgentStatusUnavailable/";
const firstStep = "the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms";
const noInternet = "the-vm-has-no-internet-access";
const progressKey = "error-guide:progress:v2";

function step(page: Page, id: string) {
  return page.locator(`li[data-step-id="${id}"]`);
}

function checkbox(page: Page, id: string) {
  return step(page, id).getByRole("checkbox");
}

async function ready(page: Page) {
  await expect(page.locator("[data-checklist]")).toHaveAttribute("data-loaded", "true");
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("each step is a checkbox named by its title; progress survives a reload", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(guestAgent);
  await ready(page);
  await expect(page.getByTestId("progress")).toHaveText("0 de 5 verificados");
  const box = page.getByRole("checkbox", { name: "O agente está instalado na VM, mas ele não está a responder (para VMs do Windows)" });
  await box.check();
  await expect(page.getByTestId("progress")).toHaveText("1 de 5 verificados");
  await expect(page.getByTestId("announcer")).toHaveText("1 de 5 verificados");
  await expect(step(page, "the-agent-installed-in-the-vm-is-out-of-date-for-linux-vms").getByTestId("current-marker")).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(box).toBeChecked();
  await expect(page.getByTestId("progress")).toHaveText("1 de 5 verificados");
  expect(errors).toEqual([]);
});

test("the server renders every step unchecked and saved state appears after mount, without hydration errors", async ({ page }) => {
  const errors = collectErrors(page);
  await page.addInitScript(
    ({ key, id }) => {
      window.localStorage.setItem(key, JSON.stringify({ version: 2, entries: { [`backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout/UserErrorGuestAgentStatusUnavailable`]: { checked: [id], fixedBy: null, knownSteps: [], updatedAt: 1 } } }));
    },
    { key: progressKey, id: firstStep },
  );
  const response = await page.goto(guestAgent);
  const html = (await response?.text()) ?? "";
  expect(html).not.toMatch(/<input[^>]*checked/);
  await ready(page);
  await expect(checkbox(page, firstStep)).toBeChecked();
  expect(errors).toEqual([]);
});

test("a second tab follows", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(guestAgent);
  await second.goto(guestAgent);
  await ready(first);
  await ready(second);
  await checkbox(first, noInternet).check();
  await expect(checkbox(second, noInternet)).toBeChecked();
});

test("codes of one entry share progress", async ({ page }) => {
  await page.goto("/pt-PT/errors/BackUpOperationFailed/");
  await ready(page);
  await checkbox(page, noInternet).check();
  await page.goto("/pt-PT/errors/BackUpOperationFailedV2/");
  await ready(page);
  await expect(checkbox(page, noInternet)).toBeChecked();
});

test("a cause checked under another error is shown, not checked", async ({ page }) => {
  await page.goto(guestAgent);
  await ready(page);
  await checkbox(page, firstStep).check();
  await page.goto("/pt-PT/errors/GuestAgentSnapshotTaskStatusError/");
  await ready(page);
  await expect(checkbox(page, firstStep)).not.toBeChecked();
  await expect(step(page, firstStep).getByTestId("checked-elsewhere")).toHaveText("Já verificado em UserErrorGuestAgentStatusUnavailable");
});

test("'This fixed it' resolves the error and can be undone; start over asks first", async ({ page }) => {
  await page.goto(guestAgent);
  await ready(page);
  await step(page, firstStep).getByRole("button", { name: "Isto resolveu" }).click();
  await expect(page.getByTestId("resolved")).toContainText("Problema resolvido");
  await expect(page.getByTestId("resolved")).toContainText("Resolvido pelo passo 1");
  await page.getByTestId("resolved").getByRole("button", { name: "Desfazer" }).click();
  await expect(page.getByTestId("resolved")).toHaveCount(0);
  await expect(checkbox(page, firstStep)).toBeChecked();

  await page.getByRole("button", { name: "Recomeçar" }).click();
  await expect(checkbox(page, firstStep)).toBeChecked();
  await page.getByRole("button", { name: "Sim, recomeçar" }).click();
  await expect(checkbox(page, firstStep)).not.toBeChecked();
  await expect(page.getByTestId("progress")).toHaveText("0 de 5 verificados");
});

test("an error without steps offers a single 'This fixed it'", async ({ page }) => {
  await page.goto("/pt-PT/errors/UserErrorUnsupportedDiskSize/");
  await ready(page);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await page.getByRole("button", { name: "Isto resolveu" }).click();
  await expect(page.getByTestId("resolved")).toContainText("Marcou este erro como resolvido.");
  await page.reload();
  await expect(page.getByTestId("resolved")).toBeVisible();
});

test("step-by-step mode moves with Next and Back from the keyboard", async ({ page }) => {
  await page.goto(guestAgent);
  await ready(page);
  await page.getByRole("button", { name: "Um passo de cada vez" }).click();
  await expect(page.getByText("Passo 1 de 5")).toBeVisible();
  await page.getByRole("button", { name: "Seguinte →" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Passo 2 de 5")).toBeVisible();
  await expect(page.locator("#step-title-the-agent-installed-in-the-vm-is-out-of-date-for-linux-vms")).toBeFocused();
  await page.getByRole("button", { name: "← Anterior" }).click();
  await expect(page.getByText("Passo 1 de 5")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ver a lista completa" })).toBeVisible();
});

test("a deep link opens its step expanded, in view and focused", async ({ page }) => {
  await page.goto(`${guestAgent}#${noInternet}`);
  await ready(page);
  const target = step(page, noInternet);
  await expect(target.locator("[data-solution]")).toBeVisible();
  await expect(page.locator(`#step-title-${noInternet}`)).toBeFocused();
  await expect(target).toBeInViewport();
  await expect(step(page, "the-backup-extension-fails-to-update-or-load").locator("[data-solution]")).toBeHidden();
});

test("copy link and share progress put the right URLs on the clipboard", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(guestAgent);
  await ready(page);
  await step(page, firstStep).getByRole("button", { name: "Copiar ligação para este passo" }).click();
  await expect(page.getByTestId("announcer")).toHaveText("Ligação para o passo 1 copiada.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${guestAgent}#${firstStep}`);

  await checkbox(page, firstStep).check();
  await checkbox(page, "the-snapshot-status-cannot-be-retrieved-or-a-snapshot-cannot-be-taken").check();
  await page.getByRole("button", { name: "Partilhar progresso" }).click();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  expect(shared).toMatch(/\?tried=1-[0-9a-z]{4},3-[0-9a-z]{4}$/);

  await page.getByRole("button", { name: "Copiar resumo" }).click();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain("UserErrorGuestAgentStatusUnavailable: Agente de VM não é possível comunicar com o Azure Backup");
  expect(summary).toContain("[x] 1. O agente está instalado na VM");
  expect(summary).toContain("[ ] 2. O agente instalado na VM está desatualizado (para VMs do Linux) (não tentado)");
  expect(summary).toContain(`Ligação: ${shared}`);
});

test("a shared link shows a banner and changes nothing until adopted", async ({ page, browser }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(guestAgent);
  await ready(page);
  await checkbox(page, firstStep).check();
  await step(page, noInternet).getByRole("button", { name: /Mostrar solução/ }).click();
  await step(page, noInternet).getByRole("button", { name: "Isto resolveu" }).click();
  await page.getByRole("button", { name: "Partilhar progresso" }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await ready(other);
  const banner = other.getByTestId("shared-banner");
  await expect(banner).toContainText("Passos 1 e 5 tentados.");
  await expect(banner).toContainText("O passo 5 resolveu o problema.");
  await expect(checkbox(other, firstStep)).not.toBeChecked();
  expect(await other.evaluate((key) => localStorage.getItem(key), progressKey)).toBeNull();
  await banner.getByRole("button", { name: "Usar este progresso" }).click();
  await expect(checkbox(other, firstStep)).toBeChecked();
  await expect(other.getByTestId("resolved")).toContainText("Resolvido pelo passo 5");
  await expect(banner).toHaveCount(0);
  expect(new URL(other.url()).search).toBe("");
  await fresh.close();
});

test("a corrupted value under our key: the page works, says progress cannot be saved, and keeps the value", async ({ page }) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, "{not json"), progressKey);
  const errors = collectErrors(page);
  await page.goto(guestAgent);
  await ready(page);
  await expect(page.getByTestId("storage-notice")).toBeVisible();
  await checkbox(page, firstStep).check();
  await expect(page.getByTestId("progress")).toHaveText("1 de 5 verificados");
  expect(await page.evaluate((key) => localStorage.getItem(key), progressKey)).toBe("{not json");
  expect(errors).toEqual([]);
});

test("disabled storage: the checklist works for the visit", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("denied", "SecurityError");
      },
    });
  });
  const errors = collectErrors(page);
  await page.goto(guestAgent);
  await ready(page);
  await expect(page.getByTestId("storage-notice")).toBeVisible();
  await checkbox(page, firstStep).check();
  await expect(page.getByTestId("progress")).toHaveText("1 de 5 verificados");
  expect(errors).toEqual([]);
});

test("a changed guide is announced once", async ({ page }) => {
  await page.addInitScript(
    ({ key, id }) => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      window.localStorage.setItem(
        key,
        JSON.stringify({
          version: 2,
          entries: {
            "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout/UserErrorGuestAgentStatusUnavailable": {
              checked: [id, "a-step-that-was-removed"],
              fixedBy: null,
              knownSteps: [id, "a-step-that-was-removed"],
              updatedAt: 1,
            },
          },
        }),
      );
    },
    { key: progressKey, id: firstStep },
  );
  await page.goto(guestAgent);
  await ready(page);
  await expect(page.getByTestId("guide-changed")).toBeVisible();
  await expect(checkbox(page, firstStep)).toBeChecked();
  await expect(page.getByTestId("progress")).toHaveText("1 de 5 verificados");
  await page.reload();
  await ready(page);
  await expect(page.getByTestId("guide-changed")).toHaveCount(0);
});

test("without JavaScript every step and its solution is shown, checkboxes disabled", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(guestAgent);
  await expect(page.locator("li[data-step-id]")).toHaveCount(5);
  for (const solution of await page.locator("[data-solution]").all()) await expect(solution).toBeVisible();
  for (const box of await page.getByRole("checkbox").all()) await expect(box).toBeDisabled();
  await expect(page.getByRole("button", { name: "Isto resolveu" })).toHaveCount(0);
  await context.close();
});

test("no accessibility violations before and after checking steps", async ({ page }) => {
  await page.goto(guestAgent);
  await ready(page);
  const before = await new AxeBuilder({ page }).analyze();
  expect(before.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await checkbox(page, firstStep).check();
  await step(page, noInternet).getByRole("button", { name: /Mostrar solução/ }).click();
  await step(page, noInternet).getByRole("button", { name: "Isto resolveu" }).click();
  const after = await new AxeBuilder({ page }).analyze();
  expect(after.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("every control is reachable by keyboard", async ({ page }) => {
  await page.goto(guestAgent);
  await ready(page);
  await checkbox(page, firstStep).focus();
  await page.keyboard.press("Space");
  await expect(checkbox(page, firstStep)).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(step(page, firstStep).getByRole("button", { name: /Mostrar solução/ })).toBeFocused();
});

test("print gives the whole checklist without the controls", async ({ page }) => {
  await page.goto(guestAgent);
  await ready(page);
  await checkbox(page, firstStep).check();
  await page.emulateMedia({ media: "print" });
  for (const solution of await page.locator("[data-solution]").all()) await expect(solution).toBeVisible();
  await expect(page.getByRole("button", { name: "Partilhar progresso" })).toBeHidden();
  await expect(page.locator("header[data-site-header]")).toBeHidden();
});
