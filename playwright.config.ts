import { defineConfig, devices } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Debian's Chromium, never a downloaded browser; override with CHROMIUM_PATH.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT ?? 3100);
// Each run starts from an empty embedded database; tests create their own teachers and classes.
// Kept in the environment so test workers (which inherit it) can read the database to prove
// that a refused request changed nothing (e2e/support/database.ts).
const dataDir = (process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "evident-e2e-")));
const launchOptions = {
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

const LAST = /join-throttle\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: { baseURL: `http://127.0.0.1:${port}`, trace: "retain-on-failure" },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined, launchOptions }, testIgnore: LAST },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, testIgnore: LAST },
    // Uses up the school-wide join limit on purpose, so it runs after everything else.
    { name: "last", use: { ...devices["Desktop Chrome"], channel: undefined, launchOptions }, testMatch: LAST, dependencies: ["desktop", "phone"] },
  ],
  webServer: {
    // The production build, as a school would run it.
    command: `npm run build && node scripts/server/serve.mjs --port ${port} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 480_000,
    reuseExistingServer: false,
    env: { NEXT_TELEMETRY_DISABLED: "1", EVIDENT_DATA_DIR: dataDir },
  },
});
