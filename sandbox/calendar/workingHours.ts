// An owner's working hours: Graph's shape (with its defaults) and whether a span falls inside them.
import type { DayOfWeek } from "@microsoft/microsoft-graph-types";
import type { TenantMailboxSettings } from "../tenant";
import { ownerZone } from "./freeBusy";
import { inZone, toIana, toWindows, zonedToUtc } from "./zones";

/** Graph's workingHours with every field present. */
export interface ResolvedWorkingHours {
  daysOfWeek: DayOfWeek[];
  startTime: string;
  endTime: string;
  /** A named zone, or a customTimeZone with its bias and rules (and `@odata.type`). */
  timeZone: { name: string } & Record<string, unknown>;
}

const WEEKDAYS: DayOfWeek[] = ["monday", "tuesday", "wednesday", "thursday", "friday"];
/** Every day of the week, Sunday first as `Date#getUTCDay` counts them. */
export const ALL_DAYS: DayOfWeek[] = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

/** Graph writes times of day with seven fraction digits. */
function graphTimeOfDay(time: string): string {
  const [clock = "00:00:00"] = time.split(".");
  const padded = clock.length === 5 ? `${clock}:00` : clock;
  return `${padded}.0000000`;
}

/** A zone name as Graph reports it in mailbox settings: the Windows name when there is one. */
function reportedZone(zone: string): string {
  try {
    return toWindows(zone);
  } catch {
    return zone;
  }
}

/**
 * A custom zone as Graph answers it in workingHours.timeZone (resources/workinghours.md: a
 * timeZoneBase; resources/customtimezone.md: bias, standardOffset, daylightOffset), named
 * "Customized Time Zone" as Outlook names one. Undefined for a named zone.
 */
function customZoneOf(zone: unknown): ({ name: string } & Record<string, unknown>) | undefined {
  if (typeof zone !== "object" || zone === null) return undefined;
  const z = zone as Record<string, unknown>;
  const custom =
    (typeof z["@odata.type"] === "string" && /customTimeZone$/i.test(z["@odata.type"])) ||
    typeof z.bias === "number";
  if (!custom) return undefined;
  return {
    "@odata.type": "#microsoft.graph.customTimeZone",
    ...z,
    name: typeof z.name === "string" && z.name !== "" ? z.name : "Customized Time Zone",
  };
}

/**
 * The owner's working hours as Graph reports them. Without settings, Exchange's default applies:
 * Monday to Friday, 08:00 to 17:00, in the mailbox's zone.
 */
export function workingHoursOf(
  mailboxSettings: TenantMailboxSettings | undefined,
): ResolvedWorkingHours {
  const hours = mailboxSettings?.workingHours;
  const zone = hours?.timeZone?.name ?? ownerZone(mailboxSettings);
  return {
    daysOfWeek: hours?.daysOfWeek?.length ? [...hours.daysOfWeek] : [...WEEKDAYS],
    startTime: graphTimeOfDay(hours?.startTime ?? "08:00:00"),
    endTime: graphTimeOfDay(hours?.endTime ?? "17:00:00"),
    timeZone: customZoneOf(hours?.timeZone) ?? { name: reportedZone(zone) },
  };
}

/** Which hours count for a meeting suggestion (Graph's timeConstraint.activityDomain). */
export type ActivityDomain = "work" | "personal" | "unrestricted" | "unknown";

/** The zone the working hours are kept in, falling back to the owner's zone for custom zones. */
function hoursZone(
  hours: ResolvedWorkingHours,
  mailboxSettings: TenantMailboxSettings | undefined,
): string {
  try {
    toIana(hours.timeZone.name);
    return hours.timeZone.name;
  } catch {
    return ownerZone(mailboxSettings);
  }
}

/** One stretch of working time on the time line. */
export interface WorkingWindow {
  start: Date;
  end: Date;
}

/**
 * The owner's stretches of working time that touch [from, to], in order.
 * "work" uses the working days; "personal" the same hours on every day; "unrestricted" any time.
 * Each day's bounds are computed in the working-hours zone on that date, so 09:00 stays 09:00
 * local on both sides of a daylight-saving change; a shift whose end is not after its start
 * runs past midnight into the next day.
 */
export function workingWindows(
  from: Date,
  to: Date,
  mailboxSettings: TenantMailboxSettings | undefined,
  domain: ActivityDomain = "work",
): WorkingWindow[] {
  if (domain === "unrestricted") return [{ start: from, end: to }];
  const hours = workingHoursOf(mailboxSettings);
  const zone = hoursZone(hours, mailboxSettings);
  const days = domain === "personal" ? ALL_DAYS : hours.daysOfWeek;
  const windows: WorkingWindow[] = [];
  // Start a day early: a night shift that began yesterday may still be running at `from`.
  const last = inZone(to, zone).toFormat("yyyy-MM-dd");
  for (
    let day = inZone(from, zone).minus({ days: 1 }).startOf("day");
    ;
    day = day.plus({ days: 1 })
  ) {
    const date = day.toFormat("yyyy-MM-dd");
    if (date > last) break;
    const weekday = ALL_DAYS[day.weekday % 7];
    if (weekday === undefined || !days.includes(weekday)) continue;
    const open = zonedToUtc(`${date}T${hours.startTime}`, zone);
    let close = zonedToUtc(`${date}T${hours.endTime}`, zone);
    if (close.getTime() <= open.getTime()) {
      close = inZone(close, zone).plus({ days: 1 }).toJSDate();
    }
    windows.push({ start: open, end: close });
  }
  return windows;
}

/** True when [start, end) lies wholly inside one of the windows. */
export function fitsWithin(windows: readonly WorkingWindow[], start: Date, end: Date): boolean {
  return windows.some(
    (window) => start.getTime() >= window.start.getTime() && end.getTime() <= window.end.getTime(),
  );
}

/**
 * True when [start, end) lies inside one stretch of the owner's working hours (see
 * workingWindows for what counts). For many spans, compute the windows once instead.
 */
export function isWithinWorkingHours(
  start: Date,
  end: Date,
  mailboxSettings: TenantMailboxSettings | undefined,
  domain: ActivityDomain = "work",
): boolean {
  return fitsWithin(workingWindows(start, end, mailboxSettings, domain), start, end);
}
