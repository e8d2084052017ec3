// Working hours as Outlook keeps them: wall-clock times on chosen weekdays, in the person's zone.
import { DateTime } from "luxon";
import type { Span } from "./intervals";
import { mergeSpans } from "./intervals";
import { zoneOrFallback } from "./zoneNames";

/**
 * Working hours as Graph's mailbox settings give them. Times are wall-clock ("08:00:00.0000000")
 * on the person's own local days; `timeZone` may be a Windows or IANA name.
 */
export interface WorkingHours {
  /** Lower-case English weekday names, as Graph writes them: "monday" … "sunday". */
  daysOfWeek: string[];
  /** "HH:mm", optionally with seconds and fractions. */
  startTime: string;
  /** "HH:mm[:ss…]"; an end at or before the start means the day runs past midnight. */
  endTime: string;
  timeZone?: string;
}

/** Outlook's own default for a mailbox that never set working hours: weekdays, 8 a.m. to 5 p.m. */
export const DEFAULT_WORKING_HOURS: Readonly<WorkingHours> = Object.freeze({
  daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
  startTime: "08:00",
  endTime: "17:00",
});

const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** Minutes since midnight for "HH:mm[:ss[.fffffff]]", or null when it is not a clock time. */
export function parseClockTime(value: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(value.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3] ?? 0);
  if (hours > 24 || minutes > 59 || seconds > 59) return null;
  return hours * 60 + minutes + seconds / 60;
}

/**
 * The working spans that touch `range`, as instants. Each working day is laid out in the
 * person's zone from its local date, so a day on which clocks change is still, say, 9 to 5 on the
 * wall (8 or 10 hours of elapsed time are never assumed). Days are scanned one before and after
 * the range because a local day in a far-away zone starts on another UTC date.
 */
export function workingSpans(hours: WorkingHours, fallbackZone: string, range: Span): Span[] {
  const zone = zoneOrFallback(hours.timeZone, zoneOrFallback(fallbackZone));
  const startMinute = parseClockTime(hours.startTime);
  const endMinute = parseClockTime(hours.endTime);
  if (startMinute === null || endMinute === null) return [];
  const days = new Set(
    hours.daysOfWeek.map((d) => WEEKDAYS[d.trim().toLowerCase()]).filter((d) => d !== undefined),
  );
  if (days.size === 0) return [];
  const crossesMidnight = endMinute <= startMinute;

  const spans: Span[] = [];
  let day = DateTime.fromMillis(range.start, { zone }).startOf("day").minus({ days: 1 });
  const last = DateTime.fromMillis(range.end, { zone }).startOf("day").plus({ days: 1 });
  while (day <= last) {
    if (days.has(day.weekday)) {
      const start = atWallClock(day, startMinute, zone);
      const endDay = crossesMidnight ? day.plus({ days: 1 }) : day;
      const end = atWallClock(endDay, endMinute, zone);
      if (end > start && end > range.start && start < range.end) {
        spans.push({ start: Math.max(start, range.start), end: Math.min(end, range.end) });
      }
    }
    day = day.plus({ days: 1 });
  }
  return mergeSpans(spans);
}

/**
 * The instant of a wall-clock time on a local date. A time inside a spring-forward gap moves
 * forward to the first real minute after it, which is what a person's clock shows.
 */
function atWallClock(day: DateTime, minuteOfDay: number, zone: string): number {
  // "24:00" is the end of the day, i.e. midnight of the next one.
  const onDay = minuteOfDay >= 24 * 60 ? day.plus({ days: 1 }) : day;
  const minute = minuteOfDay >= 24 * 60 ? minuteOfDay - 24 * 60 : minuteOfDay;
  const whole = Math.floor(minute);
  return DateTime.fromObject(
    {
      year: onDay.year,
      month: onDay.month,
      day: onDay.day,
      hour: Math.floor(whole / 60),
      minute: whole % 60,
      second: Math.round((minute - whole) * 60),
    },
    { zone },
  ).toMillis();
}

/** Whether an instant falls inside the working hours, on the person's own local day. */
export function isWorkingInstant(ms: number, hours: WorkingHours, fallbackZone: string): boolean {
  const day = 24 * 60 * 60 * 1000;
  return workingSpans(hours, fallbackZone, { start: ms - day, end: ms + day }).some(
    (s) => s.start <= ms && ms < s.end,
  );
}
