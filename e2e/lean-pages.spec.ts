import { expect, test } from "@playwright/test";

// Published error pages run the checklist with its own small script (scripts/islands/build.ts),
// without the framework's runtime or its inline page data.

test("an error page loads the checklist's script and no framework script or page data", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto("/en-US/errors/BackUpOperationFailed/");
  await expect(page.locator("[data-checklist]")).toHaveAttribute("data-loaded", "true");
  expect(scripts.length).toBe(1);
  expect(scripts[0]).toMatch(/^\/_islands\/checklist\.[0-9a-f]+\.js$/);
  expect(await page.evaluate(() => "__next_f" in self)).toBe(false);
  await page.getByRole("checkbox").first().check();
  await expect(page.getByTestId("progress")).toHaveText("1 of 6 checked");
});
