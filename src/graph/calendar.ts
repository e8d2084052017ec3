// Calendars: free/busy and working hours (getSchedule), booking, moving and cancelling an interview
// event.
import type {
  Attendee,
  Event,
  ScheduleInformation,
  ScheduleItem,
} from "@microsoft/microsoft-graph-types";
import type { LinkedEvent, TooLargeRefusal } from "../domain/interview";
import type { MailPerson } from "../domain/person";
import {
  availabilityViewToBusy,
  type BusyBlock,
  type BusyStatus,
  MAX_SCHEDULE_DAYS,
} from "../domain/slots";
import type { WorkingHours } from "../domain/time/workingHours";
import type { GraphClient } from "./client";
import { writeBatchChecked } from "./checkedBatch";
import { writeChecked } from "./checkedWrite";
import { GraphError } from "./errors";
import { collectPages, type GraphPage } from "./paging";
import { fromGraphDateTime, preferTimeZone, toGraphDateTime } from "./dateTimes";
import { toWorkingHours } from "./workingHours";
import {
  EXPAND_OUR_EXTENSION,
  contactRecordBatchWrite,
  type RecordAlongside,
  extensionBatchWrite,
  type ExtensionData,
  type ExtensionWrite,
  findOurExtension,
  inlineExtension,
  mergeExtension,
  readExtension,
  writeExtension,
} from "./extensions";

/** The path of one of the user's events. */
const eventPath = (id: string) => `/me/events/${encodeURIComponent(id)}`;

/** Graph accepts at most this many addresses in one getSchedule call. */
export const SCHEDULES_PER_CALL = 20;

/** One person's calendar as the slot finder needs it. */
export interface PersonSchedule {
  email: string;
  /** null when the calendar could not be read (external address, no permission). */
  busy: BusyBlock[] | null;
  workingHours: WorkingHours | null;
  /** Graph's reason when this schedule failed (the rest of the call still succeeds). */
  error: string | null;
}

/**
 * Statuses by lower-case spelling. resources/freebusystatus and resources/scheduleitem.md write
 * "busy"; concepts/outlook-schedule-free-busy.md writes "Busy" (and real mailboxes have answered
 * both), so the status is compared without regard to case. "free" and "unknown" block nothing.
 */
const BUSY: Record<string, BusyStatus | undefined> = {
  busy: "busy",
  tentative: "tentative",
  oof: "oof",
  workingelsewhere: "workingElsewhere",
};

/** Our status for a Graph free/busy status in either case, or undefined when it blocks nothing. */
export function busyStatusOf(status: string | null | undefined): BusyStatus | undefined {
  return BUSY[(status ?? "").trim().toLowerCase()];
}

function toBusy(items: readonly ScheduleItem[]): BusyBlock[] {
  const blocks: BusyBlock[] = [];
  for (const item of items) {
    const status = busyStatusOf(item.status);
    const start = fromGraphDateTime(item.start);
    const end = fromGraphDateTime(item.end);
    if (status && start && end) blocks.push({ start, end, status });
  }
  return blocks;
}

function toPersonSchedule(
  info: ScheduleInformation,
  window: { start: Date },
  intervalMinutes: number,
): PersonSchedule {
  const email = info.scheduleId ?? "";
  if (info.error) {
    return {
      email,
      busy: null,
      workingHours: null,
      error: info.error.message ?? info.error.responseCode ?? "unavailable",
    };
  }
  // scheduleItems carry exact times; availabilityView is the coarse fallback Graph always sends.
  const busy = info.scheduleItems
    ? toBusy(info.scheduleItems)
    : info.availabilityView
      ? availabilityViewToBusy(info.availabilityView, window.start, intervalMinutes)
      : null;
  return { email, busy, workingHours: toWorkingHours(info), error: null };
}

/**
 * Free/busy and working hours for `emails` over `window` (shorter than 62 days, as Graph requires),
 * 20 addresses per call. Times are requested in UTC (`Prefer: outlook.timezone`) so nothing depends
 * on the mailbox's zone; working hours keep their own zone.
 */
