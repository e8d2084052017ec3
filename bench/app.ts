// The built app against a sandbox, in Chromium: what the browser sections of the benchmark drive.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import type { LoggedRequest } from "../sandbox/sandbox";
import { startSandbox } from "../sandbox/server";
import type { TenantFile } from "../sandbox/tenant";
import { DEMO_LIST_IDS, DEMO_SITE_ID, DEMO_STUDENT_UPN } from "../sandbox/tenants/demo";
import { devConfig } from "../scripts/devConfig";
import { serveStatic } from "../scripts/staticServer";
import { launchChromium } from "./browser";
import { benchBuild } from "./build";

/** Collects long tasks from the first moment of a page (an init script). */
export const LONG_TASK_PROBE = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
`;

/** A running app: pages at `origin`, Graph at `sandbox`, one Chromium. */
export interface BenchApp {
  origin: string;
  sandbox: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves the bench build against a sandbox holding `tenant` (the demo tenant when absent). */
export async function startBenchApp(tenant?: TenantFile): Promise<BenchApp> {
  const outDir = await benchBuild();
  const dir = tenant ? await mkdtemp(path.join(tmpdir(), "bench-app-")) : null;
  const tenantPath = dir ? path.join(dir, "tenant.json") : undefined;
  if (tenantPath) await writeFile(tenantPath, JSON.stringify(tenant));
  const sandbox = await startSandbox({ port: 0, ...(tenantPath ? { tenant: tenantPath } : {}) });
  const config = await devConfig({
    sandboxOrigin: sandbox.url,
    ...(tenantPath ? { tenantPath } : {}),
    demo: { siteId: DEMO_SITE_ID, lists: DEMO_LIST_IDS, student: DEMO_STUDENT_UPN },
  });
  const web = await serveStatic(outDir, config, 0);
  const address = web.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const browser = await launchChromium();
  return {
    origin,
    sandbox: sandbox.url,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => web.close(resolve));
      await sandbox.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The sandbox's request log since its last reset. */
export async function requestLog(sandbox: string): Promise<LoggedRequest[]> {
  const response = await fetch(`${sandbox}/_sandbox/requests`);
  return (await response.json()) as LoggedRequest[];
}

/** One logged request as a line, its $batch items in brackets (for BENCH_VERBOSE). */
export function describeRequest(r: LoggedRequest): string {
  const inner = r.batch ? ` [${r.batch.map((b) => `${b.method} ${b.path}`).join(", ")}]` : "";
  return `${r.method} ${r.path} ${r.status}${inner}`;
}

/**
 * Watches a page's requests to the sandbox, so a step can wait until the app has stopped talking
 * to Graph instead of sleeping for a guessed time.
 */
export function watchGraph(page: Page, sandbox: string) {
  let inFlight = 0;
  let lastChange = Date.now();
  const mine = (url: string) => url.startsWith(`${sandbox}/v1.0/`);
  const start = (url: string) => {
    if (!mine(url)) return;
    inFlight += 1;
    lastChange = Date.now();
  };
  const end = (url: string) => {
    if (!mine(url)) return;
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  page.on("request", (r) => start(r.url()));
  page.on("requestfinished", (r) => end(r.url()));
  page.on("requestfailed", (r) => end(r.url()));
  return {
    /**
     * Resolves once no Graph request is in flight, none started or ended for `quietMs`, and the
     * sandbox's log stopped growing: debounced saves and follow-up reads have all been made.
     */
    async settled(quietMs = 1000, timeoutMs = 30_000): Promise<LoggedRequest[]> {
      const deadline = Date.now() + timeoutMs;
      let log = await requestLog(sandbox);
      for (;;) {
        await page.waitForTimeout(100);
        const next = await requestLog(sandbox);
        const grew = next.length !== log.length;
        log = next;
        if (!grew && inFlight === 0 && Date.now() - lastChange >= quietMs) return log;
        if (Date.now() > deadline) throw new Error("Graph requests did not settle");
      }
    },
  };
}
