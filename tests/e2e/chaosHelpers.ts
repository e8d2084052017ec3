// Helpers for the resilience browser tests: Graph as the student over HTTP, the sandbox's request
// log,
// seeded fault rules, what the user saw, and console errors told apart from expected network failures.
import type { APIRequestContext, ConsoleMessage, Page } from "@playwright/test";
import { expect, SANDBOX } from "./fixtures";
import { graph, STUDENT } from "./graphAsUser";

export const TAB = `/tab.html?as=${STUDENT}`;

/** One entry of `GET /_sandbox/requests`. */
export interface Logged {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  batch?: Logged[];
}

/** The sandbox's request log, batches flattened after their outer entry. */
export async function sandboxRequests(request: APIRequestContext): Promise<Logged[]> {
  const body = (await (await request.get(`${SANDBOX}/_sandbox/requests`)).json()) as Logged[];
  return body.flatMap((r) => (r.batch ? [r, ...r.batch] : [r]));
}

/** Posts fault rules; fails the test when the sandbox refuses them. */
export async function setFaults(request: APIRequestContext, rules: unknown[]): Promise<void> {
  const answer = await request.post(`${SANDBOX}/_sandbox/faults`, { data: { rules } });
  expect(answer.ok(), await answer.text()).toBe(true);
}

/** Clears every fault rule. */
export async function clearFaults(request: APIRequestContext): Promise<void> {
  expect((await request.delete(`${SANDBOX}/_sandbox/faults`)).ok()).toBe(true);
}

/** Reads the sandbox's Graph as the student (no faults apply to the token endpoint). */
export function graphAsStudent<T = Record<string, unknown>>(
  request: APIRequestContext,
  path: string,
  headers: Record<string, string> = {},
): Promise<T> {
  return graph<T>(request, "GET", path, undefined, STUDENT, headers);
}

/**
 * Messages Chromium logs by itself when a request fails on the wire: a sandbox answer of 429/503/504
 * or a dropped connection. Only these, and only for the sandbox's origin, are expected under
 * faults; every other console error is the app's and fails the test.
 */
const NETWORK_FAILURE =
  /^Failed to load resource: (the server responded with a status of (429|503|504) \(|net::ERR_(EMPTY_RESPONSE|CONNECTION_CLOSED|CONNECTION_RESET|INTERNET_DISCONNECTED|FAILED)$)/u;

/** Console errors and page errors of a page, with expected network failures set aside. */
export interface ConsoleWatch {
  /** Errors the app itself logged or threw: the test expects none. */
  unexpected: string[];
  /** Network failures Chromium reported for sandbox requests (counted for the report). */
  network: number;
}

/** Watches a page's console; only errors matter. */
export function watchConsole(page: Page, expectedOffline = false): ConsoleWatch {
  const watch: ConsoleWatch = { unexpected: [], network: 0 };
  const sandboxOrigin = new URL(SANDBOX).origin;
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() !== "error") return;
    const text = message.text();
    const url = message.location().url;
    const fromSandbox = url.startsWith(sandboxOrigin);
    // A folder created by a lost answer is found by the app's retry with a 409: that is recovery.
    const folderExists =
      text.includes("status of 409") && /\/v1\.0\/me\/contactFolders$/u.test(url);
    // A $batch with a throttled item inside may be answered 424 as a whole (concepts/throttling.md).
    const throttledBatch = text.includes("status of 424") && /\/v1\.0\/\$batch$/u.test(url);
    // A connection the sandbox drops while answering reaches the page without CORS headers, and
    // Chromium says so for that request (the app itself sees a network failure).
    const droppedAnswer =
      text.startsWith(`Access to fetch at '${sandboxOrigin}/v1.0/`) &&
      text.includes("has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header");
    if (droppedAnswer) {
      watch.network += 1;
      return;
    }
    if (
      (NETWORK_FAILURE.test(text) || folderExists || throttledBatch) &&
      (fromSandbox || (expectedOffline && url === ""))
    ) {
      watch.network += 1;
      return;
    }
    watch.unexpected.push(`${text} (${url})`);
  });
  page.on("pageerror", (error) => watch.unexpected.push(`page error: ${String(error)}`));
  return watch;
}

/**
 * Records every text the user was shown in a live region, a status line, a spinner or an alert,
 * from the first paint on: transient states ("Saving…", "Offline — kept on this device") are gone
 * by the time a test could look. Read them back with `seenTexts`.
 */
export async function recordTransientTexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { __seenTexts: Set<string> }).__seenTexts = seen;
    const selector =
      '[role="status"], [role="alert"], [role="progressbar"], [aria-live], .fui-Spinner, .fui-MessageBar, [aria-busy="true"]';
    const collect = () => {
      for (const element of document.querySelectorAll(selector)) {
        const text = (element.textContent ?? "").trim();
        if (text) seen.add(text);
      }
    };
    const start = () => {
      collect();
      new MutationObserver(collect).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    };
    if (document.body) start();
    else document.addEventListener("DOMContentLoaded", start);
  });
}

/** The transient texts recorded so far on this page. */
export async function seenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...((window as unknown as { __seenTexts?: Set<string> }).__seenTexts ?? []),
  ]);
}

/**
 * What a user must never read: an exception's name or message prefix, a stack frame, or a value
 * printed as `undefined`/`[object Object]`.
 */
export const RAW_ERROR =
  /Error:|TypeError|ReferenceError|SyntaxError|\bundefined\b|\bnull\b|\[object Object\]|^\s*at \S+ \(|^\s*at .+:\d+:\d+/mu;

/** Fails when the page shows raw error text. */
export async function expectNoRawErrors(page: Page, where: string): Promise<void> {
  const text = await page.locator("body").innerText();
  const match = RAW_ERROR.exec(text);
  expect(
    match,
    `${where}: raw error text on screen: …${match ? text.slice(Math.max(0, match.index - 80), match.index + 80) : ""}…`,
  ).toBeNull();
}
