// Identifiers and change keys shaped like Exchange's, so clients cannot rely on friendlier ones.
import { randomBytes, randomUUID } from "node:crypto";
import { badRequest, GraphError, ifMatch } from "./http";

/** A new Outlook item id (base64url like Exchange's "AAMkA..." ids). */
export function newOutlookId(): string {
  return `AAMkA${randomBytes(48).toString("base64url")}=`;
}

/** A new change key; `@odata.etag` is `W/"<changeKey>"`. */
export function newChangeKey(): string {
  return randomBytes(24).toString("base64");
}

/** A weak ETag for an Outlook item. */
export function weakEtag(changeKey: string): string {
  return `W/"${changeKey}"`;
}

/** The identity and timestamps a new Outlook item starts with (keeping an id the tenant file gave). */
export function newItemIdentity(
  now: Date,
  id?: string,
): { id: string; changeKey: string; createdDateTime: string; lastModifiedDateTime: string } {
  const stamp = now.toISOString();
  return {
    id: id ?? newOutlookId(),
    changeKey: newChangeKey(),
    createdDateTime: stamp,
    lastModifiedDateTime: stamp,
  };
}

/** A new directory-style GUID. */
export function newGuid(): string {
  return randomUUID();
}

const OUTLOOK_ID = /^[A-Za-z0-9_+/-]{16,}={0,2}$/;

/**
 * Resolves an Outlook item id: unknown ids that are not even shaped like one get Graph's
 * `ErrorInvalidIdMalformed`; well-formed unknown ids get `ErrorItemNotFound`.
 */
export function findOutlookItem<T>(items: ReadonlyMap<string, T>, id: string): T {
  const found = items.get(id);
  if (found !== undefined) return found;
  if (!OUTLOOK_ID.test(id)) throw badRequest("Id is malformed.", "ErrorInvalidIdMalformed");
  throw itemNotFound();
}

/** Outlook's 404 for an item (or an extension on one) that is not in the mailbox. */
export function itemNotFound(): GraphError {
  return new GraphError(
    404,
    "ErrorItemNotFound",
    "The specified object was not found in the store.",
  );
}

/** Graph's answer to a stale `If-Match` on an Outlook item. */
export function staleChangeKey(): GraphError {
  return new GraphError(
    412,
    "ErrorIrresolvableConflict",
    "The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.",
  );
}

/** Checks `If-Match` against an Outlook item's change key (accepts `*`, weak or strong forms). */
export function checkIfMatch(headers: Record<string, string>, changeKey: string): void {
  const header = ifMatch(headers);
  if (header === undefined) return;
  const given = header
    .trim()
    .replace(/^W\//, "")
    .replace(/^"(.*)"$/, "$1");
  if (given !== changeKey) throw staleChangeKey();
}
