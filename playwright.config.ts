// Browser tests: Debian's Chromium (never a downloaded browser) against the workbench and sandbox.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.config";

const port = Number(process.env.E2E_PORT ?? 3210);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4210);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1600, height: 1000 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: "npx tsx scripts/start.ts --optimized",
    url: `http://localhost:${port}/workbench.html`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(port),
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_STATE: "",
    },
  },
});
