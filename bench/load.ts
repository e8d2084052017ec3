// Load figures in Chromium against the sandbox: first contentful paint and first interactive view
// of the task pane and the tab, as ratios to a blank FluentProvider + Button page built the same way.
import path from "node:path";
import { startSandbox } from "../sandbox/server";
import { DEMO_LIST_IDS, DEMO_SITE_ID, DEMO_STUDENT_UPN } from "../sandbox/tenants/demo";
import { devConfig } from "../scripts/devConfig";
import { serveStatic } from "../scripts/staticServer";
import { launchChromium, offlineContext } from "./browser";
import { buildPages, ROOT } from "./build";
import { median, round, type Figure } from "./figure";

/**
 * Rounds of (blank, task pane, tab). On a busy 2-core machine one page load varies 3× run to run,
 * so each round's pages are compared with that round's blank page, and the figure is the median of
 * those paired ratios. With P25–P75 about 0.4× apart, 41 rounds put the median within about ±0.05×
 * (15 moved it by ±0.15× between runs). BENCH_LOAD_RUNS overrides the count.
 */
const RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 41);

/** The value below which `share` of the values lie (nearest rank). */
function quantile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

/** Collects long tasks from the first moment of the page. */
const LONG_TASK_PROBE = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
`;

/**
 * Resolves with the time the page first showed `selector`, taken in the page at the next frame, so
 * the figure does not include the test driver's polling (which is slowest on the busiest page).
 */
const readyProbe = (selector: string) => `
  window.__ready = new Promise((resolve) => {
    const check = () => {
      if (!document.querySelector(${JSON.stringify(selector)})) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true });
  });
`;

interface Sample {
  fcp: number;
  ready: number;
  longTasks: number;
}

export async function benchLoad(): Promise<Figure[]> {
  const outDir = path.join(ROOT, "dist-bench", "load");
  await buildPages(outDir, true);
  const sandbox = await startSandbox({ port: 0 });
  const config = await devConfig({
    sandboxOrigin: sandbox.url,
    demo: { siteId: DEMO_SITE_ID, lists: DEMO_LIST_IDS, student: DEMO_STUDENT_UPN },
  });
  const web = await serveStatic(outDir, config, 0);
  const address = web.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const browser = await launchChromium();
  try {
    const pages = {
      // The first interactive view: the blank page's button; the Find view's search box.
      blank: { url: "/blank.html", ready: "button" },
      taskpane: { url: `/taskpane.html?as=${DEMO_STUDENT_UPN}`, ready: "input[type=search]" },
      tab: { url: `/tab.html?as=${DEMO_STUDENT_UPN}`, ready: "input[type=search]" },
    } as const;
    const samples: Record<string, Sample[]> = { blank: [], taskpane: [], tab: [] };
    const order = Object.entries(pages);
    for (let run = 0; run < RUNS; run++) {
      // Interleave pages so a noisy moment on the machine hits all of them alike, and rotate which
      // goes first so none is always loaded into a just-started browser or a just-closed context.
      const rotated = [...order.slice(run % order.length), ...order.slice(0, run % order.length)];
      for (const [name, page] of rotated) {
        const context = await offlineContext(browser);
        await context.addInitScript(LONG_TASK_PROBE + readyProbe(page.ready));
        const tab = await context.newPage();
        await tab.goto(origin + page.url);
        const sample = await tab.evaluate(async () => {
          const probe = window as unknown as { __longTasks: number[]; __ready: Promise<number> };
          const ready = await probe.__ready;
          const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
          return { fcp, ready, longTasks: probe.__longTasks.filter((d) => d > 50).length };
        });
        samples[name]?.push(sample);
        await context.close();
      }
    }
    const figures: Figure[] = [];
    const blank = samples.blank ?? [];
    const blankFcp = median(blank.map((s) => s.fcp));
    const blankReady = median(blank.map((s) => s.ready));
    figures.push(
      { id: "load.blank.fcpMs", value: round(blankFcp, 0), unit: "ms", gated: false },
      { id: "load.blank.readyMs", value: round(blankReady, 0), unit: "ms", gated: false },
    );
    for (const name of ["taskpane", "tab"]) {
      const list = samples[name] ?? [];
      const fcp = median(list.map((s) => s.fcp));
      const ready = median(list.map((s) => s.ready));
      // Each run against the blank page of the same round: the load on the machine cancels out.
      const ratios = list.map((s, i) => s.ready / (blank[i]?.ready ?? Number.NaN));
      figures.push(
        { id: `load.${name}.fcpMs`, value: round(fcp, 0), unit: "ms", gated: false },
        { id: `load.${name}.fcpRatio`, value: round(fcp / blankFcp, 2), unit: "×", gated: false },
        { id: `load.${name}.readyMs`, value: round(ready, 0), unit: "ms", gated: false },
        {
          id: `load.${name}.readyRatio`,
          value: round(median(ratios), 2),
          unit: `× (${RUNS} runs)`,
          gated: false,
        },
        {
          id: `load.${name}.readyRatioP25`,
          value: round(quantile(ratios, 0.25), 2),
          unit: "×",
          gated: false,
        },
        {
          id: `load.${name}.readyRatioP75`,
          value: round(quantile(ratios, 0.75), 2),
          unit: "×",
          gated: false,
        },
        {
          id: `load.${name}.longTasks`,
          value: median(list.map((s) => s.longTasks)),
          unit: "tasks > 50 ms",
          gated: false,
        },
      );
    }
    return figures;
  } finally {
    await browser.close();
    await new Promise((resolve) => web.close(resolve));
    await sandbox.close();
  }
}
