// A Graph gateway that exists before sign-in finishes, so the shell renders without waiting for it.
import type { TokenProvider } from "../auth/types";
import type { GraphClient, Transport } from "../graph/client";
import { DEFAULT_BACKOFF, systemClock } from "../graph/clock";

/** How a page gets its tokens and transport; both load in the background. */
export interface GraphSource {
  tokens: () => Promise<TokenProvider>;
  transport: () => Promise<Transport>;
}

/**
 * A Graph gateway usable at once: its first call waits for the sign-in and transport that started
 * loading with the page. A sign-in that cannot even start reads as "signed out", which the views
 * explain, instead of leaving the page blank. The client's own code (middleware, batching) loads
 * with the first call too: the first paint needs none of it.
 */
export function deferredGraph(
  source: GraphSource,
  startAfter: Promise<void> = Promise.resolve(),
): GraphClient {
  // The page passes its first paint: the sign-in and transport code then download and parse after
  // the first view shows, not beside it (on two cores that slowed it; npm run bench, load).
  const tokens = startAfter.then(() => source.tokens());
  const transport = startAfter.then(() => source.transport());
  // Handled by the first Graph call; this keeps an early failure from being reported as unhandled.
  tokens.catch(() => {});
  transport.catch(() => {});
  let client: Promise<GraphClient> | undefined;
  const real = () =>
    (client ??= import("../graph/client").then(({ createGraphClient }) =>
      createGraphClient({
        tokens: { getToken: async (request) => (await tokens).getToken(request) },
        transport: async (request) => (await transport)(request),
        clock: systemClock,
        random: Math.random,
      }),
    ));
  return {
    call: async (request) => (await real()).call(request),
    // Calls started in one task resume together once the module is here, so they still share a batch.
    batchItems: async (items, signal) => {
      const loaded = await real();
      if (!loaded.batchItems) throw new Error("the Graph client cannot batch");
      return loaded.batchItems(items, signal);
    },
    clock: systemClock,
    random: Math.random,
    backoff: DEFAULT_BACKOFF,
  };
}
