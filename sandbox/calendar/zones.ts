// Time zones for the sandbox calendar: Windows ↔ IANA names (windows-iana) and Graph's zoned
// date-times (luxon).
import { DateTime, IANAZone } from "luxon";
import { findIana, findWindows, WINDOWS_TO_IANA_MAP } from "windows-iana";

/** Thrown when a zone is neither a Windows nor an IANA time zone name. */
export class UnknownTimeZoneError extends Error {
  /** The zone name as it was given. */
  readonly zone: string;

  constructor(zone: string) {
    super(
      `Unknown time zone "${zone}": expected a Windows name such as "Eastern Standard Time" ` +
        `or an IANA name such as "America/Toronto".`,
    );
    this.name = "UnknownTimeZoneError";
    this.zone = zone;
  }
}

/** Thrown when a Graph dateTime string cannot be read. */
export class InvalidDateTimeError extends Error {
  constructor(dateTime: string, reason: string) {
    super(`Invalid dateTime "${dateTime}": ${reason}`);
    this.name = "InvalidDateTimeError";
  }
}

/**
 * Windows names keyed by their lower-case form. Graph treats zone names without regard to case,
 * and the package's own data is the only source of names (no table of ours to drift).
 */
const windowsNames: ReadonlyMap<string, string> = new Map(
  Object.values(WINDOWS_TO_IANA_MAP).map((entry) => [
    entry.windowsName.toLowerCase(),
    entry.windowsName,
  ]),
);

/** The canonical Windows spelling of `zone`, or undefined when it is not a Windows name. */
function windowsNameOf(zone: string): string | undefined {
  return windowsNames.get(zone.trim().toLowerCase());
}

/**
 * The IANA name for a Windows or IANA time zone name.
 * Windows names map to the zone the Unicode CLDR names for the whole world ("001" territory),
 * e.g. "Eastern Standard Time" → "America/New_York", which keeps the same rules as Toronto.
 * @throws UnknownTimeZoneError when the name is neither.
 */
export function toIana(zone: string): string {
  const known = ianaByName.get(zone);
  if (known !== undefined) return known;
  const iana = resolveIana(zone);
  ianaByName.set(zone, iana);
  return iana;
}

/**
 * Names already resolved. The package scans its whole table on every look-up, and the calendar
 * asks about the same few zones thousands of times per request.
 */
const ianaByName = new Map<string, string>();

function resolveIana(zone: string): string {
  const windows = windowsNameOf(zone);
  if (windows !== undefined) {
    const iana = findIana(windows, "001")[0] ?? findIana(windows)[0];
    if (iana !== undefined) return iana;
  }
  const trimmed = zone.trim();
  if (trimmed !== "" && IANAZone.isValidZone(trimmed)) return trimmed;
  throw new UnknownTimeZoneError(zone);
}

/**
 * The Windows name (as Graph's mailbox settings use) for an IANA name; a Windows name is returned
 * in its canonical spelling. Links such as "America/Montreal" are resolved to their target first.
 * @throws UnknownTimeZoneError when no Windows zone covers it.
 */
export function toWindows(iana: string): string {
  const windows = windowsNameOf(iana);
  if (windows !== undefined) return windows;
  const trimmed = iana.trim();
  const direct = findWindows(trimmed)[0];
  if (direct !== undefined) return direct;
  if (trimmed !== "" && IANAZone.isValidZone(trimmed)) {
    // The runtime's ICU data knows links the CLDR mapping omits (America/Montreal → America/Toronto).
    const canonical = new Intl.DateTimeFormat("en-US", { timeZone: trimmed }).resolvedOptions()
      .timeZone;
    const viaCanonical = findWindows(canonical)[0];
    if (viaCanonical !== undefined) return viaCanonical;
  }
  throw new UnknownTimeZoneError(iana);
}

/** "YYYY-MM-DDTHH:mm[:ss[.fraction]]" with no offset: Graph's dateTime half of dateTimeTimeZone. */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,7}))?(Z)?$/;

/**
 * The instant a wall-clock time in `zone` denotes.
 * Accepts Graph's dateTime ("2026-12-01T09:00:00", with or without up to seven fraction digits).
 * A trailing "Z" means the time is already UTC, whatever the zone says (Graph reads it that way).
 * In a spring-forward gap the time is moved forward by the gap (02:30 → 03:30); in a fall-back
 * overlap the standard-time reading is taken (the later of the two instants), as luxon resolves it.
 * @throws InvalidDateTimeError or UnknownTimeZoneError.
 */
export function zonedToUtc(dateTime: string, zone: string): Date {
  const match = LOCAL_DATE_TIME.exec(dateTime.trim());
  if (match === null) {
    throw new InvalidDateTimeError(dateTime, 'expected "YYYY-MM-DDTHH:mm:ss[.fffffff]"');
  }
  const [, wall = "", fraction = "", utcMarker] = match;
  const millis = (fraction + "000").slice(0, 3);
  const iana = utcMarker === undefined ? toIana(zone) : "UTC";
  const parsed = DateTime.fromISO(`${wall}.${millis}`, { zone: iana });
  if (!parsed.isValid) {
    throw new InvalidDateTimeError(dateTime, parsed.invalidExplanation ?? "not a calendar date");
  }
  return parsed.toJSDate();
}

