// Chromium for the benchmark: Debian's build, offline, nothing allowed off the machine.
import { chromium, type Browser, type BrowserContext } from "@playwright/test";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
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
