// getSchedule for one schedule: the availability view, the schedule items and the working hours
// Graph returns.
import type { FreeBusyStatus, ScheduleItem } from "@microsoft/microsoft-graph-types";
import type { TenantMailboxSettings } from "../tenant";
import {
  busyIntervals,
  overlaps,
  requireZone,
  type BusyInterval,
  type CalendarEvent,
} from "./freeBusy";
import { CalendarRequestError } from "./requestError";
import { workingHoursOf, type ResolvedWorkingHours } from "./workingHours";
import { utcToZoned, zonedToUtc } from "./zones";

/** Graph's dateTimeTimeZone as a request carries it. */
export interface ZonedDateTime {
  dateTime: string;
  timeZone?: string | null;
}

/** One schedule's question: whose calendar, over which window, at which granularity. */
export interface ScheduleQuery {
  /** The SMTP address asked for; echoed as scheduleId. */
  scheduleId: string;
  /** The owner's events (tenant events fit). */
  events: readonly CalendarEvent[];
  /** The owner's mailbox settings: zone and working hours. */
  mailboxSettings?: TenantMailboxSettings;
  startTime: ZonedDateTime;
  endTime: ZonedDateTime;
  /** Minutes per digit of availabilityView: 5 to 1440, default 30. */
  availabilityViewInterval?: number;
  /** Zone for the items' start and end (the `Prefer: outlook.timezone` header); default UTC. */
  outputTimeZone?: string;
}

/** A scheduleItem as Graph returns it, with the flags Exchange adds beside the documented ones. */
export interface ComputedScheduleItem extends ScheduleItem {
  status: FreeBusyStatus;
  isPrivate: boolean;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  isMeeting: boolean;
  isRecurring: boolean;
  isException: boolean;
  isReminderSet: boolean;
}

/** One scheduleInformation of the getSchedule response. */
export interface ComputedSchedule {
  scheduleId: string;
  availabilityView: string;
  scheduleItems: ComputedScheduleItem[];
  workingHours: ResolvedWorkingHours;
}

/** Graph's limits on the window, measured: longer than 62 days is refused. */
const MAX_WINDOW_DAYS = 62;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The digit of availabilityView for a status. Graph documents 4 for working elsewhere but writes 0
 * "for backward compatibility" (scheduleInformation reference), so the sandbox writes 0 as well.
 */
const VIEW_DIGIT: Record<FreeBusyStatus, number> = {
  unknown: 0,
  free: 0,
  workingElsewhere: 0,
  tentative: 1,
  busy: 2,
  oof: 3,
};

function readInterval(value: number | undefined, windowMs: number): number {
  const interval = value ?? 30;
  // Graph also refuses an interval longer than the window itself.
  if (
    !Number.isInteger(interval) ||
    interval < 5 ||
    interval > 1440 ||
    interval * 60_000 > windowMs
  ) {
    throw new CalendarRequestError(
      "ErrorInvalidMergedFreeBusyInterval",
      "The specified merged free/busy interval is not valid. Specify an interval that is less than " +
        "the free/busy time window and  between 5 and 1440 minutes.",
    );
  }
  return interval;
}

function readWindow(query: ScheduleQuery): { start: Date; end: Date } {
  const start = zonedToUtc(query.startTime.dateTime, requireZone(query.startTime.timeZone));
  const end = zonedToUtc(query.endTime.dateTime, requireZone(query.endTime.timeZone));
  const length = end.getTime() - start.getTime();
  if (length <= 0) {
    throw new CalendarRequestError(
      "ErrorInvalidTimeInterval",
      "The time duration specified for FreeBusyViewOptions.TimeWindow is invalid.",
    );
  }
  if (length > MAX_WINDOW_DAYS * DAY_MS) {
    throw new CalendarRequestError(
      "ErrorTimeIntervalTooBig",
      `The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. ` +
        `The allowed limit = ${MAX_WINDOW_DAYS} days; the actual limit = ${Math.ceil(length / DAY_MS)} days.`,
    );
  }
  return { start, end };
}

/** One digit per interval: the strongest status of the events overlapping it. */
function availabilityView(
  intervals: readonly BusyInterval[],
  start: Date,
  end: Date,
  minutes: number,
): string {
  const step = minutes * 60 * 1000;
  const slots = Math.ceil((end.getTime() - start.getTime()) / step);
  const digits = new Array<number>(slots).fill(0);
  for (const interval of intervals) {
    if (!overlaps(interval, start, end)) continue;
    // Only the slots this event touches; a slot's end never passes the window's end.
    const first = Math.max(0, Math.floor((interval.start.getTime() - start.getTime()) / step));
    const last = Math.min(
      slots - 1,
      Math.ceil((interval.end.getTime() - start.getTime()) / step) - 1,
    );
    const digit = VIEW_DIGIT[interval.status];
    for (let slot = first; slot <= last; slot += 1) {
      if ((digits[slot] ?? 0) < digit) digits[slot] = digit;
    }
  }
  return digits.join("");
}

function scheduleItemOf(interval: BusyInterval, zone: string): ComputedScheduleItem {
  const { event } = interval;
  const isPrivate = event.sensitivity === "private" || event.sensitivity === "confidential";
  const item: ComputedScheduleItem = {
    isPrivate,
    status: interval.status,
    start: { dateTime: utcToZoned(interval.start, zone), timeZone: zone },
    end: { dateTime: utcToZoned(interval.end, zone), timeZone: zone },
    isMeeting: (event.attendees?.length ?? 0) > 0,
    isRecurring: typeof event.seriesMasterId === "string" || event.type === "occurrence",
    isException: event.type === "exception",
    isReminderSet: event.isReminderOn !== false,
  };
  // A private event shows only its time and status to others.
  if (!isPrivate) {
    item.subject = event.subject ?? "";
    item.location = event.location?.displayName ?? "";
  }
  return item;
}

/**
 * Computes one scheduleInformation of `POST /me/calendar/getSchedule`.
 * @throws CalendarRequestError for an interval outside 5–1440 minutes or longer than the window, an empty or reversed
 *   window, a window over 62 days, or a zone Graph does not know.
 */
export function computeSchedule(query: ScheduleQuery): ComputedSchedule {
  const { start, end } = readWindow(query);
  const minutes = readInterval(query.availabilityViewInterval, end.getTime() - start.getTime());
  const outputZone = requireZone(query.outputTimeZone ?? "UTC");
  const intervals = busyIntervals({ events: query.events, mailboxSettings: query.mailboxSettings });
  const inWindow = intervals.filter((interval) => overlaps(interval, start, end));
  return {
    scheduleId: query.scheduleId,
    availabilityView: availabilityView(inWindow, start, end, minutes),
    scheduleItems: inWindow.map((interval) => scheduleItemOf(interval, outputZone)),
    workingHours: workingHoursOf(query.mailboxSettings),
  };
}
