// The product's one open extension on Outlook items (events, contacts): name, size cap,
// read/merge/write.
import type { OpenTypeExtension } from "@microsoft/microsoft-graph-types";
import {
  EXTENSION_MAX_BYTES,
  EXTENSION_NAME,
  capPayload,
  refuseTooLarge,
  type TooLargeRefusal,
} from "../domain/interview";
import type { GraphClient } from "./client";
import type { CheckedBatchWrite } from "./checkedBatch";
import { writeChecked } from "./checkedWrite";
import { GraphError, nullWhenNotFound } from "./errors";

/**
 * The single fixed extension name, owned by the domain (each new name costs a MAPI named property
 * from a finite per-mailbox quota, so it is never built from data).
 */
export { EXTENSION_NAME };

/** Graph's id for an open extension on an Outlook item: the type name, then the extension name. */
export const EXTENSION_ID = `Microsoft.OutlookServices.OpenTypeExtension.${EXTENSION_NAME}`;

/**
 * Our cap on the extension's JSON (Graph documents no limit for Outlook items, so we set one and
 * say so when it is reached rather than find Exchange's limit in production).
 */
export const MAX_EXTENSION_BYTES = EXTENSION_MAX_BYTES;

/** The extension's own properties, without Graph's bookkeeping fields. */
export type ExtensionData = Record<string, unknown>;

/** A write either stored the data or refused it for size before any request was made. */
export type ExtensionWrite = { ok: true; data: ExtensionData } | TooLargeRefusal;

/**
 * The property that marks one write of our extension: a fresh id per write, so after a lost answer
 * a read tells whether this write is the stored one. Kept as an unknown property by older versions.
 */
export const WRITE_MARKER = "writeId";

const BOOKKEEPING = new Set([
  "@odata.type",
  "@odata.context",
  "@odata.id",
  "extensionName",
  "id",
  // Our write marker is bookkeeping too: each write sets a fresh one (see WRITE_MARKER).
  "writeId",
]);

/** Strips Graph's fields from an extension, leaving only our properties. */
export function extensionData(
  extension: OpenTypeExtension | Record<string, unknown>,
): ExtensionData {
  const data: ExtensionData = {};
  for (const [key, value] of Object.entries(extension)) {
    if (!BOOKKEEPING.has(key)) data[key] = value;
  }
  return data;
}

/**
 * Finds our extension among an item's expanded `extensions` (`$expand=extensions($filter=...)`).
 * Graph reports the fully qualified id; the extensionName is compared too.
 */
export function findOurExtension(
  extensions: readonly Record<string, unknown>[] | undefined,
): ExtensionData | null {
  const ours = (extensions ?? []).find(
    (extension) => extension.id === EXTENSION_ID || extension.extensionName === EXTENSION_NAME,
  );
  return ours ? extensionData(ours) : null;
}

/** `$expand` value that brings back only our extension (Outlook items filter on the full id). */
export const EXPAND_OUR_EXTENSION = `extensions($filter=id eq '${EXTENSION_ID}')`;

/** The body that creates our extension inline in a POST of its item, or via `/extensions`. */
export function newExtensionBody(data: ExtensionData): Record<string, unknown> {
  return {
    "@odata.type": "microsoft.graph.openTypeExtension",
    extensionName: EXTENSION_NAME,
    ...data,
  };
}

/** Checks the cap on the extension as sent (UTF-8 JSON); the caller shows "too large" instead. */
export function checkExtensionSize(data: ExtensionData): ExtensionWrite {
  const capped = capPayload(newExtensionBody(data), MAX_EXTENSION_BYTES);
  return capped.ok ? { ok: true, data } : refuseTooLarge(capped.error);
}

/**
 * The `extensions` value that creates ours inline in its item's POST (one request for both), or the
 * size refusal, before any request.
 */
export function inlineExtension(
  data: ExtensionData,
): { ok: true; extensions: Record<string, unknown>[] } | TooLargeRefusal {
  const checked = checkExtensionSize(data);
  return checked.ok ? { ok: true, extensions: [newExtensionBody(data)] } : checked;
}

/** Reads our extension on an item ("/me/events/{id}"), or null when it has none. */
export async function readExtension(
  client: GraphClient,
  itemPath: string,
  signal?: AbortSignal,
): Promise<ExtensionData | null> {
  const answer = await nullWhenNotFound(
    client.call<OpenTypeExtension>({
      method: "GET",
      path: `${itemPath}/extensions/${EXTENSION_NAME}`,
      signal,
    }),
  );
  return answer && extensionData(answer.body);
}

/** The PATCH or POST that writes `body` as our extension on an item. */
function extensionCall(itemPath: string, body: Record<string, unknown>, create: boolean) {
  // The PATCH body names @odata.type and extensionName as required
  // (api-reference/v1.0/api/opentypeextension-update.md, "Request body").
  return create
    ? ({ method: "POST", path: `${itemPath}/extensions`, body } as const)
    : ({ method: "PATCH", path: `${itemPath}/extensions/${EXTENSION_NAME}`, body } as const);
}

