// The Volunteers, VolunteerNotes and Bookings lists as the advisor tab reads and writes them
// (etag-guarded edits, all-or-nothing imports, the booking counts students see).
import type { SharePointConfig } from "../../domain/config";
import {
  BOOKING_FIELD_NAMES,
  bookingFromFields,
  type BookingRecord,
} from "../../domain/volunteers/bookings";
import {
  VOLUNTEER_FIELD_NAMES,
  volunteerFromFields,
  volunteerToFields,
  type VolunteerDraft,
  type VolunteerRecord,
} from "../../domain/volunteers/record";
import {
  NOTE_FIELD_NAMES,
  noteFromFields,
  notesToFields,
  type VolunteerNote,
} from "../../domain/volunteers/notes";
import type { VolunteerLoad } from "../../domain/volunteers/load";
import type { GraphClient } from "../../graph/client";
import { createRow, deleteRow, readCentreList, updateRow, type ListRow } from "../../graph/lists";
import { zoneOrFallback } from "../../domain/time/zones";
import { getSchedules } from "../../graph/calendar";
import { browserZone } from "../arrange/freeTimes";

/** A list row read as a volunteer (rows without a name are skipped). */
export function volunteerOfRow(row: ListRow): VolunteerRecord | null {
  return volunteerFromFields(row.id, row.etag, row.fields);
}

