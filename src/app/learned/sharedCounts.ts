// The student's row of takeaway counts in the career centre's TakeawayCounts list: found by a
// one-way key, written only when the student shares, removed when they stop. Numbers, never words.
import type { SharePointConfig } from "../../domain/config";
import {
  STUDENT_KEY_LENGTH,
  TAKEAWAY_COUNT_FIELD_NAMES,
  countFields,
  countsFromFields,
  studentKeySource,
  type TakeawayCounts,
} from "../../domain/takeawayCounts";
import type { GraphClient } from "../../graph/client";
import { createRow, deleteRow, listRows, updateRow, type ListRow } from "../../graph/lists";

/** Where the counts go: the list and its site, or null when the deployment has no such list. */
export interface CountsList {
  siteId: string;
  listId: string;
}

/** The counts list of this deployment, or null (then sharing is not offered). */
export function countsList(sharePoint: SharePointConfig | null): CountsList | null {
  const listId = sharePoint?.lists.takeawayCounts;
  return sharePoint && listId ? { siteId: sharePoint.siteId, listId } : null;
}

/** The student's key: SHA-256 of their id behind a fixed prefix, as hex (WebCrypto, no library). */
export async function studentKey(userId: string): Promise<string> {
  const bytes = new TextEncoder().encode(studentKeySource(userId));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0"))
    .join("")
    .slice(0, STUDENT_KEY_LENGTH);
}

/** The student's row (one; more only if two devices turned sharing on at the same moment). */
export interface SharedRow {
  row: ListRow;
  counts: TakeawayCounts | null;
  countedAt: Date | null;
}

function sharedRowOf(row: ListRow): SharedRow {
  const at = typeof row.fields.CountedAt === "string" ? new Date(row.fields.CountedAt) : null;
  return {
    row,
    counts: countsFromFields(row.fields),
    countedAt: at && !Number.isNaN(at.getTime()) ? at : null,
  };
}

/**
 * The rows filed under `key`, by the indexed StudentKey column: a student reads only rows they made
 * anyway (item-level security), and an advisor who is also a student gets only their own too.
 */
export async function readOwnCounts(
  graph: GraphClient,
  list: CountsList,
  key: string,
  signal?: AbortSignal,
): Promise<SharedRow[]> {
  const rows = await listRows(graph, list.siteId, list.listId, TAKEAWAY_COUNT_FIELD_NAMES, {
    signal,
    filter: `fields/StudentKey eq '${key}'`,
    maxPages: 1,
  });
  return rows.map(sharedRowOf);
}

/** Starts sharing: adds the student's row (never twice, even after a lost answer). */
export async function shareCounts(
  graph: GraphClient,
  list: CountsList,
  key: string,
  counts: TakeawayCounts,
  now: Date,
): Promise<SharedRow> {
  const row = await createRow(graph, list.siteId, list.listId, countFields(counts, key, now));
  return sharedRowOf(row);
}

/**
 * Brings the row up to `counts`. The counts are worked out afresh from the calendar each time, so
 * the latest write is right whatever it replaces: no etag guard.
 */
export async function updateSharedCounts(
  graph: GraphClient,
  list: CountsList,
  shared: SharedRow,
  key: string,
  counts: TakeawayCounts,
  now: Date,
): Promise<SharedRow> {
  const result = await updateRow(
    graph,
    list.siteId,
    list.listId,
    shared.row.id,
    countFields(counts, key, now),
    null,
  );
  return sharedRowOf(result.ok ? result.row : result.server);
}

/** Stops sharing: removes every row filed under the student's key (a row already gone is fine). */
export async function stopSharingCounts(
  graph: GraphClient,
  list: CountsList,
  rows: readonly SharedRow[],
): Promise<void> {
  for (const shared of rows) await deleteRow(graph, list.siteId, list.listId, shared.row.id);
}
