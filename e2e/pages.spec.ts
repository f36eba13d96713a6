/**
 * Pages that read right (issue 12): line-end breaks, aliases, wide tables, codes that wrap
 * between their words, the list of an article's errors, copy buttons, images, the nearest
 * translation, link URLs on paper. The checks over every page run on whichever site is
 * served: the seed site (npm run test:e2e) and the corpus site (npm run test:corpus, which
 * runs this spec too); the cases that live in one of them skip on the other.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { seedCodes, seedSlug } from "./seed";

const outDir = path.resolve(process.env.OUT_DIR ?? "out");
const corpusSlug = "backup-azure-vms-troubleshoot";
const builtWithCorpus = existsSync(path.join(outDir, "pt-PT", "articles", corpusSlug, "index.html"));
const onlyOnSeedSite = () => test.skip(builtWithCorpus, "a case of the seed site (this site was built with the corpus)");
const onlyOnCorpusSite = () => test.skip(!builtWithCorpus, `a case of the corpus site (npm run test:corpus builds it; ${outDir} has no ${corpusSlug})`);

const phone = { width: 390, height: 844 };
const article = `/pt-PT/articles/${seedSlug}/`;

function folders(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
}

/** Every page of the served site: each locale's index, letter, error and article pages, and a 404. */
const everyPage: string[] = [
  ...folders(outDir)
    .filter((locale) => existsSync(path.join(outDir, locale, "errors")))
    .flatMap((locale) => [
      `/${locale}/`,
      ...folders(path.join(outDir, locale, "codes")).map((letter) => `/${locale}/codes/${letter}/`),
      ...folders(path.join(outDir, locale, "errors")).map((code) => `/${locale}/errors/${code}/`),
      ...folders(path.join(outDir, locale, "articles")).map((slug) => `/${locale}/articles/${slug}/`),
    ]),
  "/pt-PT/errors/UserErrorGuestAgentStatusUnavailabl/",
];
const groupSize = 30;
const pageGroups = Array.from({ length: Math.ceil(everyPage.length / groupSize) }, (_, i) => everyPage.slice(i * groupSize, (i + 1) * groupSize));

/** What a phone reader would see go wrong on the page: a page wider than the screen, a stray backslash. */
async function readingProblems(page: Page): Promise<string[]> {
  return page.evaluate((maxWidth) => {
    const problems: string[] = [];
    const width = document.documentElement.scrollWidth;
    if (width > maxWidth) {
      const wide = [...document.querySelectorAll("main *")].find((element) => element.getBoundingClientRect().right > maxWidth + 1);
      problems.push(`${width} px wide (first too wide: <${wide?.tagName.toLowerCase()}> "${wide?.textContent?.slice(0, 60)}")`);
    }
    // A backslash that ends a Windows path ("HKLM\…\Notification\") is the text's own.
    const text = document.body.innerText;
    for (const match of text.matchAll(/(\S*)\\(?:\s|$)/gm)) {
      if ((match[1] ?? "").includes("\\")) continue;
      const at = match.index ?? 0;
      problems.push(`visible backslash: "${text.slice(Math.max(0, at - 40), at + match[0].length + 20)}"`);
    }
    return problems;
  }, phone.width);
}

test.describe("every page at phone width", () => {
  test.use({ viewport: phone });
  for (const [index, paths] of pageGroups.entries()) {
    test(`pages ${index * groupSize + 1}–${index * groupSize + paths.length} of ${everyPage.length}: no wider than 390 px, no stray backslash`, async ({ page }) => {
      test.setTimeout(paths.length * 10_000);
      const problems: string[] = [];
      for (const pagePath of paths) {
        await page.goto(pagePath);
        problems.push(...(await readingProblems(page)).map((problem) => `${pagePath}: ${problem}`));
      }
      expect(problems).toEqual([]);
    });
  }
});

