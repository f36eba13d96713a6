import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, type Locator, type Page, expect, test } from "@playwright/test";
import { stepCode } from "../lib/checklist/share";

const guestAgent = "/pt-PT/errors/UserErrorGuestAgentStatusUnavailable/";
const firstStep = "the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms";
const thirdStep = "the-snapshot-status-cannot-be-retrieved-or-a-snapshot-cannot-be-taken";
const extensionStep = "the-backup-extension-fails-to-update-or-load";
const noInternet = "the-vm-has-no-internet-access";
const entry = "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout/UserErrorGuestAgentStatusUnavailable";
/** Today's key of the entry (each step's is this, `#`, the step id), and the single key of version 2 it is migrated from. */
const progressKey = `error-guide:progress:v3:${entry}`;
const legacyKey = "error-guide:progress:v2";
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

function step(page: Page, id: string) {
  return page.locator(`li[data-step-id="${id}"]`);
}

function checkbox(page: Page, id: string) {
  return step(page, id).getByRole("checkbox");
}

async function ready(page: Page) {
  await expect(page.locator("[data-checklist]")).toHaveAttribute("data-loaded", "true");
}

/** Every localStorage key and value of the site, to see that nothing was written. */
function savedState(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));
}

/** The element is the one at its own centre point: nothing (the sticky progress bar, say) covers it. */
async function expectUncovered(locator: Locator) {
  await expect(locator).toBeInViewport();
  const onTop = await locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  });
  expect(onTop, "the element at its centre point is the element itself").toBe(true);
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

test("the server renders every step unchecked and saved state (the version 2 key, migrated) appears after mount, without hydration errors", async ({ page }) => {
  const errors = collectErrors(page);
  await page.addInitScript(
    ({ key, id, entry }) => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      window.localStorage.setItem(key, JSON.stringify({ version: 2, entries: { [entry]: { checked: [id], fixedBy: null, knownSteps: [], updatedAt: 1 } } }));
    },
    { key: legacyKey, id: firstStep, entry },
  );
  const response = await page.goto(guestAgent);
  const html = (await response?.text()) ?? "";
  expect(html).not.toMatch(/<input[^>]*checked/);
  await ready(page);
  await expect(checkbox(page, firstStep)).toBeChecked();
  const saved = await savedState(page);
  expect(saved[legacyKey], "the old key is gone once migrated").toBeUndefined();
  expect(JSON.parse(saved[progressKey] ?? "{}")).toMatchObject({ version: 3 });
  expect(JSON.parse(saved[`${progressKey}#${firstStep}`] ?? "{}")).toMatchObject({ checked: true });
  await page.reload();
  await ready(page);
  await expect(checkbox(page, firstStep)).toBeChecked();
  expect(errors).toEqual([]);
});

/** Two tabs of one browser on the same error page. */
async function twoTabs(context: BrowserContext): Promise<[Page, Page]> {
  const tabs: [Page, Page] = [await context.newPage(), await context.newPage()];
  for (const tab of tabs) await tab.goto(guestAgent);
  for (const tab of tabs) await ready(tab);
  return tabs;
}

