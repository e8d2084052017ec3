// Chromium for the benchmark: Debian's build, offline, nothing allowed off the machine.
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.config";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A fresh context that refuses every request leaving localhost. */
export async function offlineContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  await context.route(
    (url) => !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url.toString()),
    (route) => route.abort("internetdisconnected"),
  );
  return context;
}
