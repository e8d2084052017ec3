// The Graph client factory: reads that start together coalesced into one $batch, then the SDK with
// our middleware chain (auth → retry → in-flight limit → transport).
import type { Client, ResponseType } from "@microsoft/microsoft-graph-client";
import type { TokenProvider } from "../auth/types";
import { type BackoffPolicy, type Clock, DEFAULT_BACKOFF, systemClock } from "./clock";
import { sendBatches, type BatchItem, type BatchItemResult } from "./batch";
import { GraphError, graphErrorFromResponse, isAbortError } from "./errors";
import { AuthenticationMiddleware } from "./middleware/authentication";
import { CallOptions, type RetryRule } from "./middleware/callOptions";
import type { GraphEvent, GraphEventListener } from "./middleware/events";
import { InFlightLimitMiddleware } from "./middleware/inFlightLimit";
import { RetryMiddleware } from "./middleware/retry";
import { type Transport, TransportMiddleware } from "./middleware/transport";
import { createReadQueue, isCoalescable } from "./readQueue";

export type { Transport } from "./middleware/transport";
export type { GraphEvent, GraphEventListener } from "./middleware/events";
export type { Clock, BackoffPolicy } from "./clock";

/**
 * The only Graph address the app uses. The SDK strips `Authorization` from non-https URLs and
 * mangles absolute http links, so the sandbox is reached by the transport, never by this URL.
 */
export const GRAPH_ROOT = "https://graph.microsoft.com/v1.0";

export type GraphMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** One Graph request, addressed relative to v1.0 ("/me/events"). */
export interface GraphCall {
  method: GraphMethod;
  /** Path relative to v1.0, optionally with a query string already encoded (see `withQuery`). */
  path: string;
  /** Query options; values are URL-encoded here. */
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  /** JSON body (objects are serialised by the SDK). */
  body?: unknown;
  signal?: AbortSignal;
  /** "never" for requests that must not be repeated blindly (draft-mail POSTs). */
  retry?: RetryRule;
  /** "json" (default), "binary" (photos) or "none" (ignore any body). */
  read?: "json" | "binary" | "none";
  /** Error statuses read as answers, not thrown ($batch: Graph may answer 424 with the items). */
  accept?: number[];
  /** False sends this GET on its own instead of in the $batch of reads started with it. */
  coalesce?: boolean;
}

/** A successful answer: status, headers and the parsed body. */
export interface GraphAnswer<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** What resource modules talk to. Failures throw GraphError (or an AbortError when cancelled). */
export interface GraphClient {
  call<T>(request: GraphCall): Promise<GraphAnswer<T>>;
  /**
   * Sends $batch items together with the reads started in the same task (see `runBatch`); absent
   * on stand-ins, which then send the items as a batch of their own.
   */
  batchItems?(
    items: readonly BatchItem[],
    signal?: AbortSignal,
  ): Promise<Map<string, BatchItemResult>>;
  /** The injected clock (paging, batch retries and draft checks read time from it). */
  readonly clock: Clock;
  readonly random: () => number;
  readonly backoff: BackoffPolicy;
}

/** Options for `createGraphClient`. */
export interface GraphClientOptions {
  tokens: TokenProvider;
  transport: Transport;
  clock?: Clock;
  random?: () => number;
  /** Concurrent requests on the wire (Outlook's per-mailbox limit is 4). */
  maxInFlight?: number;
  /** Retry attempts and backoff; `maxAttempts` 1 disables retries. */
  backoff?: Partial<BackoffPolicy>;
  onEvent?: (event: GraphEvent) => void;
  /** False sends every request on its own (default: reads started together share a $batch). */
  coalesce?: boolean;
}

/** Appends encoded query options to a path: values go through encodeURIComponent, keys stay as is. */
export function withQuery(path: string, query: GraphCall["query"]): string {
  if (!query) return path;
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  if (parts.length === 0) return path;
  return `${path}${path.includes("?") ? "&" : "?"}${parts.join("&")}`;
}

