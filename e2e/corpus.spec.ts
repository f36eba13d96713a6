/**
 * The reference corpus built into a site (npm run test:corpus builds it into out-corpus/
 * and serves it): every error page and article page of every locale opens without a
 * console error. Skipped when the served site was not built with the corpus.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";

const outDir = path.resolve(process.env.OUT_DIR ?? "out");
const corpusDir = path.resolve("../shared/corpus");

function folders(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
}

/** Slugs of the corpus articles; the site has the corpus when it has a page for each. */
const corpusSlugs = folders(corpusDir).flatMap((locale) =>
  readdirSync(path.join(corpusDir, locale))
    .filter((name) => name.endsWith(".md"))
    .map((name) => name.slice(0, -3)),
);
const builtWithCorpus =
  corpusSlugs.length > 0 && corpusSlugs.every((slug) => existsSync(path.join(outDir, "pt-PT", "articles", slug, "index.html")));

/** Every page of the corpus site, in groups small enough to share out between workers. */
const pageGroups: Array<{ name: string; paths: string[] }> = folders(outDir)
  .filter((locale) => existsSync(path.join(outDir, locale, "errors")))
  .flatMap((locale) => {
    const paths = [
      ...folders(path.join(outDir, locale, "errors")).map((code) => `/${locale}/errors/${code}/`),
      ...folders(path.join(outDir, locale, "articles")).map((slug) => `/${locale}/articles/${slug}/`),
    ];
    const size = 25;
    return Array.from({ length: Math.ceil(paths.length / size) }, (_, i) => ({
      name: `${locale} pages ${i * size + 1}–${Math.min(paths.length, (i + 1) * size)}`,
      paths: paths.slice(i * size, (i + 1) * size),
    }));
  });

/** Console errors, uncaught exceptions and failed requests of one page, as they happen. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`exception: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * The page's scripts have run, so their errors are logged by then: every island on the page
 * has been hydrated by its module (scripts/islands/build.mts); a page the framework still
 * runs has been hydrated once its main element carries a React fiber.
 */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    if (document.querySelector('script[src^="/_next/"]')) {
      const main = document.getElementById("main");
      return main !== null && Object.keys(main).some((key) => key.startsWith("__reactFiber$"));
    }
    return [...document.querySelectorAll("[data-island]")].every((island) => island.getAttribute("data-island-hydrated") === "true");
  });
}

test.describe("the corpus site", () => {
  test.skip(!existsSync(corpusDir), `${corpusDir} is absent: no corpus to check`);
  test.skip(!builtWithCorpus, `the site in ${outDir} was not built with the corpus (npm run test:corpus builds it)`);

  test("a code explained in two articles shows a section and a checklist for each, saved apart", async ({ page }) => {
    await page.goto("/pt-PT/errors/100050/");
    const sections = page.getByTestId("article-section");
    await expect(sections).toHaveCount(2);
    await hydrated(page);
    await expect(sections.nth(0).getByRole("heading", { level: 2 })).toContainText("Azure Backup Server");
    await expect(sections.nth(1).getByRole("heading", { level: 2 })).toContainText("MARS");
    await sections.nth(1).getByRole("button", { name: "Isto resolveu" }).click();
    await page.reload();
    await hydrated(page);
    await expect(sections.nth(1).getByTestId("resolved")).toBeVisible();
    await expect(sections.nth(0).getByTestId("resolved")).toHaveCount(0);
  });

  for (const group of pageGroups) {
    test(`${group.name} load without a console error`, async ({ page }) => {
      // A budget per page, not a timing assertion: the machine may be busy.
      test.setTimeout(group.paths.length * 15_000);
      const problems = watch(page);
      for (const pagePath of group.paths) {
        const before = problems.length;
        const response = await page.goto(pagePath);
        expect(response?.status(), pagePath).toBe(200);
        if (pagePath.includes("/errors/")) {
          const code = decodeURIComponent(pagePath.split("/")[3] ?? "");
          await expect(page.getByTestId("error-code"), pagePath).toHaveText(code);
        }
        await hydrated(page);
        expect(problems.slice(before), pagePath).toEqual([]);
      }
    });
  }
});
