// The sandbox's request/response model and Graph's error envelope, shared by every route and
// $batch.
import { randomUUID } from "node:crypto";

/** One Graph request as routes see it, whether it came over HTTP or inside `$batch`. */
export interface SandboxRequest {
  method: string;
  /** Path below `/v1.0`, e.g. `/me/events/AAMk...` (percent-decoded per segment by the router). */
  path: string;
  query: URLSearchParams;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Parsed JSON body (undefined when none). */
  body: unknown;
}

/** What a route answers: a JSON body, raw bytes, or nothing. */
export interface SandboxResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  /** Binary payload (photos); `$batch` turns it into base64 as Graph does. */
  bytes?: Buffer;
}

/** Graph's JSON content type, as the service sends it. */
export const JSON_CONTENT_TYPE =
  "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

/** The origin every `@odata.context` and `@odata.nextLink` uses, as the real service writes them. */
export const GRAPH_ROOT = "https://graph.microsoft.com/v1.0";

/** A refusal with Graph's status, code and message; thrown by routes, rendered by `errorResponse`. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Shorthand for a 400 with one of Graph's codes. */
export function badRequest(message: string, code = "BadRequest"): GraphError {
  return new GraphError(400, code, message);
}

/** Per-request identity that Graph echoes in headers and in every error's innerError. */
export interface RequestIds {
  requestId: string;
  clientRequestId: string;
  date: Date;
}

/** Takes the caller's `client-request-id` (or invents one, as Graph does) and a fresh `request-id`. */
export function newRequestIds(headers: Record<string, string>, now: Date): RequestIds {
  return {
    requestId: randomUUID(),
    clientRequestId: headers["client-request-id"] ?? randomUUID(),
    date: now,
  };
}

/** Graph formats innerError.date without milliseconds. */
function graphDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "");
}

/** Renders a GraphError as Graph's error envelope. */
export function errorResponse(error: GraphError, ids: RequestIds): SandboxResponse {
  return {
    status: error.status,
    headers: {
      "Content-Type": JSON_CONTENT_TYPE,
      "request-id": ids.requestId,
      "client-request-id": ids.clientRequestId,
      ...error.headers,
    },
    body: {
      error: {
        code: error.code,
        message: error.message,
        innerError: {
          date: graphDate(ids.date),
          "request-id": ids.requestId,
          "client-request-id": ids.clientRequestId,
        },
      },
    },
  };
}

/** A JSON answer with Graph's content type. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return { status, headers: { "Content-Type": JSON_CONTENT_TYPE, ...headers }, body };
}

/** 204 No Content. */
export function noContent(): SandboxResponse {
  return { status: 204, headers: {} };
}

/** The `If-Match` a write must satisfy; undefined when absent or `*` (any version will do). */
export function ifMatch(headers: Record<string, string>): string | undefined {
  const given = headers["if-match"];
  return given === undefined || given.trim() === "*" ? undefined : given;
}

/** The JSON object body of a write, or a 400 as Graph gives for an empty or non-object payload. */
export function objectBody(req: SandboxRequest): Record<string, unknown> {
  const body = req.body;
  if (body === undefined || body === null) {
    throw badRequest("Empty Payload. JSON content expected.", "BadRequest");
  }
  if (typeof body !== "object" || Array.isArray(body)) {
    throw badRequest("Invalid request body: a JSON object is expected.", "BadRequest");
  }
  return body as Record<string, unknown>;
}