/**
 * Builds the Graph client. Every request goes to GRAPH_ROOT through: authentication (bearer token,
 * one refresh on 401) → retry (429/503/504, Retry-After, backoff on `clock`) → in-flight limit →
 * `transport`.
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const backoff: BackoffPolicy = { ...DEFAULT_BACKOFF, ...options.backoff };
  const listener = options.onEvent;
  // A failing listener (a log sink) must never fail the request it reports on.
  const onEvent: GraphEventListener = (event) => {
    try {
      listener?.(event);
    } catch {
      // Ignored on purpose.
    }
  };
  // The SDK loads on the first call, not with the page: first paint does not wait for it.
  let sdkReady: Promise<{ sdk: Client; raw: ResponseType }> | undefined;
  const loadSdk = () =>
    (sdkReady ??= import("@microsoft/microsoft-graph-client").then(({ Client, ResponseType }) => ({
      raw: ResponseType.RAW,
      sdk: Client.initWithMiddleware({
        baseUrl: "https://graph.microsoft.com/",
        defaultVersion: "v1.0",
        middleware: [
          new AuthenticationMiddleware(options.tokens, onEvent),
          new RetryMiddleware(backoff, clock, random, onEvent),
          new InFlightLimitMiddleware(options.maxInFlight ?? 4, onEvent),
          new TransportMiddleware(options.transport, onEvent),
        ],
      }),
    })));

  async function send<T>(request: GraphCall): Promise<GraphAnswer<T>> {
    const callOptions = new CallOptions(request.retry ?? "default", request.signal);
    const path = withQuery(request.path, request.query);
    const { sdk, raw } = await loadSdk();
    let builder = sdk
      .api(
        path.startsWith("https://")
          ? path
          : `${GRAPH_ROOT}${path.startsWith("/") ? "" : "/"}${path}`,
      )
      .responseType(raw)
      .middlewareOptions([callOptions]);
    if (request.headers) builder = builder.headers(request.headers);
    if (request.signal) builder = builder.option("signal", request.signal);
    let response: Response;
    try {
      switch (request.method) {
        case "GET":
          response = (await builder.get()) as Response;
          break;
        case "POST":
          response = (await builder.post(request.body ?? {})) as Response;
          break;
        case "PATCH":
          response = (await builder.patch(request.body ?? {})) as Response;
          break;
        case "PUT":
          response = (await builder.put(request.body ?? {})) as Response;
          break;
        case "DELETE":
          response = (await builder.delete()) as Response;
          break;
      }
    } catch (error) {
      // A cancelled call rejects with its signal's reason wherever it was (queued, waiting, on the wire).
      if (request.signal?.aborted) throw abortReason(request.signal);
      // Our transport parked the real failure (offline); anything else is a client bug.
      if (callOptions.failure !== undefined) throw callOptions.failure;
      if (isAbortError(error) || error instanceof GraphError) throw error;
      throw new GraphError({
        status: 0,
        code: "clientError",
        message: error instanceof Error ? error.message : String(error),
        requestId: null,
      });
    }
    if (!response.ok && !request.accept?.includes(response.status))
      throw await graphErrorFromResponse(response, clock.now());
    return {
      status: response.status,
      headers: response.headers,
      body: await readBody<T>(response, request.read),
    };
  }

  const coalesce = options.coalesce ?? true;
  const client: GraphClient = {
    call: <T>(request: GraphCall) =>
      coalesce && request.coalesce !== false && isCoalescable(request)
        ? queue.call<T>(request)
        : send<T>(request),
    clock,
    random,
    backoff,
  };
  // Items on the wire go through `send`, so a $batch is never queued into another one.
  const wire: GraphClient = { call: send, clock, random, backoff };
  const queue = createReadQueue({
    single: send,
    items: (items, signal) => sendBatches(wire, items, signal ? { signal } : {}),
  });
  if (coalesce) client.batchItems = (items, signal) => queue.items(items, signal);
  return client;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

async function readBody<T>(response: Response, read: GraphCall["read"]): Promise<T> {
  if (read === "none" || response.status === 204) {
    await response.body?.cancel();
    return undefined as T;
  }
  if (read === "binary") return (await response.arrayBuffer()) as T;
  const text = await response.text();
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    // A proxy's HTML page instead of Graph's JSON: report it as a Graph failure, not a SyntaxError.
    throw new GraphError({
      status: response.status,
      code: "badResponse",
      message: `Graph answered ${response.status} with a body that is not JSON`,
      requestId: response.headers.get("request-id"),
    });
  }
}
