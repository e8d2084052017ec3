// GraphError: every failed Graph call becomes one typed value carrying status, code and request id.

/** What a failed Graph call tells us, parsed from Graph's error body and headers. */
export interface GraphErrorInit {
  status: number;
  code: string;
  message: string;
  requestId: string | null;
  retryAfterMs?: number;
}

/**
 * A failed Graph request. `status` is the HTTP status (0 when the network failed: code "offline");
 * `code` is Graph's error code (e.g. "ErrorItemNotFound", "Authorization_RequestDenied").
 * Map it to something the user can read with `graphReasonOf` (src/domain/graphReason.ts).
 */
export class GraphError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;
  readonly retryAfterMs: number | undefined;

  constructor(init: GraphErrorInit) {
    super(init.message);
    this.name = "GraphError";
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** Statuses Graph documents as transient: throttled, unavailable, gateway timeout. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/**
 * True for a failure that may pass by itself: the network did not answer (status 0, "offline") or
 * Graph was throttled or unavailable (429/503/504). Worth trying again later — and, after a write
 * that is not repeated blindly, the write may or may not have been applied (its answer was lost).
 */
export function isTransientFailure(error: unknown): boolean {
  return error instanceof GraphError && (error.status === 0 || isRetryableStatus(error.status));
}

/**
 * Reads `Retry-After` as milliseconds. Graph sends whole seconds; an HTTP date is also legal, so it
 * is measured against `nowMs` (the injected clock, never the wall clock directly).
 */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (value === null || value === undefined || value.trim() === "") return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/u.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

type HeaderSource = Headers | Record<string, string> | undefined;

function headerOf(headers: HeaderSource, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Builds a GraphError from a status, headers and a parsed body (a whole response or one `$batch`
 * item). Graph's body is `{error: {code, message, innerError: {"request-id", ...}}}`; anything else
 * still yields a usable error named after the status.
 */
export function graphErrorFromBody(
  status: number,
  headers: HeaderSource,
  body: unknown,
  nowMs: number,
): GraphError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const inner = error && isRecord(error.innerError) ? error.innerError : undefined;
  const code = typeof error?.code === "string" ? error.code : `http${status}`;
  const message =
    typeof error?.message === "string" && error.message !== ""
      ? error.message
      : `Graph answered ${status}`;
  const innerId = inner?.["request-id"];
  const requestId =
    headerOf(headers, "request-id") ??
    headerOf(headers, "client-request-id") ??
    (typeof innerId === "string" ? innerId : null);
  return new GraphError({
    status,
    code,
    message,
    requestId,
    retryAfterMs: parseRetryAfter(headerOf(headers, "retry-after"), nowMs),
  });
}

/** Reads a failed fetch Response into a GraphError (the body may be JSON, text or empty). */
export async function graphErrorFromResponse(
  response: Response,
  nowMs: number,
): Promise<GraphError> {
  let body: unknown;
  try {
    const text = await response.text();
    body = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    body = undefined;
  }
  return graphErrorFromBody(response.status, response.headers, body, nowMs);
}

/** The network did not answer at all (no status): the UI says "you're offline". */
export function offlineError(cause: unknown): GraphError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new GraphError({
    status: 0,
    code: "offline",
    message: `Microsoft Graph could not be reached (${detail})`,
    requestId: null,
  });
}

/** What `pending` resolves to, or null when Graph answered 404 (no photo, no extension). */
export async function nullWhenNotFound<T>(pending: Promise<T>): Promise<T | null> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) return null;
    throw error;
  }
}

/** True for the error a fetch throws when its AbortSignal fires (a superseded search). */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "name" in error &&
    (error as { name: unknown }).name === "AbortError"
  );
}