test("a second tab follows", async ({ context }) => {
  const [first, second] = await twoTabs(context);
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

test("the same steps in another language share progress", async ({ page }) => {
  await page.goto(guestAgent);
  await ready(page);
  await checkbox(page, noInternet).check();
  await page.goto("/en-US/errors/UserErrorGuestAgentStatusUnavailable/");
  await ready(page);
  await expect(page.getByRole("checkbox", { name: "The VM has no internet access" })).toBeChecked();
  await expect(page.getByTestId("progress")).toHaveText("1 of 5 checked");
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
  await expect(page.getByTestId("resolved")).toBeFocused();
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

test("step-by-step mode shows one step at a time, moves with Next and Back from the keyboard, and is remembered", async ({ page }) => {
  await page.goto(guestAgent);
  await ready(page);
  await page.getByRole("button", { name: "Um passo de cada vez" }).click();
  await expect(page.getByTestId("step-position")).toHaveText("Causa 1 de 5");
  await expect(page.locator("li[data-step-id]:visible")).toHaveCount(1);
  await page.getByRole("button", { name: "Seguinte" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("step-position")).toHaveText("Causa 2 de 5");
  await expect(page.locator("#step-title-the-agent-installed-in-the-vm-is-out-of-date-for-linux-vms")).toBeFocused();
  await expect(page.locator("li[data-step-id]:visible")).toHaveCount(1);
  // On the focused step, the arrow keys move too.
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("step-position")).toHaveText("Causa 3 de 5");
  await expect(page.locator(`#step-title-${thirdStep}`)).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("step-position")).toHaveText("Causa 2 de 5");
  await page.getByRole("button", { name: "Anterior" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("step-position")).toHaveText("Causa 1 de 5");
  await checkbox(page, firstStep).check();
  await expect(page.getByTestId("step-position")).toHaveText("Causa 2 de 5");

  await page.reload();
  await ready(page);
  await expect(page.getByRole("button", { name: "Ver a lista completa" })).toBeVisible();
  await expect(page.getByTestId("step-position")).toHaveText("Causa 2 de 5");
  await expect(page.locator("li[data-step-id]:visible")).toHaveCount(1);
  await page.getByRole("button", { name: "Ver a lista completa" }).click();
  await expect(page.locator("li[data-step-id]:visible")).toHaveCount(5);
  await page.reload();
  await ready(page);
  await expect(page.getByRole("button", { name: "Um passo de cada vez" })).toBeVisible();
});

for (const [width, viewport] of Object.entries({ phone, desktop })) {
  test(`a deep link lands on its step below the sticky bar, expanded, focused and marked as where to start (${width})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    // Focus is asserted: with two workers, another test's page may hold the window's focus ("inactive").
    await page.bringToFront();
    await page.goto(`${guestAgent}#${noInternet}`);
    await ready(page);
    const target = step(page, noInternet);
    await expect(target.locator("[data-solution]")).toBeVisible();
    await expect(page.locator(`#step-title-${noInternet}`)).toBeFocused();
    await expectUncovered(checkbox(page, noInternet));
    await expectUncovered(page.locator(`#step-title-${noInternet}`));
    await expect(target.getByTestId("sent-here")).toHaveText("O seu agente de suporte indicou este passo");
    await expect(page.getByTestId("current-marker")).toHaveCount(1);
    await expect(target.getByTestId("current-marker")).toBeVisible();
    await expect(step(page, extensionStep).locator("[data-solution]")).toBeHidden();

    // Done with the linked step, the marker goes on to the first step not yet tried.
    await checkbox(page, noInternet).check();
    await expect(step(page, firstStep).getByTestId("current-marker")).toBeVisible();
    await context.close();
  });

  test(`step-by-step mode lands each step below the sticky bar (${width})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(guestAgent);
    await ready(page);
    await page.getByRole("button", { name: "Um passo de cada vez" }).click();
    await page.getByRole("button", { name: "Seguinte" }).click();
    await page.getByRole("button", { name: "Seguinte" }).click();
    await expect(page.locator(`#step-title-${thirdStep}`)).toBeFocused();
    await expectUncovered(checkbox(page, thirdStep));
    await expectUncovered(page.locator(`#step-title-${thirdStep}`));
    await context.close();
  });
}

test("copy link, share progress and the summary: on the clipboard, confirmed beside the button and announced", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(guestAgent);
  await ready(page);
  await step(page, firstStep).getByRole("button", { name: "Copiar ligação para este passo" }).click();
  await expect(page.getByTestId("announcer")).toHaveText("Ligação para o passo 1 copiada.");
  await expect(step(page, firstStep).getByTestId("copy-confirmation")).toHaveText("✓ Ligação para o passo 1 copiada.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${guestAgent}#${firstStep}`);

  await checkbox(page, firstStep).check();
  await checkbox(page, thirdStep).check();
  await step(page, thirdStep).getByRole("button", { name: /Mostrar solução/ }).click();
  await step(page, thirdStep).getByLabel("O que observei (opcional)").fill("O estado do instantâneo ficou em 'Pendente'.");
  const actions = page.getByTestId("actions");
  await actions.getByRole("button", { name: "Copiar ligação com o progresso" }).click();
  await expect(actions.getByTestId("copy-confirmation")).toHaveText("✓ Ligação com o seu progresso copiada.");
  await expect(page.getByTestId("announcer")).toHaveText("Ligação com o seu progresso copiada.");
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  expect(shared).toMatch(/\?tried=1-[0-9a-z]{4},3-[0-9a-z]{4}&note=3-[0-9a-z]{4}%3AO\+estado\+do\+instant%C3%A2neo/);

  // The note is saved with the progress.
  await page.reload();
  await ready(page);
  await step(page, thirdStep).getByRole("button", { name: /Mostrar solução/ }).click();
  await expect(step(page, thirdStep).getByLabel("O que observei (opcional)")).toHaveValue("O estado do instantâneo ficou em 'Pendente'.");

  await actions.getByRole("button", { name: "Copiar resumo" }).click();
  await expect(actions.getByTestId("copy-confirmation")).toHaveText("✓ Resumo copiado.");
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  const lines = summary.split("\n");
  expect(lines[0]).toMatch(/^Resumo da resolução do problema, .*\d{1,2}:\d{2}/);
  expect(lines[0]).toContain(String(new Date().getFullYear()));
  expect(lines[1]).toBe("UserErrorGuestAgentStatusUnavailable: Agente de VM não é possível comunicar com o Azure Backup");
  expect(lines[2]).toBe(`Página: ${baseURL}${guestAgent}`);
  expect(summary).toMatch(/\[x\] 1\. O agente está instalado na VM, mas ele não está a responder \(para VMs do Windows\) \(tentado, .*\d{1,2}:\d{2}\)/);
  expect(summary).toContain("[ ] 2. O agente instalado na VM está desatualizado (para VMs do Linux) (não tentado)");
  expect(summary).toContain("    Nota: O estado do instantâneo ficou em 'Pendente'.");
  expect(summary).toContain(`Ligação com o progresso: ${shared}`);
});

test("'This fixed it' brings the resolved state into view and offers to tell the agent", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize(phone);
  await page.goto(`${guestAgent}#${noInternet}`);
  await ready(page);
  await step(page, noInternet).getByRole("button", { name: "Isto resolveu" }).click();
  const resolved = page.getByTestId("resolved");
  await expect(resolved).toBeFocused();
  await expect(resolved).toBeInViewport();
  await expect(resolved).toContainText("Avise o seu agente de suporte");
  await resolved.getByRole("button", { name: "Copiar ligação com o progresso" }).click();
  await expect(resolved.getByTestId("copy-confirmation")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\?tried=5-[0-9a-z]{4}&fixed=5-[0-9a-z]{4}$/);
  await resolved.getByRole("button", { name: "Copiar resumo" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("[x] 5. A VM não tem acesso à internet (resolveu, ");
});

test("when every step was tried and none fixed it, the page says so and hands over to support", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(guestAgent);
  await ready(page);
  await expect(page.getByTestId("exhausted")).toHaveCount(0);
  for (const box of await page.getByRole("checkbox").all()) await box.check();
  const ending = page.getByTestId("exhausted");
  await expect(ending).toBeFocused();
  await expect(ending.getByRole("heading")).toHaveText("Nenhum destes passos resolveu o problema");
  await expect(ending).toBeInViewport();
  await ending.getByRole("button", { name: "Copiar resumo" }).click();
  await expect(ending.getByTestId("copy-confirmation")).toHaveText("✓ Resumo copiado.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("\n\nNenhum dos passos resolveu o problema.\n\nLigação com o progresso: ");
  const contact = process.env.SUPPORT_CONTACT_URL;
  if (contact) await expect(ending.getByTestId("contact-support")).toHaveAttribute("href", new URL(contact).toString());
  else await expect(ending.getByTestId("contact-support"), "no contact link when SUPPORT_CONTACT_URL was unset at build time").toHaveCount(0);
});

test("two tabs checking steps at the same moment keep each other's steps", async ({ context }) => {
  const [first, second] = await twoTabs(context);
  const ids = await first.locator("li[data-step-id]").evaluateAll((items) => items.map((item) => item.getAttribute("data-step-id") ?? ""));
  // Both tabs click at the same instant (each tab is its own process), round after round, each a different step.
  const clickAt = (page: Page, id: string, at: number) =>
    page.evaluate(
      ({ id, at }) =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            document.querySelector<HTMLInputElement>(`li[data-step-id="${id}"] input[type=checkbox]`)?.click();
            resolve();
          }, at - Date.now()),
        ),
      { id, at },
    );
  for (const round of [0, 1]) {
    const at = Date.now() + 300;
    await Promise.all([clickAt(first, ids[round * 2] ?? "", at), clickAt(second, ids[round * 2 + 1] ?? "", at)]);
  }
  for (const page of [first, second]) await expect(page.getByTestId("progress")).toHaveText("4 de 5 verificados");
  const saved = await savedState(first);
  expect(ids.filter((id) => saved[`${progressKey}#${id}`]?.includes('"checked":true'))).toEqual(ids.slice(0, 4));
  await first.reload();
  await ready(first);
  await expect(first.getByTestId("progress")).toHaveText("4 de 5 verificados");
});

