// A TokenProvider over an MSAL application: silent first, a popup only when MSAL says interaction
// is required.
import type { AuthenticationResult, MsalApp } from "./msalSlice";
import type { TokenProvider } from "./types";

/**
 * MSAL's InteractionRequiredAuthError, recognised by name and code rather than `instanceof` so the
 * class need not be loaded with the first chunk (and injected test doubles are recognised too).
 */
export function isInteractionRequired(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, errorCode } = error as { name?: unknown; errorCode?: unknown };
  return (
    name === "InteractionRequiredAuthError" ||
    errorCode === "interaction_required" ||
    errorCode === "consent_required" ||
    errorCode === "login_required" ||
    errorCode === "no_tokens_found"
  );
}

/** Entra's answers meaning "this scope needs consent the user cannot give" (admin consent). */
export function isConsentRefusal(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { errorCode, errorMessage, message } = error as Record<string, unknown>;
  const text = `${String(errorCode ?? "")} ${String(errorMessage ?? "")} ${String(message ?? "")}`;
  return /consent_required|AADSTS65001|AADSTS90094|AADSTS90008/u.test(text);
}

/**
 * Scopes with admin-only permissions swapped for the ones any user may consent to: without
 * User.Read.All the directory falls back to User.ReadBasic.All (basic fields, no department).
 */
export function degradeScopes(scopes: readonly string[]): { scopes: string[]; dropped: string[] } {
  const dropped = scopes.filter((scope) => scope === "User.Read.All");
  const kept = scopes.filter((scope) => scope !== "User.Read.All");
  if (dropped.length > 0 && !kept.includes("User.ReadBasic.All")) kept.push("User.ReadBasic.All");
  return { scopes: kept, dropped };
}

/** Options for `msalTokenProvider`. */
export interface MsalTokenOptions {
  app: MsalApp;
  scopes: readonly string[];
  /** The host's signed-in user, so the popup does not ask which account. */
  loginHint?: string;
  /** Told once when consent for an admin-only scope was refused and a smaller set was used. */
  onLimited?: (dropped: string[]) => void;
}

/**
 * Tokens from MSAL: `acquireTokenSilent` first (MSAL caches and refreshes), `acquireTokenPopup`
 * only on InteractionRequiredAuthError. If consent for an admin-only scope is refused, asks again
 * with the degraded set so the product still works with basic directory fields.
 */
export function msalTokenProvider(options: MsalTokenOptions): TokenProvider {
  let scopes = [...options.scopes];
  const { app } = options;

  async function interactive(): Promise<AuthenticationResult> {
    try {
      return await app.acquireTokenPopup({ scopes, loginHint: options.loginHint });
    } catch (error) {
      const degraded = degradeScopes(scopes);
      if (!isConsentRefusal(error) || degraded.dropped.length === 0) throw error;
      scopes = degraded.scopes;
      options.onLimited?.(degraded.dropped);
      return app.acquireTokenPopup({ scopes, loginHint: options.loginHint });
    }
  }

  return {
    async silentToken() {
      const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
      if (!account) return null;
      try {
        const result = await app.acquireTokenSilent({ scopes, account });
        app.setActiveAccount(result.account ?? account);
        return result.accessToken;
      } catch {
        return null; // expired, consent needed or offline: the user's click decides
      }
    },
    async getToken(request) {
      const account = app.getActiveAccount() ?? app.getAllAccounts()[0] ?? undefined;
      let result: AuthenticationResult;
      try {
        result = await app.acquireTokenSilent({
          scopes,
          account,
          forceRefresh: request?.forceRefresh ?? false,
        });
      } catch (error) {
        if (!isInteractionRequired(error) && account) throw error;
        // No account yet (first sign-in in a plain browser) also needs the interactive path.
        result = await interactive();
      }
      if (result.account) app.setActiveAccount(result.account);
      return result.accessToken;
    },
  };
}
