// Graph's custom time zones (bias and yearly transition rules) as offset timelines the slot finder
// reads.
import { IANAZone } from "luxon";
import { WINDOWS_TO_IANA_MAP } from "windows-iana";
import type { OffsetTimeline } from "./offsets";
import { timelineOf } from "./offsets";

const MINUTE = 60_000;

/**
 * One yearly transition, as Graph's standardTimeZoneOffset / daylightTimeZoneOffset give it
 * (api-reference/v1.0/resources/standardtimezoneoffset.md, daylighttimezoneoffset.md): at `time`
 * (local wall clock, in the time being left) on the `dayOccurrence`-th `dayOfWeek` of `month`.
 */
export interface TransitionRule {
  /** 1–12; 0 (or absent) means the zone has no such transition. */
  month?: number | null;
  /** 1–4 for the first to fourth; 5 for the last, as Windows time zone rules count. */
  dayOccurrence?: number | null;
  /** "sunday" … "saturday". */
  dayOfWeek?: string | null;
  /** "HH:mm[:ss[.fffffff]]". */
  time?: string | null;
  /** 0 (or absent): every year; otherwise the one year the rule applies to. */
  year?: number | null;
}

/**
 * Graph's customTimeZone (api-reference/v1.0/resources/customtimezone.md), as mailbox settings'
 * working hours carry it under the name "Customized Time Zone".
 */
export interface CustomTimeZone {
  /**
   * Minutes ahead of UTC in standard time. customtimezone.md: "Time zones that are ahead of UTC
   * have a positive offset; time zones that are behind UTC have a negative offset." (Windows'
   * TIME_ZONE_INFORMATION counts the other way; we follow Graph's page, as the sandbox does.)
   */
  bias: number;
  /** When daylight saving time ends. */
  standardOffset?: TransitionRule | null;
  /** When daylight saving time starts; `daylightBias` is added to `bias` while it lasts. */
  daylightOffset?: (TransitionRule & { daylightBias?: number | null }) | null;
  name?: string | null;
}

const WEEKDAY: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/**
 * The local-epoch milliseconds (wall clock, as if UTC) at which `rule` fires in `year`, or null
 * when the rule is empty or names another year.
 */
export function transitionWallClock(rule: TransitionRule, year: number): number | null {
  const month = rule.month ?? 0;
  if (month < 1 || month > 12) return null;
  if (rule.year && rule.year !== year) return null;
  const weekday = WEEKDAY[(rule.dayOfWeek ?? "").trim().toLowerCase()];
  if (weekday === undefined) return null;
  const occurrence = Math.min(Math.max(rule.dayOccurrence ?? 1, 1), 5);
  const first = Date.UTC(year, month - 1, 1);
  const firstWeekday = new Date(first).getUTCDay();
  let day = 1 + ((weekday - firstWeekday + 7) % 7) + (occurrence - 1) * 7;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Occurrence 5 is "the last": step back a week when the month has no fifth one.
  while (day > daysInMonth) day -= 7;
  const minutes = clockMinutes(rule.time);
  return Date.UTC(year, month - 1, day) + Math.round(minutes * MINUTE);
}

/** Minutes since midnight of Graph's TimeOfDay ("02:00:00.0000000"); 0 when unreadable. */
function clockMinutes(time: string | null | undefined): number {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec((time ?? "").trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3] ?? 0) / 60 : 0;
}

/** Whether the custom zone observes daylight saving time at all. */
export function hasDaylightTime(zone: CustomTimeZone): boolean {
  const daylight = zone.daylightOffset;
  const standard = zone.standardOffset;
  return Boolean(
    daylight &&
    standard &&
    (daylight.daylightBias ?? 0) !== 0 &&
    (daylight.month ?? 0) >= 1 &&
    (standard.month ?? 0) >= 1,
  );
}