/**
 * The wall-clock time of `instant` in `zone`, in Graph's format "YYYY-MM-DDTHH:mm:ss.0000000".
 * @throws UnknownTimeZoneError.
 */
export function utcToZoned(instant: Date, zone: string): string {
  const local = DateTime.fromJSDate(instant, { zone: toIana(zone) });
  // Graph writes seven fraction digits; milliseconds are all a Date holds.
  return local.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'0000'");
}

/** The same instant as a luxon DateTime in `zone` (for calendar arithmetic across DST). */
export function inZone(instant: Date, zone: string): DateTime {
  return DateTime.fromJSDate(instant, { zone: toIana(zone) });
}

/**
 * The IANA names Graph accepts in a request, exactly as listed in
 * api-reference/v1.0/resources/datetimetimezone.md ("any of the time zones supported by Windows,
 * as well as the following time zones names"). Where the doc gives an old name in brackets
 * ("Europe/Kyiv (Kiev)") both spellings are taken. America/Toronto and America/Vancouver are not
 * listed: the stricter reading refuses them.
 */
const LISTED_IANA_NAMES: ReadonlySet<string> = new Set(
  [
    "Etc/GMT+12",
    "Etc/GMT+11",
    "Pacific/Honolulu",
    "America/Anchorage",
    "America/Santa_Isabel",
    "America/Los_Angeles",
    "America/Phoenix",
    "America/Chihuahua",
    "America/Denver",
    "America/Guatemala",
    "America/Chicago",
    "America/Mexico_City",
    "America/Regina",
    "America/Bogota",
    "America/New_York",
    "America/Indiana/Indianapolis",
    "America/Caracas",
    "America/Asuncion",
    "America/Halifax",
    "America/Cuiaba",
    "America/La_Paz",
    "America/Santiago",
    "America/St_Johns",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "America/Cayenne",
    "America/Godthab",
    "America/Montevideo",
    "America/Bahia",
    "Etc/GMT+2",
    "Atlantic/Azores",
    "Atlantic/Cape_Verde",
    "Africa/Casablanca",
    "Etc/GMT",
    "Europe/London",
    "Atlantic/Reykjavik",
    "Europe/Berlin",
    "Europe/Budapest",
    "Europe/Paris",
    "Europe/Warsaw",
    "Africa/Lagos",
    "Africa/Windhoek",
    "Europe/Bucharest",
    "Asia/Beirut",
    "Africa/Cairo",
    "Asia/Damascus",
    "Africa/Johannesburg",
    "Europe/Kyiv",
    "Europe/Kiev",
    "Europe/Istanbul",
    "Asia/Jerusalem",
    "Asia/Amman",
    "Asia/Baghdad",
    "Europe/Kaliningrad",
    "Asia/Riyadh",
    "Africa/Nairobi",
    "Asia/Tehran",
    "Asia/Dubai",
    "Asia/Baku",
    "Europe/Moscow",
    "Indian/Mauritius",
    "Asia/Tbilisi",
    "Asia/Yerevan",
    "Asia/Kabul",
    "Asia/Karachi",
    "Asia/Toshkent",
    "Asia/Tashkent",
    "Asia/Kolkata",
    "Asia/Colombo",
    "Asia/Kathmandu",
    "Asia/Astana",
    "Asia/Almaty",
    "Asia/Dhaka",
    "Asia/Yekaterinburg",
    "Asia/Yangon",
    "Asia/Rangoon",
    "Asia/Bangkok",
    "Asia/Novosibirsk",
    "Asia/Shanghai",
    "Asia/Krasnoyarsk",
    "Asia/Singapore",
    "Australia/Perth",
    "Asia/Taipei",
    "Asia/Ulaanbaatar",
    "Asia/Irkutsk",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Australia/Adelaide",
    "Australia/Darwin",
    "Australia/Brisbane",
    "Australia/Sydney",
    "Pacific/Port_Moresby",
    "Australia/Hobart",
    "Asia/Yakutsk",
    "Pacific/Guadalcanal",
    "Asia/Vladivostok",
    "Pacific/Auckland",
    "Etc/GMT-12",
    "Pacific/Fiji",
    "Asia/Magadan",
    "Pacific/Tongatapu",
    "Pacific/Apia",
    "Pacific/Kiritimati",
  ].map((name) => name.toLowerCase()),
);

/**
 * Whether Graph accepts `zone` in a request's dateTimeTimeZone or `Prefer: outlook.timezone`:
 * a Windows name (any case) or one of the IANA names datetimetimezone.md lists.
 * (api-reference/v1.0/resources/datetimetimezone.md)
 */
export function isAcceptedZoneName(zone: string): boolean {
  const name = zone.trim();
  return windowsNameOf(name) !== undefined || LISTED_IANA_NAMES.has(name.toLowerCase());
}

/**
 * `zone` when a request may name it; otherwise UnknownTimeZoneError (answered as 400
 * `TimeZoneNotSupportedException`). Stored tenant data is not held to this: only requests are.
 * (api-reference/v1.0/resources/datetimetimezone.md)
 */
export function requestZone(zone: string): string {
  if (!isAcceptedZoneName(zone)) throw new UnknownTimeZoneError(zone);
  return zone;
}
