// Free/busy facts of one calendar: its events as UTC intervals with a status, and the strongest
// status over a span.
import type { FreeBusyStatus } from "@microsoft/microsoft-graph-types";
import type { TenantEvent, TenantMailboxSettings } from "../tenant";
import { CalendarRequestError } from "./requestError";
import { inZone, toIana, UnknownTimeZoneError, zonedToUtc } from "./zones";

/** What the calendar computations read of an event (a tenant event fits). */
export type CalendarEvent = Pick<TenantEvent, "start" | "end"> &
  Partial<
    Pick<
      TenantEvent,
      "showAs" | "isAllDay" | "isCancelled" | "subject" | "location" | "sensitivity" | "attendees"
    >
  > &
  Record<string, unknown>;

/** One calendar owner: the events and the mailbox settings (zone, working hours). */
export interface CalendarOwner {
  events: readonly CalendarEvent[];
  mailboxSettings?: TenantMailboxSettings;
}

/** An event placed on the time line. */
export interface BusyInterval {
  start: Date;
  end: Date;
  status: FreeBusyStatus;
  event: CalendarEvent;
}

/**
 * How strongly each status blocks time, weakest first. Busy beats tentative, out of office beats
 * busy; working elsewhere is the owner at work, so it blocks less than a tentative meeting.
 */
const STRENGTH: Record<FreeBusyStatus, number> = {
  unknown: 0,
  free: 0,
  workingElsewhere: 1,
  tentative: 2,
  busy: 3,
  oof: 4,
};

/** The stronger of two statuses (ties keep the first). */
export function strongerStatus(a: FreeBusyStatus, b: FreeBusyStatus): FreeBusyStatus {
  return STRENGTH[b] > STRENGTH[a] ? b : a;
}

/**
 * Reads a zone name as Graph would, turning an unknown name into the 400 Graph answers.
 * @throws CalendarRequestError (TimeZoneNotSupportedException).
 */
export function requireZone(zone: string | null | undefined): string {
  const name = zone ?? "UTC";
  try {
    toIana(name);
    return name;
  } catch (error) {
    if (error instanceof UnknownTimeZoneError) {
      throw new CalendarRequestError(
        "TimeZoneNotSupportedException",
        `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`,
      );
    }
    throw error;
  }
}

/** The owner's own zone: mailbox settings first, then the working hours' zone, then UTC. */
export function ownerZone(mailboxSettings: TenantMailboxSettings | undefined): string {
  const candidates = [mailboxSettings?.timeZone, mailboxSettings?.workingHours?.timeZone?.name];
  for (const zone of candidates) {
    if (typeof zone !== "string" || zone === "") continue;
    try {
      toIana(zone);
      return zone;
    } catch {
      // A custom zone ("Customized Time Zone") has no name we can map; try the next source.
    }
  }
  return "UTC";
}

/** The calendar date ("YYYY-MM-DD") at the front of a Graph dateTime. */
function datePart(dateTime: string): string {
  return dateTime.slice(0, 10);
}

/**
 * Places one event on the time line. All-day events run from midnight to midnight in the owner's
 * zone, whatever zone the event was written in, so a day off in Toronto covers the Toronto day.
 */
export function intervalOf(event: CalendarEvent, zoneOfOwner: string): BusyInterval {
  const status: FreeBusyStatus = event.showAs ?? "busy";
  if (event.isAllDay === true) {
    const start = zonedToUtc(`${datePart(event.start.dateTime)}T00:00:00`, zoneOfOwner);
    let end = zonedToUtc(`${datePart(event.end.dateTime)}T00:00:00`, zoneOfOwner);
    if (end.getTime() <= start.getTime()) {
      end = inZone(start, zoneOfOwner).plus({ days: 1 }).toJSDate();
    }
    return { start, end, status, event };
  }
  const start = zonedToUtc(event.start.dateTime, requireZone(event.start.timeZone));
  const end = zonedToUtc(event.end.dateTime, requireZone(event.end.timeZone));
  return { start, end, status, event };
}

/** The owner's events on the time line, cancelled ones left out, sorted by start. */
export function busyIntervals(owner: CalendarOwner): BusyInterval[] {
  const zone = ownerZone(owner.mailboxSettings);
  return owner.events
    .filter((event) => event.isCancelled !== true)
    .map((event) => intervalOf(event, zone))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
}

/** True when [start, end) and the interval share any time. */
export function overlaps(interval: { start: Date; end: Date }, start: Date, end: Date): boolean {
  return interval.start.getTime() < end.getTime() && interval.end.getTime() > start.getTime();
}

/** The strongest status of the intervals overlapping [start, end); "free" when none does. */
export function statusOver(
  intervals: readonly BusyInterval[],
  start: Date,
  end: Date,
): FreeBusyStatus {
  let status: FreeBusyStatus = "free";
  for (const interval of intervals) {
    if (interval.start.getTime() >= end.getTime()) break; // sorted by start
    if (overlaps(interval, start, end)) status = strongerStatus(status, interval.status);
  }
  return status;
}