/** Every row of the Volunteers list, by name. */
export async function readVolunteers(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  signal?: AbortSignal,
): Promise<VolunteerRecord[]> {
  const rows = await readCentreList(graph, sharePoint, "volunteers", VOLUNTEER_FIELD_NAMES, signal);
  const collator = new Intl.Collator("en", { sensitivity: "base" });
  return rows
    .map(volunteerOfRow)
    .filter((v): v is VolunteerRecord => v !== null)
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Advisors' notes by volunteer item id (advisors only: students are refused the list). */
export async function readNotes(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  signal?: AbortSignal,
): Promise<Map<string, VolunteerNote>> {
  const rows = await readCentreList(graph, sharePoint, "volunteerNotes", NOTE_FIELD_NAMES, signal);
  const notes = new Map<string, VolunteerNote>();
  for (const row of rows) {
    const note = noteFromFields(row.id, row.etag, row.fields);
    if (note) notes.set(note.volunteerItemId, note);
  }
  return notes;
}

/**
 * Writes a volunteer's notes to the notes list: the existing row is changed, or one is added when
 * there are notes to keep. The last advisor to save wins (the row holds one text).
 */
export async function writeNotes(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  volunteer: VolunteerRecord,
  notes: string,
  existing: VolunteerNote | undefined,
): Promise<VolunteerNote | null> {
  const fields = notesToFields(volunteer.itemId, volunteer.name, notes);
  const listId = sharePoint.lists.volunteerNotes;
  if (existing) {
    if (existing.notes === notes.trim()) return existing;
    const result = await updateRow(graph, sharePoint.siteId, listId, existing.itemId, fields, null);
    const row = result.ok ? result.row : result.server;
    return noteFromFields(row.id, row.etag, row.fields);
  }
  if (notes.trim() === "") return null;
  const row = await createRow(graph, sharePoint.siteId, listId, fields);
  return noteFromFields(row.id, row.etag, row.fields);
}

/**
 * Writes this month's count on every volunteer whose stored count differs (what students see in
 * place of the bookings, which they cannot read); the fresh rows come back. An overwrite without
 * If-Match: only advisors write the count, and a fresher count is always the right one.
 */
export async function storeBookingCounts(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  volunteers: readonly VolunteerRecord[],
  loads: readonly VolunteerLoad[],
  now: Date,
): Promise<VolunteerRecord[]> {
  const booked = new Map(loads.map((load) => [load.itemId, load.booked]));
  const updated: VolunteerRecord[] = [];
  for (const volunteer of volunteers) {
    const count = booked.get(volunteer.itemId) ?? 0;
    if (volunteer.bookedThisMonth === count) continue;
    const result = await updateRow(
      graph,
      sharePoint.siteId,
      sharePoint.lists.volunteers,
      volunteer.itemId,
      { BookedThisMonth: count, BookedCountedAt: now.toISOString() },
      null,
    );
    const record = result.ok ? volunteerOfRow(result.row) : null;
    if (record) updated.push(record);
  }
  return updated;
}

/** Every row of the Bookings list. */
export async function readBookings(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  signal?: AbortSignal,
): Promise<BookingRecord[]> {
  const rows = await readCentreList(graph, sharePoint, "bookings", BOOKING_FIELD_NAMES, signal);
  return rows.map((row) => bookingFromFields(row.id, row.fields));
}

/** Adds one volunteer and returns the stored row (with its etag). */
export async function addVolunteer(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  draft: VolunteerDraft,
): Promise<VolunteerRecord> {
  const row = await createRow(
    graph,
    sharePoint.siteId,
    sharePoint.lists.volunteers,
    volunteerToFields(draft),
  );
  const record = volunteerOfRow(row);
  if (!record) throw new Error("The list returned a volunteer without a name.");
  return record;
}

/** Saved, or another advisor changed the row first: theirs comes back beside ours. */
export type VolunteerSave =
  | { ok: true; record: VolunteerRecord }
  | { ok: false; conflict: { mine: VolunteerDraft; theirs: VolunteerRecord | null } };

/**
 * Writes `draft` over `record` only if the row still has `record.etag`. On a stale etag nothing is
 * written and the current row comes back so the advisor can choose; `force` writes against the
 * current etag the advisor has just seen (choosing "keep mine" after a conflict).
 */
export async function saveVolunteer(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  record: VolunteerRecord,
  draft: VolunteerDraft,
): Promise<VolunteerSave> {
  const result = await updateRow(
    graph,
    sharePoint.siteId,
    sharePoint.lists.volunteers,
    record.itemId,
    volunteerToFields(draft),
    record.etag,
  );
  if (result.ok) {
    const saved = volunteerOfRow(result.row);
    if (saved) return { ok: true, record: saved };
  }
  return {
    ok: false,
    conflict: { mine: draft, theirs: result.ok ? null : volunteerOfRow(result.server) },
  };
}

/**
 * Removes a volunteer's row if nobody changed it since it was read (If-Match, like edits): a
 * removal must not silently discard a colleague's fresh edit. "conflict" means the row changed;
 * a row already gone counts as removed.
 */
export async function removeVolunteer(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  record: VolunteerRecord,
): Promise<"removed" | "conflict"> {
  const result = await deleteRow(
    graph,
    sharePoint.siteId,
    sharePoint.lists.volunteers,
    record.itemId,
    record.etag,
  );
  return result === "deleted" ? "removed" : "conflict";
}

/** What an import wrote: all rows, or the rows before a write failed (and that failure). */
export interface ImportOutcome {
  written: VolunteerRecord[];
  failure: unknown;
}

/**
 * Writes already-validated drafts one after another (SharePoint has no multi-row transaction; one
 * at a time keeps the order and stops at the first refusal, so the advisor knows exactly which
 * rows exist). Validation happens before this is called: a bad file never reaches here.
 */
export async function importVolunteers(
  graph: GraphClient,
  sharePoint: SharePointConfig,
  drafts: readonly VolunteerDraft[],
): Promise<ImportOutcome> {
  const written: VolunteerRecord[] = [];
  for (const draft of drafts) {
    try {
      written.push(await addVolunteer(graph, sharePoint, draft));
    } catch (failure) {
      return { written, failure };
    }
  }
  return { written, failure: null };
}

/**
 * The time zone the centre's months are counted in: the zone of the advisor's working hours, else
 * the browser's. Read through getSchedule, which the calendar permission already covers (mailbox
 * settings would need MailboxSettings.Read, which the app does not ask for).
 */
export async function readCentreTimeZone(
  graph: GraphClient,
  address: string | null,
  now: Date,
  signal?: AbortSignal,
): Promise<string> {
  const fallback = browserZone();
  if (!address) return fallback;
  try {
    const window = { start: now, end: new Date(now.getTime() + 3_600_000) };
    const [mine] = await getSchedules(graph, [address], window, 60, signal);
    return zoneOrFallback(mine?.workingHours?.timeZone, fallback);
  } catch {
    return fallback;
  }
}