/** Offset from UTC in minutes at an instant, in a custom zone. */
export function customOffsetAt(zone: CustomTimeZone, ms: number): number {
  const standard = zone.bias;
  if (!hasDaylightTime(zone)) return standard;
  const daylight = standard + (zone.daylightOffset?.daylightBias ?? 0);
  const year = new Date(ms + standard * MINUTE).getUTCFullYear();
  // Daylight time starts at the wall clock of standard time and ends at the wall clock of
  // daylight time (the clocks people read just before each change).
  const startWall = transitionWallClock(zone.daylightOffset as TransitionRule, year);
  const endWall = transitionWallClock(zone.standardOffset as TransitionRule, year);
  if (startWall === null || endWall === null) return standard;
  const start = startWall - standard * MINUTE;
  const end = endWall - daylight * MINUTE;
  // North: daylight time sits inside the year. South: it wraps the new year (Sept → April).
  const inDaylight = start < end ? ms >= start && ms < end : ms >= start || ms < end;
  return inDaylight ? daylight : standard;
}

/**
 * An offset timeline for a custom zone, in the shape the slot finder and working hours use for
 * IANA zones. Everything is computed from the rules: no Intl look-ups, nothing to cache.
 */
export function customOffsetTimeline(zone: CustomTimeZone): OffsetTimeline {
  return timelineOf(zone.name?.trim() || "Customized Time Zone", (ms) => customOffsetAt(zone, ms));
}

/** A reading of Graph's customTimeZone object, or null when it is not one (a named zone). */
export function readCustomTimeZone(value: unknown): CustomTimeZone | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const type = typeof v["@odata.type"] === "string" ? (v["@odata.type"] as string) : "";
  const isCustom = /customTimeZone$/i.test(type) || typeof v.bias === "number";
  if (!isCustom || typeof v.bias !== "number" || !Number.isFinite(v.bias)) return null;
  const rule = (r: unknown): TransitionRule | null =>
    typeof r === "object" && r !== null ? (r as TransitionRule) : null;
  return {
    bias: v.bias,
    standardOffset: rule(v.standardOffset),
    daylightOffset: rule(v.daylightOffset),
    name: typeof v.name === "string" ? v.name : null,
  };
}

/**
 * Named zones a custom zone may match: each Windows zone's first IANA zone, tried in order.
 * Built on first use: checking ~140 names builds as many Intl formats (about 200 ms on a busy
 * machine), which must not sit in every page's start-up for the rare custom-zone mailbox.
 */
let candidates: readonly string[] | null = null;
function candidateZones(): readonly string[] {
  candidates ??= [
    ...new Set(
      Object.values(WINDOWS_TO_IANA_MAP)
        .map((entry): string | undefined => entry.iana[0])
        .filter((zone): zone is string => zone !== undefined && IANAZone.isValidZone(zone)),
    ),
  ];
  return candidates;
}

/**
 * An IANA zone that keeps the same clock as `zone` over the year either side of `around` (the
 * caller's now), to label times in the person's own terms ("NDT"), or null when none does. The
 * custom rules stay the authority for working hours; this only names them for display.
 */
export function namedZoneLike(zone: CustomTimeZone, around: number): string | null {
  const samples: number[] = [];
  for (let week = -52; week <= 52; week += 4) samples.push(around + week * 7 * 24 * 60 * MINUTE);
  const year = new Date(around).getUTCFullYear();
  for (const rule of [zone.daylightOffset, zone.standardOffset]) {
    const wall = rule ? transitionWallClock(rule, year) : null;
    // Either side of each change, so a zone that switches on another day does not match.
    if (wall !== null)
      samples.push(wall - zone.bias * MINUTE - 3 * 60 * MINUTE, wall + 3 * 60 * MINUTE);
  }
  const expected = samples.map((ms) => customOffsetAt(zone, ms));
  for (const name of candidateZones()) {
    const iana = IANAZone.create(name);
    if (samples.every((ms, i) => iana.offset(ms) === expected[i])) return name;
  }
  return null;
}
