// Working hours as one short line in the user's language: "Mon.–Fri., 9:00 a.m. – 5:00 p.m.".
import type { Locale } from "../../domain/locale";
import type { WorkingHours } from "../../domain/time/workingHours";
import { intlLocale } from "../../domain/time/zones";
import { formatList } from "../common/formatList";

const WEEK = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** "08:00:00.0000000" → minutes since midnight (0 when unreadable). */
function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time
    .split(":")
    .map((part) => Number.parseInt(part, 10))
    .map((n) => (Number.isFinite(n) ? n : 0));
  return hours * 60 + minutes;
}

/**
 * The days and hours someone works, as Intl writes them for the locale: day names, the list's
 * "and"/"et", and the clock (12-hour with a.m./p.m. in English, 24-hour "9 h 00" in French) all
 * come from the language, never from fixed strings. Consecutive runs of three or more days are
 * written as a range ("Mon.–Fri.").
 */
export function describeWorkingHours(hours: WorkingHours, locale: Locale): string {
  const tag = intlLocale(locale);
  const weekday = new Intl.DateTimeFormat(tag, { weekday: "short", timeZone: "UTC" });
  // 2026-11-23 is a Monday: day i of the week is 23 + i.
  const name = (index: number) => weekday.format(new Date(Date.UTC(2026, 10, 23 + index)));
  const indices = WEEK.map((day, index) => (hours.daysOfWeek.includes(day) ? index : -1)).filter(
    (index) => index >= 0,
  );
  const first = indices[0] ?? 0;
  const last = indices[indices.length - 1] ?? 0;
  // Sorted and distinct, so a run without gaps spans exactly its length.
  const consecutive = last - first === indices.length - 1;
  const days =
    indices.length > 2 && consecutive
      ? `${name(first)}–${name(last)}`
      : formatList(locale, indices.map(name));

  const clock = new Intl.DateTimeFormat(tag, {
    hour: "numeric",
    minute: "2-digit",
    timeZone: "UTC",
  });
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 0, minutes));
  const start = minutesOf(hours.startTime);
  const end = minutesOf(hours.endTime);
  // A shift past midnight: formatRange would spell out both dates, so the two clocks stand alone.
  const times =
    end > start
      ? clock.formatRange(at(start), at(end))
      : `${clock.format(at(start))} – ${clock.format(at(end))}`;
  return days ? `${days}, ${times}` : times;
}