export async function getSchedules(
  client: GraphClient,
  emails: readonly string[],
  window: { start: Date; end: Date },
  intervalMinutes = 30,
  signal?: AbortSignal,
): Promise<PersonSchedule[]> {
  const days = (window.end.getTime() - window.start.getTime()) / 86_400_000;
  if (!(days > 0) || days > MAX_SCHEDULE_DAYS) {
    throw new RangeError(
      `A schedule window must be longer than 0 and at most ${MAX_SCHEDULE_DAYS} days`,
    );
  }
  const chunks: string[][] = [];
  for (let i = 0; i < emails.length; i += SCHEDULES_PER_CALL)
    chunks.push(emails.slice(i, i + SCHEDULES_PER_CALL));
  const answers = await Promise.all(
    chunks.map((schedules) =>
      client.call<{ value?: ScheduleInformation[] }>({
        method: "POST",
        path: "/me/calendar/getSchedule",
        headers: preferTimeZone("UTC"),
        body: {
          schedules,
          startTime: toGraphDateTime(window.start, "UTC"),
          endTime: toGraphDateTime(window.end, "UTC"),
          availabilityViewInterval: intervalMinutes,
        },
        // getSchedule only reads: safe to ask again whatever became of the first answer.
        retry: "read",
        signal,
      }),
    ),
  );
  return answers.flatMap((answer) =>
    (answer.body.value ?? []).map((info) => toPersonSchedule(info, window, intervalMinutes)),
  );
}

/** A booked interview event as the product shows it. */
export interface BookedEvent {
  id: string;
  subject: string;
  start: Date | null;
  end: Date | null;
  /** The zone the times were written in (as asked with Prefer, or the event's own). */
  timeZone: string | null;
  joinUrl: string | null;
  webLink: string | null;
  location: string | null;
  attendees: MailPerson[];
  categories: string[];
  isCancelled: boolean;
  /** Our prep sheet extension, when it was asked for and exists. */
  prep: ExtensionData | null;
  /** The transactionId the app set when it made the event (Graph returns it only then). */
  transactionId: string | null;
}

/** $select for every event read. */
export const EVENT_FIELDS = [
  "id",
  "subject",
  "start",
  "end",
  "attendees",
  "organizer",
  "isOnlineMeeting",
  "onlineMeeting",
  "webLink",
  "location",
  "categories",
  "isCancelled",
  "reminderMinutesBeforeStart",
  "transactionId",
].join(",");

/** Maps a Graph event to a BookedEvent. */
export function toBookedEvent(event: Event): BookedEvent {
  const extensions = (event.extensions ?? []) as unknown as Record<string, unknown>[];
  return {
    id: event.id ?? "",
    subject: event.subject ?? "",
    start: fromGraphDateTime(event.start),
    end: fromGraphDateTime(event.end),
    timeZone: event.start?.timeZone ?? null,
    joinUrl: event.onlineMeeting?.joinUrl ?? null,
    webLink: event.webLink ?? null,
    location: event.location?.displayName || null,
    attendees: (event.attendees ?? []).map((attendee: Attendee) => ({
      displayName: attendee.emailAddress?.name ?? attendee.emailAddress?.address ?? "",
      emailAddress: attendee.emailAddress?.address ?? "",
    })),
    categories: event.categories ?? [],
    isCancelled: event.isCancelled ?? false,
    prep: findOurExtension(extensions),
    transactionId: (event as Event & { transactionId?: string }).transactionId ?? null,
  };
}

/** What the user confirmed when booking. */
export interface EventDraft {
  subject: string;
  /** The invitation body (HTML, already escaped by the mail templates). Never the prep notes. */
  bodyHtml: string;
  start: Date;
  end: Date;
  /** The organizer's zone (Windows or IANA); times are written and read back in it. */
  timeZone: string;
  attendees: MailPerson[];
  /** A Teams link (teamsForBusiness) or, when false, `location`. */
  online: boolean;
  location?: string;
  categories?: string[];
  reminderMinutes?: number;
  /** How the time shows in free/busy; Graph's default (busy) when absent. */
  showAs?: "free" | "tentative" | "busy";
  /** The prep sheet: stored in our open extension on the organizer's copy only. */
  prep?: ExtensionData;
  /**
   * Graph's de-duplication key: a repeated POST with the same value returns the first event. Pass the
   * same id when replaying a booking (e.g. from the outbox); a fresh one is made otherwise.
   */
  transactionId?: string;
}

/** A booking either happened or was refused before any request (prep sheet too large). */
export type BookingResult =
  { ok: true; event: BookedEvent; transactionId: string } | TooLargeRefusal;

