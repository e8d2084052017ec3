// Waits for office.js from Microsoft's CDN (required for store submission) and Office.onReady.
import type { OfficeApi } from "../hosts/outlook/officeApi";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Office once ready, or null when it is not there or not ready in time. */
function whenReady(timeoutMs: number): Promise<OfficeApi | null> {
  const office = (globalThis as unknown as { Office?: OfficeApi }).Office;
  const ready = office?.onReady ? office.onReady() : null;
  if (!office || !ready) return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    ready.then(
      () => {
        clearTimeout(timer);
        resolve(office);
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });
}

/**
 * Resolves with Office once ready, or null when the script cannot load in time (CDN down,
 * blocked). The production task pane references office.js in its <head> (webpack.config.js), so
 * by the time this runs the script has loaded or failed: nothing is fetched twice. Other pages
 * that need Office (the sign-in dialog, development builds sideloaded into Outlook) add the same
 * script here.
 */
export function loadOfficeJs(timeoutMs = 10_000): Promise<OfficeApi | null> {
  if (document.querySelector(`script[src="${OFFICE_JS_URL}"]`)) return whenReady(timeoutMs);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    const script = document.createElement("script");
    script.src = OFFICE_JS_URL;
    script.onerror = () => {
      clearTimeout(timer);
      resolve(null);
    };
    script.onload = () => {
      clearTimeout(timer);
      void whenReady(timeoutMs).then(resolve);
    };
    document.head.appendChild(script);
  });
}
