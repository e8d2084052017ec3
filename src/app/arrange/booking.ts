// Booking an interview: the event with its agenda and Teams link, the private prep sheet in the
// same POST.
import {
  refuseTooLarge,
  type ChosenQuestionRef,
  type InterviewExtensionFields,
  type LinkedEvent,
  type TooLargeRefusal,
} from "../../domain/interview";
import type { Locale } from "../../domain/locale";
import { buildInvitationBody, type JoinInfo } from "../../domain/mail/invitation";
import type { MeetingFormat } from "../../domain/prepSheet";
import { createPrepSheet, encodePrepSheetExtension } from "../../domain/prepSheet";
import type { GraphClient } from "../../graph/client";
import { createEventWithRecord, type BookedEvent } from "../../graph/calendar";
import { readContactRecord } from "../../graph/contacts";
import { extensionData } from "../../graph/extensions";
import {
  advanceExtensionStage,
  inRecordOrder,
  knownRecord,
  prepareRecordWrite,
  rememberRecord,
} from "../interviews/interviewExtension";
import { mailContact } from "./mailContact";

/** The Outlook category every interview event carries, so the side panel and pipeline find them. */
export const INTERVIEW_CATEGORY = "Information interview";

/** Everything a booking needs; nothing private reaches the invitation (only the prep sheet). */
export interface BookingRequest {
  locale: Locale;
  student: { displayName: string };
  contact: { id: string; displayName: string; givenName?: string | null; email: string };
  start: Date;
  end: Date;
  /** The organizer's zone; the event is written and read back in it. */
  timeZone: string;
  format: MeetingFormat;
  location?: string;
  reminderMinutes: number;
  /** Research notes: summarised into the prep sheet, never into the invitation. */
  researchNotes: string;
  questions: readonly ChosenQuestionRef[];
  /** Kept across retries and reloads so a repeated POST returns the first event. */
  transactionId: string;
}

/** Booked, or refused before any request because the prep sheet is over the size cap. */
export type BookingOutcome =
  { ok: true; event: BookedEvent; record: InterviewExtensionFields } | TooLargeRefusal;

/**
 * Creates the interview event and records it on the contact in one round trip (a `$batch`): the
 * contact as the one attendee, a Teams link (or the place), a reminder, the "Information
 * interview" category, the short agenda from the domain's invitation template — and the prep
 * sheet (research summary, questions, reminders) in our open extension, which Graph keeps on the
 * organizer's copy only; then the contact's record, stage "booked" and the event linked.
 */
export async function bookInterview(
  graph: GraphClient,
  request: BookingRequest,
  now: Date,
  signal?: AbortSignal,
): Promise<BookingOutcome> {
  const durationMinutes = Math.round((request.end.getTime() - request.start.getTime()) / 60_000);
  const location =
    request.format === "in-person" ? request.location?.trim() || undefined : undefined;
  const joinInfo: JoinInfo =
    request.format === "teams"
      ? { format: "teams" }
      : { format: "in-person", ...(location ? { location } : {}) };
  const invitation = buildInvitationBody({
    locale: request.locale,
    student: request.student,
    contact: mailContact(request.contact),
    durationMinutes,
    joinInfo,
  });
  const sheet = createPrepSheet({
    contactId: request.contact.id,
    researchNotes: request.researchNotes,
    questions: request.questions,
    format: request.format,
    ...(location ? { location } : {}),
  });
  const prep = encodePrepSheetExtension(sheet);
  if (!prep.ok) return refuseTooLarge(prep.error);
  // The record links the event by its transactionId: it travels in the event's own round trip.
  const link = {
    id: "",
    transactionId: request.transactionId,
    start: request.start,
    end: request.end,
  };
  return inRecordOrder(graph, request.contact.id, async () => {
    const raw =
      knownRecord(graph, request.contact.id) ??
      (await readContactRecord(graph, request.contact.id));
    const record = prepareRecordWrite(raw, (current) => recordBooking(current, link, now));
    if (!record.ok) return record;
    const result = await createEventWithRecord(
      graph,
      {
        subject: invitation.subject,
        bodyHtml: invitation.htmlBody,
        start: request.start,
        end: request.end,
        timeZone: request.timeZone,
        attendees: [
          { displayName: request.contact.displayName, emailAddress: request.contact.email },
        ],
        online: request.format === "teams",
        ...(location ? { location } : {}),
        categories: [INTERVIEW_CATEGORY],
        reminderMinutes: request.reminderMinutes,
        prep: extensionData(prep.value),
        transactionId: request.transactionId,
      },
      { contactId: request.contact.id, data: record.data, exists: record.exists },
      signal,
    );
    if (!result.ok) return result;
    // The page's copy gets the id Graph has now given; the next write of the record keeps it.
    const linked = prepareRecordWrite(raw, (current) =>
      recordBooking(current, { ...link, id: result.event.id }, now),
    );
    if (linked.ok) rememberRecord(graph, request.contact.id, linked.data);
    return { ok: true, event: result.event, record: linked.ok ? linked.record : record.record };
  });
}

/**
 * The record after a booking: the event linked (once) and the stage moved to "booked". A link
 * written before Graph gave the event's id has `id` "" and the booking's transactionId.
 */
export function recordBooking(
  record: InterviewExtensionFields,
  event: { id: string; start: Date; end: Date; transactionId?: string },
  now: Date,
): InterviewExtensionFields {
  const linked: LinkedEvent = {
    eventId: event.id,
    start: event.start.toISOString(),
    end: event.end.toISOString(),
    ...(event.transactionId ? { transactionId: event.transactionId } : {}),
  };
  const same = (e: LinkedEvent) =>
    (event.id !== "" && e.eventId === event.id) ||
    (event.transactionId !== undefined && e.transactionId === event.transactionId);
  const events = [...record.events.filter((e) => !same(e)), linked];
  return {
    ...advanceExtensionStage(record, { type: "event-booked" }, now),
    events,
    updatedAt: now.toISOString(),
  };
}