test("an agent opening a customer's link sees the customer's marks in the list, read-only, with nothing saved", async ({ page, browser }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(guestAgent);
  await ready(page);
  await checkbox(page, firstStep).check();
  await step(page, noInternet).getByRole("button", { name: /Mostrar solução/ }).click();
  await step(page, noInternet).getByLabel("O que observei (opcional)").fill("A firewall bloqueava a saída; abri a porta 443.");
  await step(page, noInternet).getByRole("button", { name: "Isto resolveu" }).click();
  await page.getByTestId("resolved").getByRole("button", { name: "Copiar ligação com o progresso" }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());

  // The agent has progress of their own on this error.
  const agent = await browser.newContext();
  const other = await agent.newPage();
  await other.goto(guestAgent);
  await ready(other);
  await checkbox(other, extensionStep).check();
  const before = await savedState(other);

  await other.goto(url);
  await ready(other);
  const banner = other.getByTestId("shared-banner");
  await expect(banner).toContainText("Progresso do cliente (só leitura)");
  await expect(banner).toContainText("2 passos tentados:");
  await expect(banner.getByTestId("shared-tried")).toContainText("1. O agente está instalado na VM, mas ele não está a responder (para VMs do Windows)");
  await expect(banner.getByTestId("shared-tried")).toContainText("5. A VM não tem acesso à internet");
  await expect(banner.getByTestId("shared-outcome")).toHaveText("Resolvido pelo passo 5: A VM não tem acesso à internet");
  await expect(other.getByTestId("progress")).toHaveText("2 de 5 tentados pelo cliente");
  await expect(checkbox(other, firstStep)).toBeChecked();
  await expect(checkbox(other, firstStep)).toBeDisabled();
  await expect(step(other, firstStep).getByTestId("customer-mark")).toHaveText("tentado pelo cliente");
  await expect(step(other, noInternet).getByTestId("customer-mark")).toHaveText("resolveu, segundo o cliente");
  await expect(step(other, noInternet).getByTestId("customer-note")).toHaveText("Nota do cliente: A firewall bloqueava a saída; abri a porta 443.");
  await expect(checkbox(other, extensionStep), "the agent's own mark is not mixed in").not.toBeChecked();
  await expect(other.getByTestId("resolved")).toHaveCount(0);
  expect(await savedState(other)).toEqual(before);

  // Back to their own progress, untouched.
  await banner.getByRole("button", { name: "Ver o meu progresso" }).click();
  await expect(banner).toHaveCount(0);
  await expect(checkbox(other, extensionStep)).toBeChecked();
  await expect(checkbox(other, firstStep)).not.toBeChecked();
  expect(new URL(other.url()).search).toBe("");
  expect(await savedState(other)).toEqual(before);
  await agent.close();

  // The customer, on another device of theirs, continues there: by choice.
  const device = await browser.newContext();
  const second = await device.newPage();
  await second.goto(url);
  await ready(second);
  await second.getByTestId("shared-banner").getByRole("button", { name: "Continuar aqui com este progresso" }).click();
  await expect(checkbox(second, firstStep)).toBeChecked();
  await expect(checkbox(second, firstStep)).toBeEnabled();
  await expect(second.getByTestId("resolved")).toContainText("Resolvido pelo passo 5");
  expect(new URL(second.url()).search).toBe("");
  await device.close();
});

