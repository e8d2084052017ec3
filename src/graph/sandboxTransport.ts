// The demo/test transport: sends Graph requests to the local sandbox. Kept apart so production
// omits it.
import type { Transport } from "./middleware/transport";

/**
 * Rewrites `https://graph.microsoft.com/...` to `origin/...`, keeping path, query, method, headers
 * (including Authorization), body and abort signal. The body is buffered so the copy can be sent by
 * any fetch (a streamed body would need `duplex: "half"`).
 */
export function sandboxTransport(
  origin: string,
  send: (request: Request) => Promise<Response> = (request) => fetch(request),
): Transport {
  const base = new URL(origin);
  return async (request) => {
    const source = new URL(request.url);
    const target = new URL(`${source.pathname}${source.search}`, base);
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    return send(
      new Request(target, {
        method: request.method,
        headers: request.headers,
        body: hasBody ? await request.arrayBuffer() : undefined,
        signal: request.signal,
      }),
    );
  };
}
