// Middleware: puts the bearer token on each request, and after a 401 refreshes it once and retries.
import type { Context } from "@microsoft/microsoft-graph-client";
import type { TokenProvider } from "../../auth/types";
import { GraphError, isAbortError, offlineError } from "../errors";
import { callOptionsOf, discard, setHeader, urlOf } from "./callOptions";
import { ChainedMiddleware } from "./chained";
import type { GraphEventListener } from "./events";

/** MSAL's codes for a token request that never reached the identity platform. */
const NETWORK_CODES = new Set([
  "no_network_connectivity",
  "network_error",
  "post_request_failed",
  "get_request_failed",
  "endpoints_resolution_error",
]);

/**
 * True when getting a token failed on the network (fetch's TypeError, MSAL's network codes, or the
 * browser saying it is offline): the user is offline, not signed out, and must be told so.
 */
function isNetworkFailure(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  if (typeof code === "string" && NETWORK_CODES.has(code)) return true;
  return typeof navigator !== "undefined" && navigator.onLine === false;
}

/**
 * A 401 usually means the cached token expired early or was revoked: one forced refresh fixes the
 * first and surfaces the second (the 401 then reaches the caller and reads as "signed out").
 */
export class AuthenticationMiddleware extends ChainedMiddleware {
  protected readonly label = "AuthenticationMiddleware";

  constructor(
    private readonly tokens: TokenProvider,
    private readonly onEvent: GraphEventListener,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    setHeader(context, "Authorization", `Bearer ${await this.token(context)}`);
    await next.execute(context);
    if (context.response?.status !== 401) return;
    await discard(context.response);
    this.onEvent({ type: "token-refresh", url: urlOf(context) });
    setHeader(context, "Authorization", `Bearer ${await this.token(context, true)}`);
    context.response = undefined;
    await next.execute(context);
  }

  /**
   * A token, or a parked "signed out" failure: without a token the request cannot be made, and the
   * SDK would re-wrap whatever we throw into something that reads as a network error.
   */
  private async token(context: Context, forceRefresh = false): Promise<string> {
    try {
      return await this.tokens.getToken(forceRefresh ? { forceRefresh } : undefined);
    } catch (error) {
      const call = callOptionsOf(context);
      call.failure =
        error instanceof GraphError || isAbortError(error)
          ? error
          : isNetworkFailure(error)
            ? offlineError(error)
            : new GraphError({
                status: 401,
                code: "tokenUnavailable",
                message: error instanceof Error ? error.message : String(error),
                requestId: null,
              });
      throw call.failure;
    }
  }
}