test.describe("line-end breaks", () => {
  for (const locale of ["pt-PT", "en-US"]) {
    test(`render as breaks on the ${locale} article and error page, with no backslash`, async ({ page }) => {
      await page.goto(`/${locale}/articles/${seedSlug}/`);
      // "**Código de erro**: X <br>\n**Mensagem de erro**: Y<br>": two lines of one paragraph.
      const codeLine = page.locator("main p", { hasText: "UserErrorRpCollectionLimitReached" }).filter({ has: page.locator("strong") }).first();
      await expect(codeLine.locator("br")).toHaveCount(1);
      expect(await page.locator("main").innerText()).not.toMatch(/\\/);
      await page.goto(`/${locale}/errors/UserErrorRpCollectionLimitReached/`);
      await expect(page.getByTestId("error-code")).toBeVisible();
      expect(await page.locator("main").innerText()).not.toMatch(/\\/);
    });
  }
});

test.describe("aliases", () => {
  test("are separate links that wrap (seed)", async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto("/pt-PT/errors/BackUpOperationFailed/");
    const aliases = page.getByRole("list", { name: "Também aparece como" });
    await expect(aliases.getByRole("link")).toHaveText(["BackUpOperationFailedV2"]);
    await expect(aliases.getByRole("link")).toHaveAttribute("href", "/pt-PT/errors/BackUpOperationFailedV2/");
  });

  test("of a code with four spellings are three separate links within a phone's width (corpus)", async ({ page }) => {
    onlyOnCorpusSite();
    await page.setViewportSize(phone);
    await page.goto("/pt-PT/errors/320001/");
    const links = page.getByRole("list", { name: "Também aparece como" }).getByRole("link");
    await expect(links).toHaveText(["ResourceNotFound", "400094", "BCMV2VMNotFound"]);
    const boxes = await links.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
    for (const [index, box] of boxes.entries()) {
      expect(box.right).toBeLessThanOrEqual(phone.width);
      const next = boxes[index + 1];
      // Apart: the next link starts after a gap on the same line, or on a line of its own.
      if (next) expect(next.left > box.right || next.top >= box.bottom).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  });
});

