// Browser sign-in: a standard MSAL client with popups, completed by our same-origin redirect bridge
// page.
import type { LoadMsal } from "./msalSlice";
import { loadMsalBrowser } from "./msalSlice";
import { msalTokenProvider } from "./msalTokens";
import { msalConfiguration } from "./naa";
import type { TokenProvider } from "./types";

/** Options for popup sign-in in a plain browser tab. */
export interface PopupAuthOptions {
  clientId: string;
  tenantId: string;
  scopes: readonly string[];
  /** Absolute URL of the page running `runRedirectBridge` (msal-browser 5 needs one, same origin). */
  redirectUri: string;
  loginHint?: string;
  loadMsal?: LoadMsal;
  onLimited?: (dropped: string[]) => void;
}

/**
 * A TokenProvider with a standard PublicClientApplication. The first token needs a popup, which
 * browsers only allow from a user gesture: call `getToken` from the "Sign in" button. Signing out
 * clears MSAL's cache on this device (accounts and tokens), not the Entra session.
 */
export async function createPopupTokens(options: PopupAuthOptions): Promise<TokenProvider> {
  const msal = await (options.loadMsal ?? loadMsalBrowser)();
  const app = await msal.createStandardPublicClientApplication(
    msalConfiguration(options.clientId, options.tenantId, options.redirectUri),
  );
  const tokens = msalTokenProvider({
    app,
    scopes: options.scopes,
    loginHint: options.loginHint,
    onLimited: options.onLimited,
  });
  return { ...tokens, signOut: async () => app.clearCache?.() };
}
