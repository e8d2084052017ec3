// The career centre's SharePoint lists (volunteers, advisors' notes, question bank, bookings):
// read, add, edit with etags, delete.
import type { ListItem } from "@microsoft/microsoft-graph-types";
import type { CentreListKey, SharePointConfig } from "../domain/config";
import type { GraphCall, GraphClient } from "./client";
import { writeChecked } from "./checkedWrite";
import { GraphError } from "./errors";
import { collectPages } from "./paging";

/** One list row: its columns as SharePoint names them, and its concurrency token. */
export interface ListRow {
  id: string;
  etag: string | null;
  fields: Record<string, unknown>;
  lastModified: Date | null;
}

/** Saved, or someone else edited the row first (their version comes back). */
export type RowUpdate =
  { ok: true; row: ListRow } | { ok: false; reason: "conflict"; server: ListRow };

const itemsPath = (siteId: string, listId: string) =>
  `/sites/${encodeURIComponent(siteId)}/lists/${encodeURIComponent(listId)}/items`;

const itemPath = (siteId: string, listId: string, itemId: string) =>
  `${itemsPath(siteId, listId)}/${encodeURIComponent(itemId)}`;

/** The If-Match header for an etag-guarded write; none when the row's etag is unknown. */
const ifMatch = (etag: string | null) => (etag ? { "If-Match": etag } : undefined);

/** Maps a Graph list item to a ListRow (SharePoint's bookkeeping fields are dropped). */
export function toListRow(item: ListItem & { "@odata.etag"?: string }): ListRow {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item.fields ?? {})) {
    if (!key.startsWith("@odata.")) fields[key] = value;
  }
  return {
    id: item.id ?? "",
    etag: item.eTag ?? item["@odata.etag"] ?? null,
    fields,
    lastModified: item.lastModifiedDateTime ? new Date(item.lastModifiedDateTime) : null,
  };
}

/** Reads every row of a list (or those `filter` keeps) with the named columns (`$expand=fields($select=...)`). */
export async function listRows(
  client: GraphClient,
  siteId: string,
  listId: string,
  columns: readonly string[],
  options: { signal?: AbortSignal; maxPages?: number; filter?: string } = {},
): Promise<ListRow[]> {
  const { items } = await collectPages<ListItem>(
    client,
    {
      path: itemsPath(siteId, listId),
      query: {
        $select: "id,eTag,lastModifiedDateTime",
        $expand: columns.length > 0 ? `fields($select=${columns.join(",")})` : "fields",
        // On an indexed column only: SharePoint refuses other filters without a Prefer header.
        ...(options.filter ? { $filter: options.filter } : {}),
        $top: 200,
      },
    },
    { signal: options.signal, maxPages: options.maxPages ?? 25 },
  );
  return items.map(toListRow);
}

/** Every row of one of the career centre's lists (as the deployment config names them). */
export function readCentreList(
  client: GraphClient,
  sharePoint: SharePointConfig,
  list: CentreListKey,
  columns: readonly string[],
  signal?: AbortSignal,
): Promise<ListRow[]> {
  return listRows(client, sharePoint.siteId, sharePoint.lists[list], columns, { signal });
}

/** Reads one row. */
export async function getRow(
  client: GraphClient,
  siteId: string,
  listId: string,
  itemId: string,
  signal?: AbortSignal,
): Promise<ListRow> {
  const answer = await client.call<ListItem>({
    method: "GET",
    path: itemPath(siteId, listId, itemId),
    query: { $select: "id,eTag,lastModifiedDateTime", $expand: "fields" },
    signal,
  });
  return toListRow(answer.body);
}

/** True when a stored row holds every field of a create (dates compared as instants). */
function holdsFields(row: ListRow, fields: Record<string, unknown>): boolean {
  return Object.entries(fields).every(([key, value]) => {
    const stored = row.fields[key];
    if (stored === value) return true;
    if (typeof value === "string" && typeof stored === "string") {
      const [a, b] = [Date.parse(value), Date.parse(stored)];
      return /^\d{4}-\d\d-\d\dT/u.test(value) && !Number.isNaN(a) && a === b;
    }
    return false;
  });
}