/** A table's region is labelled, focusable, and scrolls sideways by keyboard when it is wider than the screen. */
async function expectScrollableTables(page: Page, expectedLabel: RegExp): Promise<void> {
  const regions = page.locator("main .table-scroll");
  expect(await regions.count()).toBeGreaterThan(0);
  for (const region of await regions.all()) {
    await expect(region).toHaveAttribute("role", "region");
    await expect(region).toHaveAttribute("tabindex", "0");
    await expect(region).toHaveAttribute("aria-label", expectedLabel);
  }
  const labels = await regions.evaluateAll((elements) => elements.map((element) => element.getAttribute("aria-label")));
  expect(new Set(labels).size).toBe(labels.length);
  const wide = regions.first();
  const { scrollWidth, clientWidth, backgroundImage } = await wide.evaluate((element) => ({
    scrollWidth: element.scrollWidth,
    clientWidth: element.clientWidth,
    backgroundImage: getComputedStyle(element).backgroundImage,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  // The shadow at the edge that shows it scrolls.
  expect(backgroundImage).toContain("radial-gradient");
  await wide.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => wide.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
}

test.describe("wide tables at phone width", () => {
  test.use({ viewport: phone });

  test("sit in a labelled region that scrolls by keyboard (seed article)", async ({ page }) => {
    await page.goto(article);
    await expectScrollableTables(page, /^Tabela \d+: Causa, Solução$/);
  });

  test("sit in labelled regions that scroll by keyboard (corpus: three-column tables)", async ({ page }) => {
    onlyOnCorpusSite();
    await page.goto("/pt-PT/articles/backup-azure-mabs-troubleshoot/");
    await expectScrollableTables(page, /^Tabela \d+: .+, .+/);
  });
});

test.describe("codes wrap between their words", () => {
  test.use({ viewport: phone });

  test("in the article's headings, its list of errors, and an error page's title", async ({ page }) => {
    await page.goto(article);
    const heading = page.getByRole("heading", { name: /^UserErrorRpCollectionLimitReached/ });
    await expect(heading.locator("wbr")).toHaveCount(5);
    await expect(page.getByTestId("article-toc").locator("code").first().locator("wbr")).not.toHaveCount(0);
    // Every heading fits the screen, so none is cut mid-word by the browser's last resort.
    const overflowing = await page.locator("main :is(h1, h2, h3, h4)").evaluateAll((elements) => elements.filter((element) => element.scrollWidth > element.clientWidth).map((element) => element.textContent));
    expect(overflowing).toEqual([]);
    await page.goto("/pt-PT/errors/UserErrorKeyvaultPermissionsNotConfigured/");
    await expect(page.getByTestId("error-code").locator("wbr")).toHaveCount(5);
  });
});

test.describe("the list of an article's errors", () => {
  test("links each error to its entry in the article", async ({ page }) => {
    await page.goto(article);
    const toc = page.getByRole("navigation", { name: "Erros neste artigo" });
    const links = toc.getByRole("link");
    await expect(links).toHaveCount(seedCodes.length - 1); // BackUpOperationFailed and …V2 are one entry
    const targets = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute("href") ?? ""));
    for (const href of targets) {
      expect(href).toMatch(/^#./);
      await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
    }
    const link = links.filter({ hasText: "UserErrorRpCollectionLimitReached" });
    const href = await link.getAttribute("href");
    await link.click();
    expect(new URL(page.url()).hash).toBe(href);
    await expect(page.getByRole("heading", { name: /^UserErrorRpCollectionLimitReached/ })).toBeInViewport();
  });

  test("comes below the article's title", async ({ page }) => {
    await page.goto(article);
    const title = await page.getByRole("heading", { level: 1 }).boundingBox();
    const toc = await page.getByTestId("article-toc").boundingBox();
    expect(title && toc && title.y < toc.y).toBe(true);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  });
});

async function withClipboard(context: BrowserContext): Promise<void> {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
}

test.describe("copy buttons", () => {
  test("copy a code of the article's list, and say so beside the control and to screen readers", async ({ page, context }) => {
    await withClipboard(context);
    await page.goto(article);
    await expect(page.locator('[data-island="copy"]')).toHaveAttribute("data-island-hydrated", "true");
    const button = page.getByRole("button", { name: "Copiar UserErrorRpCollectionLimitReached" });
    await button.click();
    await expect(button).toHaveText("Copiado");
    await expect(page.locator('[data-island="copy"] [role="status"]')).toHaveText("Copiado");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("UserErrorRpCollectionLimitReached");
    await expect(button).toHaveText("Copiar", { timeout: 5_000 });
  });

  test("copy an error page's code, beside its title, with the checklist still working", async ({ page, context }) => {
    await withClipboard(context);
    await page.goto("/en-US/errors/UserErrorKeyvaultPermissionsNotConfigured/");
    await expect(page.locator('[data-island="copy"]')).toHaveAttribute("data-island-hydrated", "true");
    const button = page.getByRole("button", { name: "Copy UserErrorKeyvaultPermissionsNotConfigured" });
    await button.click();
    await expect(button).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("UserErrorKeyvaultPermissionsNotConfigured");
    await page.goto("/en-US/errors/BackUpOperationFailed/");
    await expect(page.locator('[data-island="checklist"]')).toHaveAttribute("data-island-hydrated", "true");
    await page.getByRole("checkbox").first().check();
    await expect(page.getByTestId("progress")).toHaveText("1 of 6 checked");
  });

  test("copy a code block (corpus)", async ({ page, context }) => {
    onlyOnCorpusSite();
    await withClipboard(context);
    await page.goto(`/pt-PT/articles/${corpusSlug}/`);
    const block = page.locator("main .code-block").filter({ hasText: "REG ADD" }).first();
    await block.getByRole("button", { name: "Copiar o código" }).click();
    await expect(block.getByRole("button")).toHaveText("Copiado");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await block.locator("pre").evaluate((pre) => (pre.textContent ?? "").replace(/\n$/, "")));
    expect(copied).toContain('REG ADD "HKLM\\SOFTWARE\\Microsoft\\BcdrAgentPersistentKeys"');
  });

  test("do not show without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(article);
    await expect(page.getByTestId("article-toc").getByRole("link").first()).toBeVisible();
    expect(await page.locator("button.copy-button").count()).toBeGreaterThan(0);
    await expect(page.locator("button.copy-button:visible")).toHaveCount(0);
    await context.close();
  });
});

