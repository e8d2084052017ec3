// Dev tokens for the sandbox: one persona's token from POST /_sandbox/token, kept in memory until
// near expiry.
import type { TokenProvider } from "./types";

/** Options for `createSandboxTokens`. */
export interface SandboxTokenOptions {
  origin: string;
  /** The persona signed in (a tenant user's UPN). */
  userPrincipalName: string;
  /** Milliseconds since epoch; injected so expiry is testable. */
  now?: () => number;
  fetch?: (request: Request) => Promise<Response>;
  /** Renew this long before expiry so a request never leaves with a token about to lapse. */
  renewBeforeMs?: number;
}

/**
 * A TokenProvider for the sandbox. The token lives in this closure only (never storage, never
 * logged); concurrent callers share one in-flight request.
 */
export function createSandboxTokens(options: SandboxTokenOptions): TokenProvider {
  const now = options.now ?? (() => Date.now());
  const send = options.fetch ?? ((request: Request) => fetch(request));
  const renewBeforeMs = options.renewBeforeMs ?? 60_000;
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function issue(): Promise<string> {
    const response = await send(
      new Request(new URL("/_sandbox/token", options.origin), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ userPrincipalName: options.userPrincipalName }),
      }),
    );
    if (!response.ok) {
      throw new Error(
        `The sandbox refused a token for ${options.userPrincipalName} (${response.status})`,
      );
    }
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== "string")
      throw new Error("The sandbox answered without an access_token");
    const lifetimeS = typeof body.expires_in === "number" ? body.expires_in : 3600;
    cached = { token: body.access_token, expiresAt: now() + lifetimeS * 1000 };
    return body.access_token;
  }

  return {
    getToken(request) {
      if (!request?.forceRefresh && cached && cached.expiresAt - renewBeforeMs > now()) {
        return Promise.resolve(cached.token);
      }
      pending ??= issue().finally(() => {
        pending = undefined;
      });
      return pending;
    },
  };
}
