// The Resources list as the app reads and writes it: one read of every row, and etag-guarded
// adds, edits and removals (advisors only; SharePoint refuses students with 403).
import type { SharePointConfig } from "../../domain/config";
import {
  RESOURCE_FIELD_NAMES,
  resourceFromFields,
  resourceToFields,
  sortResources,
  type ResourceDraft,
  type ResourceRecord,
} from "../../domain/resources";
import type { GraphClient } from "../../graph/client";
import { createRow, deleteRow, listRows, updateRow, type ListRow } from "../../graph/lists";

/** The list's id, or null when this deployment has no resource library (the features hide). */
export function resourcesListId(sharePoint: SharePointConfig | null): string | null {
  return sharePoint?.lists.resources ?? null;
}

function recordOf(row: ListRow): ResourceRecord | null {
  return resourceFromFields(row.id, row.etag, row.fields);
}

/** Every resource, by title (one GET; batched with the screen's other reads by the read queue). */
export async function readResources(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  listId: string,
  signal?: AbortSignal,
): Promise<ResourceRecord[]> {
  const rows = await listRows(graph, sharePoint.siteId, listId, RESOURCE_FIELD_NAMES, { signal });
  return sortResources(rows.map(recordOf).filter((r): r is ResourceRecord => r !== null));
}

/** Adds a resource; the stored row comes back. */
export async function addResource(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  listId: string,
  draft: ResourceDraft,
): Promise<ResourceRecord> {
  const row = await createRow(graph, sharePoint.siteId, listId, resourceToFields(draft));
  const record = recordOf(row);
  if (!record) throw new Error("The list returned a resource without a title or a safe link.");
  return record;
}

/** Saved, or a colleague changed the row first (their version, when it still exists). */
export type ResourceSave =
  { ok: true; record: ResourceRecord } | { ok: false; theirs: ResourceRecord | null };

/** Writes `draft` over `record` only if the row still has the etag read with it. */
export async function saveResource(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  listId: string,
  record: ResourceRecord,
  draft: ResourceDraft,
): Promise<ResourceSave> {
  const result = await updateRow(
    graph,
    sharePoint.siteId,
    listId,
    record.itemId,
    resourceToFields(draft),
    record.etag,
  );
  if (result.ok) {
    const saved = recordOf(result.row);
    if (saved) return { ok: true, record: saved };
    return { ok: false, theirs: null };
  }
  return { ok: false, theirs: recordOf(result.server) };
}

/** Removes a resource unless a colleague changed it since it was read. */
export async function removeResource(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  listId: string,
  record: ResourceRecord,
): Promise<"removed" | "conflict"> {
  const result = await deleteRow(graph, sharePoint.siteId, listId, record.itemId, record.etag);
  return result === "deleted" ? "removed" : "conflict";
}