/** The POST body of an event draft (with its transactionId), or the prep sheet's size refusal. */
function eventBody(
  draft: EventDraft,
  transactionId: string,
): { ok: true; body: Record<string, unknown> } | TooLargeRefusal {
  const body: Record<string, unknown> = {
    subject: draft.subject,
    body: { contentType: "html", content: draft.bodyHtml },
    start: toGraphDateTime(draft.start, draft.timeZone),
    end: toGraphDateTime(draft.end, draft.timeZone),
    attendees: draft.attendees.map((person) => ({
      emailAddress: { address: person.emailAddress, name: person.displayName },
      type: "required",
    })),
    isOnlineMeeting: draft.online,
    allowNewTimeProposals: true,
    transactionId,
  };
  if (draft.online) body.onlineMeetingProvider = "teamsForBusiness";
  if (draft.location) body.location = { displayName: draft.location };
  if (draft.categories && draft.categories.length > 0) body.categories = draft.categories;
  if (draft.showAs) body.showAs = draft.showAs;
  if (draft.reminderMinutes !== undefined) {
    body.isReminderOn = true;
    body.reminderMinutesBeforeStart = draft.reminderMinutes;
  }
  if (draft.prep) {
    const inline = inlineExtension(draft.prep);
    if (!inline.ok) return inline;
    body.extensions = inline.extensions;
  }
  return { ok: true, body };
}

/** The booked event as the app holds it: the prep sheet sent when the answer leaves it out. */
function bookedFrom(created: Event, draft: EventDraft): BookedEvent {
  const event = toBookedEvent(created);
  return { ...event, prep: event.prep ?? draft.prep ?? null };
}

/**
 * Creates the interview event. The prep sheet extension is created inline in the same POST (one
 * request; Graph does not copy the organizer's extensions to attendees). After a lost answer the
 * event is looked for by `transactionId` and posted again only when it is not there (the id also
 * makes Graph return the first event for a repeat, should the look miss it).
 */
export async function createEvent(
  client: GraphClient,
  draft: EventDraft,
  signal?: AbortSignal,
): Promise<BookingResult> {
  const transactionId = draft.transactionId ?? crypto.randomUUID();
  const built = eventBody(draft, transactionId);
  if (!built.ok) return built;
  const send = async () => {
    const answer = await client.call<Event>({
      method: "POST",
      path: "/me/events",
      headers: preferTimeZone(draft.timeZone),
      body: built.body,
      retry: "never",
      signal,
    });
    return answer.body;
  };
  const check = () => findCreatedEvent(client, draft, transactionId, signal);
  let created: Event;
  try {
    created = await writeChecked(client, { send, check }, { signal });
  } catch (error) {
    // A repeat of a POST that was stored may come back as an error rather than the first event:
    // event.md / user-post-events.md say only that Graph avoids the redundant POST. Look first.
    if (!(error instanceof GraphError && error.status === 409)) throw error;
    const found = await check();
    if (!found) throw error;
    created = found;
  }
  return { ok: true, event: bookedFrom(created, draft), transactionId };
}

/**
 * Books the event and writes the contact's record in one round trip: a `$batch` whose second
 * request (the record, which links the event by its transactionId — Graph has not given the id yet)
 * runs only after the event was created (dependsOn). Each is recovered by itself after a lost
 * answer: the event by its transactionId, the record by its write marker.
 */
export async function createEventWithRecord(
  client: GraphClient,
  draft: EventDraft & { transactionId: string },
  record: RecordAlongside,
  signal?: AbortSignal,
): Promise<BookingResult> {
  const { transactionId } = draft;
  const built = eventBody(draft, transactionId);
  if (!built.ok) return built;
  const recordWrite = contactRecordBatchWrite(record, client, signal);
  if (!recordWrite.ok) return recordWrite;
  const results = await writeBatchChecked(
    client,
    [
      {
        id: "event",
        method: "POST",
        url: "/me/events",
        headers: preferTimeZone(draft.timeZone),
        body: built.body,
        read: (body) => body as Event,
        check: () => findCreatedEvent(client, draft, transactionId, signal),
      },
      { ...recordWrite.write, dependsOn: ["event"] },
    ],
    { signal },
  );
  const created = results.get("event") as Event;
  return { ok: true, event: bookedFrom(created, draft), transactionId };
}

