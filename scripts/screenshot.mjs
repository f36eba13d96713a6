// Screenshots of pages of the running site, at phone and desktop width, for people to look at.
// Usage: node scripts/screenshot.mjs <base-url> <out-dir> <path> [<path>…]
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { launchOptions } from "./browser.mjs";

const [base = "http://127.0.0.1:3000", outDir = "screenshots", ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch(launchOptions);
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
for (const pagePath of paths.length ? paths : ["/pt-PT/"]) {
  for (const [name, viewport] of Object.entries(widths)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(base + pagePath, { waitUntil: "networkidle" });
    const file = path.join(outDir, `${pagePath.replace(/[^\w-]+/g, "_").replace(/^_|_$/g, "") || "root"}-${name}.png`);
    await page.screenshot({ path: file, fullPage: process.env.FULL === "1" });
    console.log(file);
    await context.close();
  }
}
await browser.close();
