// Which calendar event a meeting is, and its prep sheet: by id, by its Teams chat, or the next
// interview.
import { decodePrepSheetExtension, type PrepSheet } from "../../domain/prepSheet";
import { sameThread, threadOfJoinUrl } from "../../domain/meetingThread";
import type { LinkedEvent } from "../../domain/interview";
import {
  getEvent,
  getLinkedEvent,
  listAllEventsBetween,
  listEventsBetween,
  type BookedEvent,
} from "../../graph/calendar";
import type { GraphClient } from "../../graph/client";
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

/** The meeting a contact's record links (by id, or by transactionId before the id was known). */
export async function loadLinkedMeeting(
  graph: GraphClient,
  linked: LinkedEvent,
  signal?: AbortSignal,
): Promise<MeetingEvent | null> {
  const event = await getLinkedEvent(graph, linked, signal);
  return event ? { event, sheet: sheetOf(event) } : null;
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

/** How far back and ahead the side panel looks for the event of its Teams meeting. */
export const THREAD_SEARCH_DAYS = { back: 7, ahead: 90 } as const;

/**
 * The calendar event of the Teams meeting the side panel is in, found by its chat thread: Teams
 * gives the panel the meeting chat's id (`context.chat.id`), never an event id, and the event's
 * join link carries the same thread. A recurring meeting's occurrences share the link: the one
 * running at `now`, else the next, else the latest. Null when no event in the user's calendar
 * belongs to that chat (a meeting not in their calendar, or no meeting at all) — never another
 * meeting's sheet.
 */
export async function resolveSidePanelMeeting(
  graph: GraphClient,
  chatId: string | null | undefined,
  now: Date,
  signal?: AbortSignal,
): Promise<MeetingEvent | null> {
  if (!chatId) return null;
  const day = 86_400_000;
  const events = await listAllEventsBetween(
    graph,
    {
      start: new Date(now.getTime() - THREAD_SEARCH_DAYS.back * day),
      end: new Date(now.getTime() + THREAD_SEARCH_DAYS.ahead * day),
    },
    { maxPages: 10, ...(signal ? { signal } : {}) },
  );
  const t = now.getTime();
  const ours = events.filter((e) => {
    const thread = e.joinUrl ? threadOfJoinUrl(e.joinUrl) : null;
    return !e.isCancelled && thread !== null && sameThread(thread, chatId);
  });
  const startOf = (e: BookedEvent) => e.start?.getTime() ?? 0;
  const running = ours.find((e) => startOf(e) <= t && (e.end?.getTime() ?? 0) > t);
  const next = ours.filter((e) => startOf(e) > t).sort((a, b) => startOf(a) - startOf(b))[0];
  const latest = [...ours].sort((a, b) => startOf(b) - startOf(a))[0];
  const chosen = running ?? next ?? latest;
  return chosen ? { event: chosen, sheet: sheetOf(chosen) } : null;
}