/**
 * The row a create stored, found by its Title (a non-indexed column may be filtered only with the
 * Prefer header SharePoint asks for) and matched on every field; null when there is none.
 */
async function findCreatedRow(
  client: GraphClient,
  siteId: string,
  listId: string,
  fields: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<ListRow | null> {
  const title = typeof fields.Title === "string" ? fields.Title : null;
  const { items } = await collectPages<ListItem>(
    client,
    {
      path: itemsPath(siteId, listId),
      query: {
        $select: "id,eTag,lastModifiedDateTime",
        $expand: "fields",
        ...(title === null ? {} : { $filter: `fields/Title eq '${title.replace(/'/gu, "''")}'` }),
        $top: 200,
      },
    },
    {
      signal,
      maxPages: 25,
      ...(title === null
        ? {}
        : { headers: { Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" } }),
    },
  );
  return items.map(toListRow).find((row) => holdsFields(row, fields)) ?? null;
}

/**
 * Adds a row, never twice (a repeated booking-log row would count a volunteer twice): after a lost
 * answer the list is searched for a row holding these fields, and the row is posted again only
 * when there is none.
 */
export async function createRow(
  client: GraphClient,
  siteId: string,
  listId: string,
  fields: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<ListRow> {
  return writeChecked(
    client,
    {
      send: async () => {
        const answer = await client.call<ListItem>({
          method: "POST",
          path: itemsPath(siteId, listId),
          body: { fields },
          retry: "never",
          signal,
        });
        return toListRow(answer.body);
      },
      check: () => findCreatedRow(client, siteId, listId, fields, signal),
    },
    { signal },
  );
}

/** PATCHes some columns of a row, guarded by `etag` when given; the answer is not read. */
async function patchFields(
  client: GraphClient,
  row: { siteId: string; listId: string; itemId: string },
  fields: Record<string, unknown>,
  etag: string | null,
  options: Pick<GraphCall, "retry" | "signal">,
): Promise<void> {
  await client.call({
    method: "PATCH",
    path: `${itemPath(row.siteId, row.listId, row.itemId)}/fields`,
    headers: ifMatch(etag),
    body: fields,
    read: "none",
    retry: options.retry,
    signal: options.signal,
  });
}

/**
 * Changes some columns if the row is unchanged since `etag` was read (If-Match); on 412 the current
 * row comes back as a conflict so the advisor can choose.
 */
export async function updateRow(
  client: GraphClient,
  siteId: string,
  listId: string,
  itemId: string,
  fields: Record<string, unknown>,
  etag: string | null,
  signal?: AbortSignal,
): Promise<RowUpdate> {
  try {
    await patchFields(client, { siteId, listId, itemId }, fields, etag, { signal });
  } catch (error) {
    if (error instanceof GraphError && error.status === 412) {
      return {
        ok: false,
        reason: "conflict",
        server: await getRow(client, siteId, listId, itemId, signal),
      };
    }
    throw error;
  }
  // The PATCH answers with the fields only; the new etag comes from a fresh read.
  return { ok: true, row: await getRow(client, siteId, listId, itemId, signal) };
}

/**
 * Deletes a row, only if it is unchanged since `etag` was read when one is given (If-Match): a
 * removal must not silently discard a colleague's fresh edit. A row already gone counts as deleted;
 * "conflict" means it changed and nothing was deleted.
 */
export async function deleteRow(
  client: GraphClient,
  siteId: string,
  listId: string,
  itemId: string,
  etag: string | null = null,
  signal?: AbortSignal,
): Promise<"deleted" | "conflict"> {
  try {
    await client.call({
      method: "DELETE",
      path: itemPath(siteId, listId, itemId),
      headers: ifMatch(etag),
      read: "none",
      signal,
    });
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) return "deleted";
    if (error instanceof GraphError && error.status === 412) return "conflict";
    throw error;
  }
  return "deleted";
}