test("a link with one step tried says so in the singular, with the step's title", async ({ page }) => {
  await page.goto(`${guestAgent}?tried=1-${stepCode(firstStep)}`);
  await ready(page);
  const banner = page.getByTestId("shared-banner");
  await expect(banner).toContainText("1 passo tentado:");
  await expect(banner.getByTestId("shared-tried")).toHaveText("1. O agente está instalado na VM, mas ele não está a responder (para VMs do Windows)");
  await expect(banner.getByTestId("shared-outcome")).toHaveText("");
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
    { key: legacyKey, id: firstStep },
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
  await page.getByTestId("resolved").getByRole("button", { name: "Desfazer" }).click();
  for (const box of await page.getByRole("checkbox").all()) await box.check();
  await expect(page.getByTestId("exhausted")).toBeVisible();
  const ending = await new AxeBuilder({ page }).analyze();
  expect(ending.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("no accessibility violations in the read-only view of a customer's link, or in step-by-step mode", async ({ page }) => {
  await page.goto(`${guestAgent}?tried=1-${stepCode(firstStep)},5-${stepCode(noInternet)}&fixed=5-${stepCode(noInternet)}`);
  await ready(page);
  await expect(page.getByTestId("shared-banner")).toBeVisible();
  const shared = await new AxeBuilder({ page }).analyze();
  expect(shared.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.getByRole("button", { name: "Ver o meu progresso" }).click();
  await page.getByRole("button", { name: "Um passo de cada vez" }).click();
  await expect(page.getByTestId("step-position")).toBeVisible();
  const stepByStep = await new AxeBuilder({ page }).analyze();
  expect(stepByStep.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
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
  await expect(page.getByTestId("actions")).toBeHidden();
  await expect(page.locator("header[data-site-header]")).toBeHidden();
});
