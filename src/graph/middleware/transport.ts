// Middleware at the end of the chain: turns the SDK's context into a Request and hands it to a
// Transport.
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { isAbortError, offlineError } from "../errors";
import { callOptionsOf, urlOf } from "./callOptions";
import type { GraphEventListener } from "./events";

/** Where bytes go: `fetch` in production, the sandbox in the demo and tests. */
export type Transport = (request: Request) => Promise<Response>;

/**
 * A network failure becomes GraphError "offline" and an abort stays an AbortError; both are parked
 * on the call options because the SDK would re-wrap anything thrown through it.
 */
export class TransportMiddleware implements Middleware {
  constructor(
    private readonly transport: Transport,
    private readonly onEvent: GraphEventListener,
  ) {}

  async execute(context: Context): Promise<void> {
    const call = callOptionsOf(context);
    call.attempts += 1;
    const options = context.options ?? {};
    const method = options.method ?? "GET";
    const url = urlOf(context);
    const request = new Request(url, {
      method,
      headers: options.headers as HeadersInit | undefined,
      body: method === "GET" || method === "HEAD" ? undefined : (options.body as BodyInit | null),
      signal: call.signal ?? null,
    });
    this.onEvent({ type: "attempt", method, url, attempt: call.attempts });
    try {
      context.response = await this.transport(request);
    } catch (error) {
      call.failure = isAbortError(error) ? error : offlineError(error);
      throw call.failure;
    }
    this.onEvent({
      type: "response",
      method,
      url,
      status: context.response.status,
      attempt: call.attempts,
    });
  }
}