/**
 * Events from a minute before `span` starts to a minute after it ends, with the transactionId an
 * app set (times in `timeZone`): where a booking's event is looked for by its transactionId.
 */
async function eventsAround(
  client: GraphClient,
  span: { start: Date; end: Date },
  timeZone: string,
  signal?: AbortSignal,
): Promise<(Event & { transactionId?: string })[]> {
  const answer = await client.call<GraphPage<Event & { transactionId?: string }>>({
    method: "GET",
    path: "/me/calendarView",
    query: {
      startDateTime: new Date(span.start.getTime() - 60_000).toISOString(),
      endDateTime: new Date(span.end.getTime() + 60_000).toISOString(),
      $select: EVENT_FIELDS,
      $expand: EXPAND_OUR_EXTENSION,
      $top: 50,
    },
    headers: preferTimeZone(timeZone),
    signal,
  });
  return answer.body.value ?? [];
}

/**
 * The event a booking POST stored, found in a calendarView around its start. Filtering events by
 * transactionId is not documented (event.md lists it as returned "only if an app has set it"),
 * so the window is read with `transactionId` selected and matched here; an event without one
 * (a copy written by another client) matches on subject and start instead.
 */
async function findCreatedEvent(
  client: GraphClient,
  draft: EventDraft,
  transactionId: string,
  signal?: AbortSignal,
): Promise<Event | null> {
  const events = await eventsAround(client, draft, draft.timeZone, signal);
  const byTransaction = events.find((event) => event.transactionId === transactionId);
  if (byTransaction) return byTransaction;
  return (
    events.find(
      (event) =>
        event.transactionId === undefined &&
        event.subject === draft.subject &&
        fromGraphDateTime(event.start)?.getTime() === draft.start.getTime(),
    ) ?? null
  );
}

/**
 * The event a booking made, by the transactionId its link in the contact's record keeps (a link
 * written in the booking's own round trip, before Graph gave the event's id). Null when it is gone.
 */
export async function findEventByTransaction(
  client: GraphClient,
  linked: { start: Date; end: Date; transactionId: string },
  signal?: AbortSignal,
): Promise<BookedEvent | null> {
  const events = await eventsAround(client, linked, "UTC", signal);
  const found = events.find((e) => e.transactionId === linked.transactionId);
  return found ? toBookedEvent(found) : null;
}

/**
 * The event a contact's record links, times in UTC: by its id, or — for a link written in the
 * booking's own round trip, before Graph gave the id — by its transactionId. One request either
 * way; null when a link by transactionId finds nothing.
 */
export async function getLinkedEvent(
  client: GraphClient,
  linked: LinkedEvent,
  signal?: AbortSignal,
): Promise<BookedEvent | null> {
  if (linked.eventId) return getEvent(client, linked.eventId, { timeZone: "UTC", signal });
  if (!linked.transactionId) return null;
  return findEventByTransaction(
    client,
    {
      start: new Date(linked.start),
      end: new Date(linked.end),
      transactionId: linked.transactionId,
    },
    signal,
  );
}

/** Reads one event with our prep sheet expanded (times in `timeZone` when given). */
export async function getEvent(
  client: GraphClient,
  id: string,
  options: { timeZone?: string; signal?: AbortSignal | undefined } = {},
): Promise<BookedEvent> {
  const answer = await client.call<Event>({
    method: "GET",
    path: eventPath(id),
    query: { $select: EVENT_FIELDS, $expand: EXPAND_OUR_EXTENSION },
    headers: options.timeZone ? preferTimeZone(options.timeZone) : undefined,
    signal: options.signal,
  });
  return toBookedEvent(answer.body);
}

/** calendarView over `window`, earliest first, 50 a page, with our prep sheet expanded. */
function calendarViewQuery(window: { start: Date; end: Date }) {
  return {
    startDateTime: window.start.toISOString(),
    endDateTime: window.end.toISOString(),
    $select: EVENT_FIELDS,
    $expand: EXPAND_OUR_EXTENSION,
    $orderby: "start/dateTime",
    $top: 50,
  };
}

/**
 * The user's events overlapping `window`, earliest first, with our prep sheet expanded and times in
 * `timeZone`: one calendarView request (it expands recurrences and includes events that started
 * before the window and are still running). Only the first 50 are read.
 */