/** The write marker of our extension on an item: undefined when it has none, null without one. */
async function readWriteMarker(
  client: GraphClient,
  itemPath: string,
  signal?: AbortSignal,
): Promise<unknown> {
  const answer = await nullWhenNotFound(
    client.call<Record<string, unknown>>({
      method: "GET",
      path: `${itemPath}/extensions/${EXTENSION_NAME}`,
      signal,
    }),
  );
  return answer ? (answer.body[WRITE_MARKER] ?? null) : undefined;
}

/** The write marker among an item's expanded extensions (null when none is there). */
export function writeMarkerOf(extensions: readonly Record<string, unknown>[] | undefined): unknown {
  const ours = (extensions ?? []).find(
    (extension) => extension.id === EXTENSION_ID || extension.extensionName === EXTENSION_NAME,
  );
  return ours?.[WRITE_MARKER] ?? null;
}

/**
 * Writes `data` as the whole of our extension on an item: created when `exists` is false, replaced
 * (PATCH replaces every property) when true. For callers that already read and merged. The write
 * carries a fresh marker and is never repeated blindly: after a lost answer the extension is read,
 * and written again only when it does not hold this write.
 */
export async function writeExtension(
  client: GraphClient,
  itemPath: string,
  data: ExtensionData,
  exists: boolean,
  signal?: AbortSignal,
): Promise<ExtensionWrite> {
  const checked = checkExtensionSize(data);
  if (!checked.ok) return checked;
  const marker = crypto.randomUUID();
  const body = newExtensionBody({ ...data, [WRITE_MARKER]: marker });
  let create = !exists;
  await writeChecked(
    client,
    {
      send: async () => {
        try {
          await client.call({
            ...extensionCall(itemPath, body, create),
            read: "none",
            retry: "never",
            signal,
          });
        } catch (error) {
          // Created meanwhile (another device, or an earlier try of ours): replace it instead.
          if (!(create && error instanceof GraphError && error.status === 409)) throw error;
          create = false;
          await client.call({
            ...extensionCall(itemPath, body, false),
            read: "none",
            retry: "never",
            signal,
          });
        }
        return true;
      },
      check: async () => {
        const stored = await readWriteMarker(client, itemPath, signal);
        if (stored === undefined) return null;
        create = false;
        return stored === marker ? true : null;
      },
    },
    { signal },
  );
  return { ok: true, data };
}

/** A contact's record to write alongside another write, in the same `$batch`. */
export interface RecordAlongside {
  contactId: string;
  data: ExtensionData;
  exists: boolean;
}

/** The contact's record as the "record" item of a checked `$batch` (see extensionBatchWrite). */
export function contactRecordBatchWrite(
  record: RecordAlongside,
  client: GraphClient,
  signal?: AbortSignal,
): ReturnType<typeof extensionBatchWrite> {
  return extensionBatchWrite(
    "record",
    `/me/contacts/${encodeURIComponent(record.contactId)}`,
    record.data,
    record.exists,
    client,
    signal,
  );
}

/**
 * Our extension's write as one item of a checked `$batch` (see checkedBatch.ts): the whole of
 * `data` with a fresh marker, PATCHed (or POSTed when `exists` is false); after an unclear answer
 * the extension is read and the write counts as stored when it holds this marker.
 */
export function extensionBatchWrite(
  id: string,
  itemPath: string,
  data: ExtensionData,
  exists: boolean,
  client: GraphClient,
  signal?: AbortSignal,
): { ok: true; write: CheckedBatchWrite<ExtensionData> } | TooLargeRefusal {
  const checked = checkExtensionSize(data);
  if (!checked.ok) return checked;
  const marker = crypto.randomUUID();
  const call = extensionCall(
    itemPath,
    newExtensionBody({ ...data, [WRITE_MARKER]: marker }),
    !exists,
  );
  return {
    ok: true,
    write: {
      id,
      method: call.method,
      url: call.path,
      body: call.body,
      read: () => data,
      check: async () =>
        (await readWriteMarker(client, itemPath, signal)) === marker ? data : null,
    },
  };
}

/**
 * Merges `changes` into our extension on an item and writes it back. PATCH on an open extension
 * replaces ALL its properties, so the current value is read first and the merged whole is written;
 * an item without the extension gets it created. Keys set to undefined are removed.
 */
export async function mergeExtension(
  client: GraphClient,
  itemPath: string,
  changes: ExtensionData,
  signal?: AbortSignal,
): Promise<ExtensionWrite> {
  const current = await readExtension(client, itemPath, signal);
  const removed = new Set(
    Object.entries(changes)
      .filter(([, value]) => value === undefined)
      .map(([key]) => key),
  );
  const merged: ExtensionData = Object.fromEntries(
    Object.entries({ ...(current ?? {}), ...changes }).filter(([key]) => !removed.has(key)),
  );
  return writeExtension(client, itemPath, merged, current !== null, signal);
}
