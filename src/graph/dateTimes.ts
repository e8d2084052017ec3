// Graph's dateTimeTimeZone pairs ↔ instants, with Windows or IANA zone names.
import type { DateTimeTimeZone } from "@microsoft/microsoft-graph-types";
import { DateTime } from "luxon";
import { toIanaZone, toWindowsZone } from "../domain/time/zoneNames";

/**
 * The instant a Graph `{dateTime, timeZone}` names. Graph writes wall-clock time without offset
 * ("2026-12-01T09:00:00.0000000") and a Windows or IANA zone; an unknown zone is read as UTC.
 */
export function fromGraphDateTime(value: DateTimeTimeZone | null | undefined): Date | null {
  if (!value?.dateTime) return null;
  const zone = toIanaZone(value.timeZone ?? "UTC") ?? "UTC";
  const parsed = DateTime.fromISO(value.dateTime.replace(/Z$/u, ""), { zone });
  return parsed.isValid ? parsed.toJSDate() : null;
}

/**
 * The zone name to send Graph for a Windows or IANA zone: its Windows name, or "UTC" when no
 * Windows zone covers it. Graph refuses IANA names it does not list with 400
 * `TimeZoneNotSupportedException` (api-reference/v1.0/resources/datetimetimezone.md lists
 * America/Los_Angeles but not America/Vancouver), and the browser's zone is often one of those.
 */
export function graphZoneName(zone: string): string {
  return toWindowsZone(zone) ?? "UTC";
}

/**
 * A Graph `{dateTime, timeZone}` for an instant, as wall-clock time in `zone` written under its
 * Windows name ({@link graphZoneName}). The wall clock is computed in the zone Graph will read the
 * Windows name as, so the instant survives the renaming.
 */
export function toGraphDateTime(
  instant: Date,
  zone: string,
): { dateTime: string; timeZone: string } {
  const timeZone = graphZoneName(zone);
  const iana = toIanaZone(timeZone) ?? "UTC";
  const local = DateTime.fromJSDate(instant, { zone: iana });
  return { dateTime: local.toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone };
}

/**
 * The `Prefer` header asking Graph to answer times in `zone`, named the Windows way for the same
 * reason as event times (api-reference/v1.0/api/user-list-events.md, Prefer: outlook.timezone;
 * api-reference/v1.0/resources/datetimetimezone.md).
 */
export function preferTimeZone(zone: string): Record<string, string> {
  return { Prefer: `outlook.timezone="${graphZoneName(zone)}"` };
}