test.describe("images", () => {
  test("the site cannot serve show their alt text; those it publishes have their size and load lazily", async ({ page }) => {
    await page.goto(article);
    await expect(page.locator("main .missing-image").first()).toHaveText("Imagem não disponível: Bloqueio de eliminação");
    for (const pagePath of everyPage.filter((pagePath) => pagePath.includes("/articles/"))) {
      await page.goto(pagePath);
      for (const image of await page.locator("main img").all()) {
        const facts = await image.evaluate(async (element: HTMLImageElement) => {
          element.loading = "eager";
          await element.decode().catch(() => undefined);
          return { src: element.getAttribute("src"), width: element.getAttribute("width"), height: element.getAttribute("height"), natural: [element.naturalWidth, element.naturalHeight] };
        });
        expect(facts.width, `${pagePath} ${facts.src}`).not.toBeNull();
        if (facts.src?.startsWith("/_media/")) expect(facts.natural.map(String), `${pagePath} ${facts.src}`).toEqual([facts.width, facts.height]);
      }
      for (const image of await page.locator("main img").all()) await expect(image).toHaveAttribute("loading", /lazy|eager/);
    }
  });
});

test.describe("a locale without a translation", () => {
  test("gets the English one, with a notice saying so and a link to the original (seed)", async ({ page }) => {
    onlyOnSeedSite();
    for (const [locale, text, link] of [
      ["es-ES", "Este artículo aún no está disponible en español; se muestra la traducción al inglés.", "Leer el original en portugués (Portugal)"],
      ["de-DE", "Dieser Artikel ist noch nicht auf Deutsch verfügbar; angezeigt wird die Übersetzung auf Englisch.", "Original auf Portugiesisch (Portugal) lesen"],
    ] as const) {
      await page.goto(`/${locale}/articles/${seedSlug}/`);
      const notice = page.locator("[data-translation-notice]");
      await expect(notice).toContainText(text);
      await expect(notice.getByRole("link", { name: link })).toHaveAttribute("href", article);
      await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en-US");
      await page.goto(`/${locale}/errors/UserErrorRpCollectionLimitReached/`);
      await expect(page.getByTestId("error-message")).toHaveText("The restore point collection max limit has been reached.");
      await expect(page.locator("[data-translation-notice]")).toContainText(text);
    }
  });

  test("nor an English one gets the source, with a notice saying so (corpus)", async ({ page }) => {
    onlyOnCorpusSite();
    await page.goto(`/es-ES/articles/${corpusSlug}/`);
    await expect(page.locator("[data-translation-notice]")).toContainText("se muestra el original en portugués (Portugal)");
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "pt-PT");
  });
});

test("print shows where each link goes, except in-page anchors", async ({ page }) => {
  await page.goto(article);
  await page.emulateMedia({ media: "print" });
  const after = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element, "::after").content);
  expect(await after('main .prose-article a[href^="https://"]')).toMatch(/^" \(" attr\(href\) "\)"$|^" \(https:\/\//);
  expect(await after('main .prose-article a[href^="#"]')).toBe("none");
  await expect(page.getByTestId("article-toc")).toBeHidden();
});
