// Zone names from Graph (Windows or IANA) turned into IANA names, via the CLDR mapping.
import { IANAZone } from "luxon";
import { findIana, findWindows, WINDOWS_TO_IANA_MAP } from "windows-iana";

/**
 * Turns a zone name from Graph into an IANA name luxon understands.
 * Graph's mailbox settings speak Windows ("Eastern Standard Time"); events and browsers speak IANA
 * ("America/Toronto"). IANA names pass through; Windows names go through the CLDR table in
 * `windows-iana` (the first, "golden" zone of the list). Graph's custom zones
 * ("Customized Time Zone", "tzone://Microsoft/Custom") have no name we can trust: null.
 */
export function toIanaZone(windowsOrIana: string | null | undefined): string | null {
  const name = windowsOrIana?.trim();
  if (!name) return null;
  const known = resolved.get(name);
  if (known !== undefined) return known;
  const zone = resolve(name);
  // Zone names are a small closed set; the bound only guards against junk input.
  if (resolved.size < 1000) resolved.set(name, zone);
  return zone;
}

// Checking a name means building an Intl.DateTimeFormat (hundreds of microseconds); the answer
// never changes, so it is remembered.
const resolved = new Map<string, string | null>();

function resolve(name: string): string | null {
  // Graph writes UTC as "tzone://Microsoft/Utc" in some payloads.
  if (/^tzone:\/\/microsoft\/utc$/i.test(name)) return "UTC";
  if (IANAZone.isValidZone(name)) return name;
  const candidates = findIana(name);
  const golden = candidates.find((zone) => IANAZone.isValidZone(zone));
  return golden ?? null;
}

/** Like {@link toIanaZone}, but never null: falls back (to UTC unless told otherwise). */
export function zoneOrFallback(windowsOrIana: string | null | undefined, fallback = "UTC"): string {
  return toIanaZone(windowsOrIana) ?? toIanaZone(fallback) ?? "UTC";
}

/** Windows zone names by lower-case spelling (Graph compares them without regard to case). */
const WINDOWS_NAMES: ReadonlyMap<string, string> = new Map(
  Object.values(WINDOWS_TO_IANA_MAP).map((entry) => [
    entry.windowsName.toLowerCase(),
    entry.windowsName,
  ]),
);

/**
 * The Windows name for a Windows or IANA zone, or null when none covers it. Graph accepts every
 * Windows name but only a listed few IANA names (api-reference/v1.0/resources/datetimetimezone.md:
 * not America/Vancouver or America/Toronto), so whatever we send is spelled the Windows way.
 * An IANA link the CLDR table omits (America/Montreal) is resolved through its canonical zone.
 */
export function toWindowsZone(windowsOrIana: string | null | undefined): string | null {
  const name = windowsOrIana?.trim();
  if (!name) return null;
  const windows = WINDOWS_NAMES.get(name.toLowerCase());
  if (windows) return windows;
  if (/^(?:tzone:\/\/microsoft\/utc|etc\/utc|utc|etc\/gmt|gmt|z)$/i.test(name)) return "UTC";
  const direct = findWindows(name)[0];
  if (direct) return direct;
  if (!IANAZone.isValidZone(name)) return null;
  const canonical = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  return findWindows(canonical)[0] ?? null;
}
