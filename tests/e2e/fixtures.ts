// Shared browser-test fixtures: offline guard (nothing leaves localhost), console-error watch,
// and a fresh sandbox for every test.
import { test as base, expect, type Frame, type Page } from "@playwright/test";

export const SANDBOX = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4210}`;

const LOCAL = /^(https?|ws):\/\/(localhost|127\.0\.0\.1)(:\d+)?\//;
/** teams-js asks for this on import; offline it must fail gracefully, so the tests answer it. */
const TEAMS_VALID_DOMAINS =
  "https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json";

interface Watch {
  /** Requests that tried to leave the machine (all refused). */
  external: string[];
  /** console.error messages and uncaught page errors, from every frame. */
  errors: string[];
}

export const test = base.extend<{ watch: Watch; resetSandbox: void }>({
  resetSandbox: [
    async ({ request }, use) => {
      const reset = await request.post(`${SANDBOX}/_sandbox/reset`);
      expect(reset.ok()).toBe(true);
      await use();
    },
    { auto: true },
  ],
  watch: [
    async ({ context, page }, use) => {
      const watch: Watch = { external: [], errors: [] };
      await context.route(
        (url) => !LOCAL.test(url.toString()),
        async (route) => {
          const url = route.request().url();
          if (url === TEAMS_VALID_DOMAINS) {
            await route.fulfill({ json: { validOrigins: [] } });
            return;
          }
          watch.external.push(url);
          await route.abort("internetdisconnected");
        },
      );
      page.on("console", (message) => {
        if (message.type() === "error") watch.errors.push(message.text());
      });
      page.on("pageerror", (error) => watch.errors.push(String(error)));
      await use(watch);
    },
    { auto: true },
  ],
});

export { expect };

/** The framed surfaces of the workbench, by their accessible titles. */
export function surfaces(page: Page) {
  return {
    taskPane: page.frameLocator('iframe[title="Outlook task pane"]'),
    tab: page.frameLocator('iframe[title="Teams tab"]'),
    sidePanel: page.frameLocator('iframe[title="Teams meeting side panel"]'),
  };
}

/** The career centre's channel tab, as Teams names the saved tab (its frame's title). */
export const CAREER_CENTRE_TAB = "Career centre";

/**
 * Opens the workbench's career centre channel tab (the advisors' view, where the configuration
 * page's saved content URL leads) as `upn`, and returns its frame once it has loaded.
 */
export async function openChannelTab(page: Page, upn: string): Promise<Frame> {
  await page.goto(`/?surface=teams-channel&as=${encodeURIComponent(upn)}`);
  const element = page.locator(`iframe[title="${CAREER_CENTRE_TAB}"]`);
  const frame = await (await element.elementHandle())!.contentFrame();
  if (!frame) throw new Error("no career centre channel tab");
  await frame.waitForURL(/tab\.html/u);
  return frame;
}