export async function listEventsBetween(
  client: GraphClient,
  window: { start: Date; end: Date },
  timeZone: string,
  signal?: AbortSignal,
): Promise<BookedEvent[]> {
  const answer = await client.call<GraphPage<Event>>({
    method: "GET",
    path: "/me/calendarView",
    query: calendarViewQuery(window),
    headers: preferTimeZone(timeZone),
    signal,
  });
  return (answer.body.value ?? []).map(toBookedEvent);
}

/**
 * Every event (occurrences expanded) in `window`, following calendarView's pages up to
 * `maxPages`: for a search that must not stop at the first 50 (the meeting of a Teams chat).
 */
export async function listAllEventsBetween(
  client: GraphClient,
  window: { start: Date; end: Date },
  options: { maxPages: number; signal?: AbortSignal },
): Promise<BookedEvent[]> {
  const { items } = await collectPages<Event>(
    client,
    { path: "/me/calendarView", query: calendarViewQuery(window) },
    {
      maxPages: options.maxPages,
      headers: preferTimeZone("UTC"),
      ...(options.signal ? { signal: options.signal } : {}),
    },
  );
  return items.map(toBookedEvent);
}

/** Moves an event (reschedule); attendees get Outlook's update. */
export async function updateEventTimes(
  client: GraphClient,
  id: string,
  times: { start: Date; end: Date; timeZone: string },
  signal?: AbortSignal,
): Promise<BookedEvent> {
  const answer = await client.call<Event>({
    method: "PATCH",
    path: eventPath(id),
    headers: preferTimeZone(times.timeZone),
    body: {
      start: toGraphDateTime(times.start, times.timeZone),
      end: toGraphDateTime(times.end, times.timeZone),
    },
    signal,
  });
  return toBookedEvent(answer.body);
}

/**
 * Cancels a meeting the user organised, sending attendees `comment` with the cancellation
 * (`POST /me/events/{id}/cancel`, 202; only the organizer may cancel — an attendee declines instead).
 */
export async function cancelEvent(
  client: GraphClient,
  id: string,
  comment: string,
  signal?: AbortSignal,
): Promise<void> {
  await client.call({
    method: "POST",
    path: `${eventPath(id)}/cancel`,
    body: { comment },
    read: "none",
    signal,
  });
}

/** The prep sheet on an event, or null. */
export function readEventPrep(
  client: GraphClient,
  eventId: string,
  signal?: AbortSignal,
): Promise<ExtensionData | null> {
  return readExtension(client, eventPath(eventId), signal);
}

/** Merges changes into the prep sheet on an event (read, merge, write: PATCH replaces all). */
export function mergeEventPrep(
  client: GraphClient,
  eventId: string,
  changes: ExtensionData,
  signal?: AbortSignal,
): Promise<ExtensionWrite> {
  return mergeExtension(client, eventPath(eventId), changes, signal);
}

/**
 * Writes `data` as the whole prep sheet on an event (created when `exists` is false, else replaced),
 * for callers that already read and merged; refused for size before any request.
 */
export function writeEventPrep(
  client: GraphClient,
  eventId: string,
  data: ExtensionData,
  exists: boolean,
  signal?: AbortSignal,
): Promise<ExtensionWrite> {
  return writeExtension(client, eventPath(eventId), data, exists, signal);
}

/**
 * Writes the prep sheet on an event and, when given, the contact's record in the same round trip
 * (a `$batch` of two independent requests — fully parallel, as json-batching.md asks). Each write
 * carries its marker and is recovered by itself; refused for size before any request.
 */
export async function writeEventPrepWithRecord(
  client: GraphClient,
  eventId: string,
  data: ExtensionData,
  exists: boolean,
  record: RecordAlongside | null,
  signal?: AbortSignal,
): Promise<ExtensionWrite> {
  if (!record) return writeEventPrep(client, eventId, data, exists, signal);
  const prep = extensionBatchWrite("prep", eventPath(eventId), data, exists, client, signal);
  if (!prep.ok) return prep;
  const contact = contactRecordBatchWrite(record, client, signal);
  if (!contact.ok) return contact;
  await writeBatchChecked(client, [prep.write, contact.write], { signal });
  return { ok: true, data };
}
