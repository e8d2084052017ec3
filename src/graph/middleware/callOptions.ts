// Per-request options handed down the middleware chain (retry rule, abort signal, the real
// failure).
import type { MiddlewareOptions } from "@microsoft/microsoft-graph-client";
import type { Context } from "@microsoft/microsoft-graph-client";

/**
 * "default" retries 429/503/504 (safe for reads, idempotent PATCH and DELETE); "read" also asks
 * again after a dropped connection, as GETs are (a POST that only reads: getSchedule); "never"
 * hands the first answer back (writes recovered by their modules, mixed batches).
 */
export type RetryRule = "default" | "read" | "never";

/** Options the gateway attaches to each SDK request; the middleware reads them from the context. */
export class CallOptions implements MiddlewareOptions {
  retry: RetryRule;
  signal: AbortSignal | undefined;
  /** The error our transport threw (offline, abort): the SDK would otherwise re-wrap it. */
  failure: unknown = undefined;
  /** Attempts made so far (for events and tests). */
  attempts = 0;

  constructor(retry: RetryRule, signal: AbortSignal | undefined) {
    this.retry = retry;
    this.signal = signal;
  }
}

/** The CallOptions of a request, or defaults when a request was made without them. */
export function callOptionsOf(context: Context): CallOptions {
  const found = context.middlewareControl?.getMiddlewareOptions(CallOptions) as
    CallOptions | undefined;
  return found ?? new CallOptions("default", undefined);
}

/** The request URL, whether the SDK handed a string or a Request. */
export function urlOf(context: Context): string {
  return typeof context.request === "string" ? context.request : context.request.url;
}

/** Sets one header on the SDK's fetch options (a plain object or a Headers). */
export function setHeader(context: Context, name: string, value: string): void {
  const options = (context.options ??= {});
  const headers = options.headers;
  if (headers instanceof Headers) {
    headers.set(name, value);
  } else if (Array.isArray(headers)) {
    options.headers = [
      ...headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase()),
      [name, value],
    ];
  } else {
    options.headers = { ...(headers ?? {}), [name]: value };
  }
}

/** Frees a response we will not read, so its connection can be reused before a retry. */
export async function discard(response: Response | undefined): Promise<void> {
  try {
    await response?.body?.cancel();
  } catch {
    // Already consumed or closed: nothing to free.
  }
}
