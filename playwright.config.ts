import { defineConfig } from "@playwright/test";
import { launchOptions } from "./scripts/browser.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);

/** End-to-end tests run against the production build in out/, served as a static host would. */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // The machines are small and shared: generous limits, no timing assertions.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions,
    trace: "off",
  },
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port), OUT_DIR: process.env.OUT_DIR ?? "out" },
    url: `http://127.0.0.1:${port}/pt-PT/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
