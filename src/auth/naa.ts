// Nested app authentication (Outlook, Teams): MSAL through the host's bridge, or null so the caller
// falls back.
import type { Configuration, LoadMsal } from "./msalSlice";
import { loadMsalBrowser } from "./msalSlice";
import { msalTokenProvider } from "./msalTokens";
import type { TokenProvider } from "./types";

/**
 * The window members the host puts there for nested app auth. msal-browser's BridgeProxy reads
 * exactly `window.nestedAppAuthBridge`; Teams may first need `window.__initializeNestedAppAuth()`.
 */
export interface NestedAppWindow {
  nestedAppAuthBridge?: unknown;
  __initializeNestedAppAuth?: () => Promise<void> | void;
}

/**
 * Whether the host offers the NAA bridge. Decided here, not by MSAL: when the bridge is absent
 * `createNestablePublicClientApplication` silently returns a standard (popup/redirect) client,
 * which inside an Outlook iframe would open popups that cannot complete.
 */
export async function hasNestedAppBridge(win: NestedAppWindow | undefined): Promise<boolean> {
  if (!win) return false;
  if (
    win.nestedAppAuthBridge === undefined &&
    typeof win.__initializeNestedAppAuth === "function"
  ) {
    try {
      await win.__initializeNestedAppAuth();
    } catch {
      return false;
    }
  }
  return win.nestedAppAuthBridge !== undefined && win.nestedAppAuthBridge !== null;
}

/** Options for nested app sign-in. */
export interface NestedAppAuthOptions {
  clientId: string;
  tenantId: string;
  scopes: readonly string[];
  /** The host's user (Office/Teams context), used as login hint. */
  loginHint?: string;
  /**
   * The host's own answer: in Outlook,
   * `Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")` (false in Outlook.com and
   * Gmail mailboxes and older builds); in Teams, teams-js `nestedAppAuth.isNAAChannelRecommended()`.
   * Only true allows nested auth (a bridge object alone is not the host saying it supports it), and
   * even then the bridge must be there.
   */
  nestedAppAuthSupported?: boolean;
  /** Defaults to the global window. */
  window?: NestedAppWindow;
  /** Defaults to a dynamic import of msal-browser. */
  loadMsal?: LoadMsal;
  onLimited?: (dropped: string[]) => void;
}

/** The MSAL configuration for our app registration (tokens cached in sessionStorage, never localStorage). */
export function msalConfiguration(
  clientId: string,
  tenantId: string,
  redirectUri?: string,
): Configuration {
  return {
    auth: {
      clientId,
      authority: `https://login.microsoftonline.com/${tenantId}`,
      ...(redirectUri ? { redirectUri } : {}),
    },
    cache: { cacheLocation: "sessionStorage" },
  };
}

/**
 * A TokenProvider using nested app auth, or null when the host has no bridge (older Outlook,
 * Teams without NAA, a plain browser): then use `createDialogTokens` (Outlook) or
 * `createPopupTokens` (browser). Call it after the host is ready — in Outlook after `Office.onReady`,
 * in Teams after teams-js `app.initialize()` — since the host installs the bridge then.
 */
export async function createNestedAppTokens(
  options: NestedAppAuthOptions,
): Promise<TokenProvider | null> {
  if (options.nestedAppAuthSupported !== true) return null;
  const win = options.window ?? (globalThis as { window?: NestedAppWindow }).window;
  if (!(await hasNestedAppBridge(win))) return null;
  const msal = await (options.loadMsal ?? loadMsalBrowser)();
  const app = await msal.createNestablePublicClientApplication(
    msalConfiguration(options.clientId, options.tenantId),
  );
  return msalTokenProvider({
    app,
    scopes: options.scopes,
    loginHint: options.loginHint,
    onLimited: options.onLimited,
  });
}
