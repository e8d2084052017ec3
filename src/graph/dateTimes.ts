// Graph's dateTimeTimeZone pairs ↔ instants, with Windows or IANA zone names.
import type { DateTimeTimeZone } from "@microsoft/microsoft-graph-types";
import { DateTime } from "luxon";
import { toIanaZone } from "../domain/time/zoneNames";

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

/** A Graph `{dateTime, timeZone}` for an instant, as wall-clock time in `zone` (kept as given). */
export function toGraphDateTime(
  instant: Date,
  zone: string,
): { dateTime: string; timeZone: string } {
  const iana = toIanaZone(zone) ?? "UTC";
  const local = DateTime.fromJSDate(instant, { zone: iana });
  return { dateTime: local.toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: zone };
}

/** The `Prefer` header asking Graph to answer times in `zone`. */
export function preferTimeZone(zone: string): Record<string, string> {
  return { Prefer: `outlook.timezone="${zone}"` };
}
