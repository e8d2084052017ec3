// Working hours as Outlook keeps them: wall-clock times on chosen weekdays, in the person's zone.
import type { CustomTimeZone } from "./customZone";
import { customOffsetTimeline } from "./customZone";
import type { Span } from "./intervals";
import { mergeSpans } from "./intervals";
import type { OffsetTimeline } from "./offsets";
import { offsetTimeline } from "./offsets";
import { zoneOrFallback } from "./zoneNames";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

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
  /**
   * Graph's customTimeZone ("Customized Time Zone": a bias and yearly rules), when the mailbox
   * keeps one; it wins over `timeZone`, whose name says nothing usable then.
   */
  customTimeZone?: CustomTimeZone;
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
 *
 * `timelineFor` lets a caller share offset timelines between calls (they are the costly part).
 */
export function workingSpans(
  hours: WorkingHours,
  fallbackZone: string,
  range: Span,
  timelineFor: (zone: string) => OffsetTimeline = (zone) =>
    offsetTimeline(zone, range.start, range.end),
): Span[] {
  const zone = zoneOrFallback(hours.timeZone, zoneOrFallback(fallbackZone));
  const startMinute = parseClockTime(hours.startTime);
  const endMinute = parseClockTime(hours.endTime);
  if (startMinute === null || endMinute === null) return [];
  const days = new Set(
    hours.daysOfWeek.map((d) => WEEKDAYS[d.trim().toLowerCase()]).filter((d) => d !== undefined),
  );
  if (days.size === 0) return [];
  // An end at or before the start runs into the next day ("22:00"–"06:00", or "00:00"–"00:00").
  const endOffset = endMinute <= startMinute ? endMinute + 24 * 60 : endMinute;

  const timeline = hours.customTimeZone
    ? customOffsetTimeline(hours.customTimeZone)
    : timelineFor(zone);
  const spans: Span[] = [];
  const firstDay = Math.floor(timeline.localOf(range.start) / DAY) - 1;
  const lastDay = Math.floor(timeline.localOf(range.end) / DAY) + 1;
  for (let day = firstDay; day <= lastDay; day++) {
    if (!days.has(isoWeekday(day))) continue;
    const start = timeline.instantOf(day * DAY + startMinute * MINUTE);
    const end = timeline.instantOf(day * DAY + endOffset * MINUTE);
    if (end > start && end > range.start && start < range.end) {
      spans.push({ start: Math.max(start, range.start), end: Math.min(end, range.end) });
    }
  }
  return mergeSpans(spans);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day counted from 1970-01-01, a Thursday. */
function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** Whether an instant falls inside the working hours, on the person's own local day. */
export function isWorkingInstant(ms: number, hours: WorkingHours, fallbackZone: string): boolean {
  return workingSpans(hours, fallbackZone, { start: ms - DAY, end: ms + DAY }).some(
    (s) => s.start <= ms && ms < s.end,
  );
}
