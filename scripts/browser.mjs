// Debian's Chromium, headless, with the flags this sandbox needs (no network but localhost).
import { existsSync } from "node:fs";

const candidates = [process.env.CHROMIUM_PATH, "/usr/lib/chromium/chromium", "/usr/bin/chromium"];

export const chromiumPath = candidates.find((candidate) => candidate && existsSync(candidate));

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const launchOptions = { executablePath: chromiumPath, headless: true, args: chromiumArgs };
