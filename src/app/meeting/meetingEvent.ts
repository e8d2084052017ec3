// Which calendar event the meeting is, and its prep sheet: by id, or the interview happening now or next.
import { decodePrepSheetExtension, type PrepSheet } from "../../domain/prepSheet";
import { getEvent, listEventsBetween, type BookedEvent } from "../../graph/calendar";
import type { GraphClient } from "../../graph/client";
import { GraphError } from "../../graph/errors";
import { INTERVIEW_CATEGORY } from "../arrange/booking";

/** An event and the prep sheet on it (null for an ordinary event). */
export interface MeetingEvent {
  event: BookedEvent;
  sheet: PrepSheet | null;
}

/** How far ahead the side panel looks for the user's next interview when Teams gives no event id. */
export const LOOK_AHEAD_HOURS = 12;

/** The prep sheet stored on an event, when its extension is one. */
export function sheetOf(event: BookedEvent): PrepSheet | null {
  return event.prep ? decodePrepSheetExtension(event.prep) : null;
}

/** Reads an event by its Graph id (the Outlook REST id) with its prep sheet; times in UTC. */
export async function loadMeetingEvent(
  graph: GraphClient,
  eventId: string,
  signal?: AbortSignal,
): Promise<MeetingEvent> {
  const event = await getEvent(graph, eventId, { timeZone: "UTC", ...(signal ? { signal } : {}) });
  return { event, sheet: sheetOf(event) };
}

/** True for an event the app arranged or the user made an interview: a prep sheet or our category. */
export function isInterviewEvent(event: BookedEvent): boolean {
  return sheetOf(event) !== null || event.categories.includes(INTERVIEW_CATEGORY);
}

/**
 * The user's information interview happening at `now`, or else the next one starting within
 * {@link LOOK_AHEAD_HOURS}: one calendarView request (it expands recurrences and includes events
 * that started before `now` and are still running). Null when there is none.
 */
export async function findInterviewNear(
  graph: GraphClient,
  now: Date,
  signal?: AbortSignal,
): Promise<MeetingEvent | null> {
  // Start the window a few hours back so a long meeting already under way is still found.
  const from = new Date(now.getTime() - 4 * 3_600_000);
  const to = new Date(now.getTime() + LOOK_AHEAD_HOURS * 3_600_000);
  const events = await listEventsBetween(graph, { start: from, end: to }, "UTC", signal);
  const candidates = events
    .filter((e) => !e.isCancelled && e.start && e.end && e.end.getTime() > now.getTime())
    .filter(isInterviewEvent);
  const t = now.getTime();
  const running = candidates.find((e) => (e.start?.getTime() ?? 0) <= t);
  const next = candidates
    .filter((e) => (e.start?.getTime() ?? 0) > t)
    .sort((a, b) => (a.start?.getTime() ?? 0) - (b.start?.getTime() ?? 0))[0];
  const chosen = running ?? next;
  return chosen ? { event: chosen, sheet: sheetOf(chosen) } : null;
}

/**
 * The meeting for the side panel: Teams gives an id that is the Graph event id only in the
 * workbench; a real Teams meeting id is not an event id (Graph answers 400 or 404), so the user's
 * interview happening now or next is used instead.
 */
export async function resolveSidePanelMeeting(
  graph: GraphClient,
  meetingId: string | null,
  now: Date,
  signal?: AbortSignal,
): Promise<MeetingEvent | null> {
  if (meetingId) {
    try {
      return await loadMeetingEvent(graph, meetingId, signal);
    } catch (error) {
      const notAnEventId =
        error instanceof GraphError && (error.status === 400 || error.status === 404);
      if (!notAnEventId) throw error;
    }
  }
  return findInterviewNear(graph, now, signal);
}
