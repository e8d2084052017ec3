// Making an ordinary calendar event an information interview: a prep sheet on it, linked to a
// contact.
import { refuseTooLarge, type TooLargeRefusal } from "../../domain/interview";
import { createPrepSheet, encodePrepSheetExtension, type PrepSheet } from "../../domain/prepSheet";
import type { BookedEvent } from "../../graph/calendar";
import { mergeEventPrep } from "../../graph/calendar";
import type { GraphClient } from "../../graph/client";
import { extensionData } from "../../graph/extensions";
import { recordBooking } from "../arrange/booking";
import type { Interview } from "../interviews/interviews";
import { updateInterviewExtension } from "../interviews/interviewExtension";

/** Attached, or refused for size before anything was written. */
export type AttachResult = { ok: true; sheet: PrepSheet } | TooLargeRefusal;

/**
 * Attaches a prep sheet built from the interview's research notes and chosen questions to
 * `event` (our extension, merged with anything already there), then links the event in the
 * contact's record (stage "booked" unless further along). Two writes, in that order: a sheet
 * without a link still shows in the meeting; a link without a sheet would show nothing.
 */
export async function attachPrepSheet(
  graph: GraphClient,
  event: BookedEvent,
  interview: Interview,
  now: Date,
  signal?: AbortSignal,
): Promise<AttachResult> {
  const sheet = createPrepSheet({
    contactId: interview.record.contactId,
    researchNotes: interview.notes,
    questions: interview.record.questions,
    format: event.joinUrl ? "teams" : "in-person",
    ...(event.location ? { location: event.location } : {}),
  });
  const encoded = encodePrepSheetExtension(sheet);
  if (!encoded.ok) return refuseTooLarge(encoded.error);
  const written = await mergeEventPrep(graph, event.id, extensionData(encoded.value), signal);
  if (!written.ok) return written;
  if (event.start && event.end) {
    const times = { id: event.id, start: event.start, end: event.end };
    await updateInterviewExtension(
      graph,
      interview.record.contactId,
      (record) => recordBooking(record, times, now),
      signal,
    );
  }
  return { ok: true, sheet };
}
