// Picks the sign-in for the host: nested app auth when the host bridges it, else the Office dialog
// or a popup.
import type { OpenDialog } from "./dialogFallback";
import { createDialogTokens } from "./dialogFallback";
import type { LoadMsal } from "./msalSlice";
import { createNestedAppTokens, type NestedAppWindow } from "./naa";
import { createPopupTokens } from "./popup";
import type { TokenProvider } from "./types";

/** Which sign-in ended up in use (shown in diagnostics, asserted in tests). */
export type SignInMethod = "nested-app" | "office-dialog" | "teams-window" | "popup";

/** Everything the entry knows when choosing a sign-in. */
export interface SignInOptions {
  host: "outlook" | "teams" | "browser";
  clientId: string;
  tenantId: string;
  scopes: readonly string[];
  loginHint?: string;
  /** Absolute URL of the redirect-bridge page (popup sign-in). */
  redirectUri: string;
  /**
   * Outlook: the promisified `displayDialogAsync`; Teams: its sign-in window
   * (`authentication.authenticate`). With our dialog page's URL.
   */
  dialog?: { open: OpenDialog; url: string };
  /**
   * Whether the host says it supports nested app auth: Outlook's
   * `isSetSupported("NestedAppAuth", "1.1")`, Teams' `nestedAppAuth.isNAAChannelRecommended()`.
   */
  nestedAppAuthSupported?: boolean;
  window?: NestedAppWindow;
  loadMsal?: LoadMsal;
  onLimited?: (dropped: string[]) => void;
}

/**
 * Nested app auth first (Outlook and Teams that bridge it); without the bridge, the Office dialog
 * in Outlook and Teams' own sign-in window in Teams (a popup from their iframes may be blocked or
 * unable to reach back), and an MSAL popup in a plain browser.
 */
export async function chooseSignIn(
  options: SignInOptions,
): Promise<{ method: SignInMethod; tokens: TokenProvider }> {
  if (options.host !== "browser") {
    const nested = await createNestedAppTokens(options);
    if (nested) return { method: "nested-app", tokens: nested };
  }
  if (options.host !== "browser" && options.dialog) {
    return {
      method: options.host === "outlook" ? "office-dialog" : "teams-window",
      tokens: createDialogTokens({
        openDialog: options.dialog.open,
        dialogUrl: options.dialog.url,
        loginHint: options.loginHint,
      }),
    };
  }
  return { method: "popup", tokens: await createPopupTokens(options) };
}
