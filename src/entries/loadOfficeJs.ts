// Loads office.js from Microsoft's CDN (required for store submission) and waits for
// Office.onReady.
import type { OfficeApi } from "../hosts/outlook/officeApi";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Resolves with Office once ready, or null when the script cannot load in time (CDN down, blocked). */
export function loadOfficeJs(timeoutMs = 10_000): Promise<OfficeApi | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    const finish = (office: OfficeApi | null) => {
      clearTimeout(timer);
      resolve(office);
    };
    const script = document.createElement("script");
    script.src = OFFICE_JS_URL;
    script.onerror = () => finish(null);
    script.onload = () => {
      const office = (globalThis as unknown as { Office?: OfficeApi }).Office;
      if (!office?.onReady) return finish(null);
      office.onReady().then(
        () => finish(office),
        () => finish(null),
      );
    };
    document.head.appendChild(script);
  });
}
