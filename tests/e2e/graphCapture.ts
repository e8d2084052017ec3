// Every answer the sandbox gives a page, body included: what a user could read in their browser's
// network panel, for tests that check what never reaches it.
import type { Page } from "@playwright/test";

/** One answer from the sandbox, as sent to the browser. */
export interface CapturedAnswer {
  method: string;
  url: string;
  status: number;
  /** The body as sent, and (for JSON) re-serialised, so escaped characters read as themselves. */
  text: string;
}

/**
 * Records every answer `origin` gives the page's frames ($batch bodies included). The requests
 * pass through Playwright, which keeps each body whole even when the page stops reading it (an
 * aborted read still reached the browser, so it counts).
 */
export async function captureAnswers(page: Page, origin: string) {
  const answers: CapturedAnswer[] = [];
  await page.route(
    (url) => url.origin === origin,
    async (route) => {
      const request = route.request();
      const response = await route.fetch();
      const raw = (await response.body()).toString("utf8");
      let text = raw;
      try {
        text = `${raw}\n${JSON.stringify(JSON.parse(raw))}`;
      } catch {
        // Not JSON (a photo, an empty 204): kept as sent.
      }
      answers.push({
        method: request.method(),
        url: request.url(),
        status: response.status(),
        text,
      });
      await route.fulfill({ response });
    },
  );
  return answers;
}

/** The answers (method, path and status) whose text contains `needle`, ignoring case. */
export function answersContaining(answers: readonly CapturedAnswer[], needle: string): string[] {
  const wanted = needle.toLowerCase();
  return answers
    .filter((a) => a.text.toLowerCase().includes(wanted))
    .map((a) => `${a.method} ${decodeURIComponent(new URL(a.url).pathname)} → ${a.status}`);
}
