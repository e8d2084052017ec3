// Moving and cancelling a booked interview: Graph changes the event, the record follows.
import type { InterviewExtensionFields } from "../../domain/interview";
import type { GraphClient } from "../../graph/client";
import { cancelEvent, updateEventTimes, type BookedEvent } from "../../graph/calendar";
import { advanceExtensionStage } from "../interviews/interviewExtension";

/**
 * Moves the event (attendees get Outlook's update). The prep sheet is an extension of the event
 * itself, so it stays with it: nothing to copy.
 */
export function rescheduleInterview(
  graph: GraphClient,
  eventId: string,
  times: { start: Date; end: Date; timeZone: string },
  signal?: AbortSignal,
): Promise<BookedEvent> {
  return updateEventTimes(graph, eventId, times, signal);
}

/** The record after a move: the linked event's times updated. */
export function recordReschedule(
  record: InterviewExtensionFields,
  eventId: string,
  times: { start: Date; end: Date },
  now: Date,
): InterviewExtensionFields {
  return {
    ...record,
    events: record.events.map((e) =>
      e.eventId === eventId
        ? { eventId, start: times.start.toISOString(), end: times.end.toISOString() }
        : e,
    ),
    updatedAt: now.toISOString(),
  };
}

/** Cancels the event with the user's short message to the contact. */
export function cancelInterview(
  graph: GraphClient,
  eventId: string,
  message: string,
  signal?: AbortSignal,
): Promise<void> {
  return cancelEvent(graph, eventId, message, signal);
}

/**
 * The record after a cancellation: the event unlinked. The stage stays where it was (the
 * pipeline's rule): a booked contact without a meeting is told to book again.
 */
export function recordCancellation(
  record: InterviewExtensionFields,
  eventId: string,
  now: Date,
): InterviewExtensionFields {
  const events = record.events.filter((e) => e.eventId !== eventId);
  return advanceExtensionStage(
    { ...record, events, updatedAt: now.toISOString() },
    { type: "event-cancelled" },
    now,
  );
}
