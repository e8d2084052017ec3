// Why a Graph call failed, in words the UI can explain: a pure mapping from status and error code.

/** The structural part of a GraphError this mapping needs (domain does not import graph). */
export interface GraphFailure {
  status: number;
  code: string;
  message: string;
  retryAfterMs?: number | undefined;
}

/** A reason the UI can explain and act on. */
export type GraphReason =
  | { kind: "consent-required"; permission: string | null }
  | { kind: "throttled"; retryAfterMs: number | null }
  | { kind: "offline" }
  | { kind: "not-found" }
  | { kind: "conflict" }
  | { kind: "signed-out" }
  | { kind: "too-large" }
  | { kind: "unknown"; status: number; code: string };

/** Codes Graph uses for "this token may not do that" (Entra directory and Exchange spellings). */
const DENIED_CODES = new Set([
  "Authorization_RequestDenied",
  "ErrorAccessDenied",
  "AccessDenied",
  "accessDenied",
  "Forbidden",
]);

const NOT_FOUND_CODES = new Set([
  "ErrorItemNotFound",
  "Request_ResourceNotFound",
  "ResourceNotFound",
  "itemNotFound",
  "ImageNotFound",
  "ErrorInvalidUser",
]);

const TOO_LARGE_CODES = new Set([
  "ErrorMessageSizeExceeded",
  "RequestEntityTooLarge",
  "PayloadTooLarge",
  "extensionTooLarge",
]);

/** Delegated permission names as Graph spells them, when an error message names one. */
const PERMISSION_PATTERN =
  /\b(User|People|Contacts|Calendars|Mail|Sites|MailboxSettings|Directory)\.[A-Za-z]+(?:\.[A-Za-z]+)?\b/u;

/**
 * Maps a failed Graph call to a reason. `permission` is the caller's knowledge of which delegated
 * permission the request needed (e.g. "User.Read.All" for department); when absent, a permission
 * named in Graph's message is used. A 401 reaching this mapping has already survived one token
 * refresh in the client, so it means the user is signed out.
 */
export function graphReasonOf(failure: GraphFailure, permission?: string): GraphReason {
  const { status, code } = failure;
  if (status === 0 || code === "offline") return { kind: "offline" };
  if (status === 401) return { kind: "signed-out" };
  if (status === 403 && (DENIED_CODES.has(code) || code.startsWith("http"))) {
    const named = PERMISSION_PATTERN.exec(failure.message)?.[0] ?? null;
    return { kind: "consent-required", permission: permission ?? named };
  }
  if (status === 429 || status === 503 || status === 504) {
    return { kind: "throttled", retryAfterMs: failure.retryAfterMs ?? null };
  }
  if (status === 404 || NOT_FOUND_CODES.has(code)) return { kind: "not-found" };
  if (status === 409 || status === 412) return { kind: "conflict" };
  if (status === 413 || TOO_LARGE_CODES.has(code)) return { kind: "too-large" };
  return { kind: "unknown", status, code };
}
