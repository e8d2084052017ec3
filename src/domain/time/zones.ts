// Time zones as people see them: Windows or IANA names in, spelled-out local dates and times out.
import { DateTime } from "luxon";
import type { Locale } from "../locale";
import type { WorkingHours } from "./workingHours";
import { isWorkingInstant } from "./workingHours";
import { zoneOrFallback } from "./zoneNames";

export { toIanaZone, zoneOrFallback } from "./zoneNames";

/** The BCP 47 tag we format with: Canadian English or Canadian French. */
export function intlLocale(locale: Locale): "en-CA" | "fr-CA" {
  return locale === "fr-CA" ? "fr-CA" : "en-CA";
}

function zoned(instant: Date, zone: string, locale: Locale): DateTime {
  return DateTime.fromJSDate(instant, { zone: zoneOrFallback(zone) }).setLocale(intlLocale(locale));
}

// Formats are built from luxon tokens, which resolve month, weekday, meridiem and zone
// abbreviation through Intl for the locale: "a.m." and "EST" in en-CA, "h" and "HNE" in fr-CA.
const DAY_FORMAT: Record<Locale, string> = {
  en: "cccc, LLLL d",
  "fr-CA": "cccc d LLLL",
};
const TIME_FORMAT: Record<Locale, string> = {
  en: "h:mm a",
  "fr-CA": "H 'h' mm",
};

/**
 * A spelled-out date and time in a zone, the way a person would write it in a mail:
 * "Tuesday, December 1, 9:30 a.m. EST" / "mardi 1 décembre, 9 h 30 HNE".
 */
export function formatInZone(instant: Date, zone: string, locale: Locale): string {
  const d = zoned(instant, zone, locale);
  return `${d.toFormat(DAY_FORMAT[locale])}, ${d.toFormat(TIME_FORMAT[locale])} ${d.toFormat("ZZZZ")}`;
}

/** The day alone: "Tuesday, December 1" / "mardi 1 décembre". */
export function formatDayInZone(instant: Date, zone: string, locale: Locale): string {
  return zoned(instant, zone, locale).toFormat(DAY_FORMAT[locale]);
}

/** The time alone, with the zone's abbreviation: "9:30 a.m. EST" / "9 h 30 HNE". */
export function formatTimeInZone(instant: Date, zone: string, locale: Locale): string {
  const d = zoned(instant, zone, locale);
  return `${d.toFormat(TIME_FORMAT[locale])} ${d.toFormat("ZZZZ")}`;
}

/**
 * A meeting's span: "Tuesday, December 1, 9:30 a.m. – 10:00 a.m. EST". When the end falls on
 * another local day (a late meeting, or a zone across the date line) the end day is spelled out too.
 */
export function formatRangeInZone(start: Date, end: Date, zone: string, locale: Locale): string {
  const s = zoned(start, zone, locale);
  const e = zoned(end, zone, locale);
  const sameDay = s.hasSame(e, "day");
  const head = `${s.toFormat(DAY_FORMAT[locale])}, ${s.toFormat(TIME_FORMAT[locale])}`;
  const tail = sameDay
    ? e.toFormat(TIME_FORMAT[locale])
    : `${e.toFormat(DAY_FORMAT[locale])}, ${e.toFormat(TIME_FORMAT[locale])}`;
  return `${head} – ${tail} ${e.toFormat("ZZZZ")}`;
}

/** What a contact card shows as "their local time". */
export interface LocalTime {
  /** The IANA zone actually used. */
  zone: string;
  /** ISO 8601 with the zone's offset, e.g. "2026-12-01T09:30:00.000-05:00". */
  iso: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minuteOfDay: number;
  /** Offset from UTC in minutes at that instant (DST included). */
  offsetMinutes: number;
  /** "9:30 a.m. EST" / "9 h 30 HNE". */
  label: string;
}

/** The local time in `zone` at `now` (the caller's clock, passed in). */
export function localTimeNow(now: Date, zone: string, locale: Locale = "en"): LocalTime {
  const d = zoned(now, zone, locale);
  return {
    zone: d.zoneName ?? "UTC",
    iso: d.toISO() ?? now.toISOString(),
    weekday: d.weekday,
    minuteOfDay: d.hour * 60 + d.minute,
    offsetMinutes: d.offset,
    label: formatTimeInZone(now, zone, locale),
  };
}

/**
 * Whether `now` falls inside someone's working hours, read as wall-clock time on their own local
 * day. `fallbackZone` is used when the working hours carry no (usable) zone of their own.
 */
export function isWithinWorkingHours(
  now: Date,
  workingHours: WorkingHours,
  fallbackZone = "UTC",
): boolean {
  return isWorkingInstant(now.getTime(), workingHours, fallbackZone);
}
