// Zone names from Graph (Windows or IANA) turned into IANA names, via the CLDR mapping.
import { IANAZone } from "luxon";
import { findIana } from "windows-iana";

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
