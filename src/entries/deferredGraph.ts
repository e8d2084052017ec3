// A Graph gateway that exists before sign-in finishes, so the shell renders without waiting for it.
import type { TokenProvider } from "../auth/types";
import { createGraphClient, type GraphClient, type Transport } from "../graph/client";

/** How a page gets its tokens and transport; both load in the background. */
export interface GraphSource {
  tokens: () => Promise<TokenProvider>;
  transport: () => Promise<Transport>;
}

/**
 * A Graph gateway usable at once: its first call waits for the sign-in and transport that started
 * loading with the page. A sign-in that cannot even start reads as "signed out", which the views
 * explain, instead of leaving the page blank.
 */
export function deferredGraph(source: GraphSource): GraphClient {
  const tokens = source.tokens();
  const transport = source.transport();
  // Handled by the first Graph call; this keeps an early failure from being reported as unhandled.
  tokens.catch(() => {});
  transport.catch(() => {});
  return createGraphClient({
    tokens: { getToken: async (request) => (await tokens).getToken(request) },
    transport: async (request) => (await transport)(request),
  });
}
