// A zone's UTC offsets over a stretch of time, looked up once and then answered from memory.
import { IANAZone } from "luxon";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const SAMPLE_EVERY = 7 * DAY;

/** Offsets of one zone over a range: fast lookups, and wall-clock ↔ instant conversion. */
export interface OffsetTimeline {
  zone: string;
  /** Offset from UTC in minutes at an instant (DST included). */
  offsetAt(ms: number): number;
  /** The instant of a wall-clock time given as "local epoch" milliseconds. */
  instantOf(localMs: number): number;
  /** Wall-clock "local epoch" milliseconds of an instant. */
  localOf(ms: number): number;
}

interface Segment {
  from: number;
  offset: number;
}

/**
 * Builds the timeline for `zone` around [from, to]. Asking Intl for an offset costs about 15
 * microseconds, and a slot search needs thousands. Zones change offset at most a few times a
 * year — the closest pair in the tz database, Morocco's Ramadan pause, is weeks apart — so one
 * sample a week plus a binary search (to the minute, where every modern transition falls) at each
 * change finds every transition. Outside the range it asks Intl directly.
 */
export function offsetTimeline(zone: string, from: number, to: number): OffsetTimeline {
  const iana = IANAZone.create(zone);
  const lo = from - 2 * DAY;
  const hi = to + 2 * DAY;
  const segments: Segment[] = [{ from: lo, offset: iana.offset(lo) }];
  let prevT = lo;
  let prevOffset = segments[0]?.offset ?? 0;
  for (let t = lo + SAMPLE_EVERY; ; t += SAMPLE_EVERY) {
    const at = Math.min(t, hi);
    const offset = iana.offset(at);
    if (offset !== prevOffset) {
      // The change lies in (prevT, at]: narrow it down to the minute it happens.
      let a = Math.floor(prevT / MINUTE);
      let b = Math.ceil(at / MINUTE);
      while (b - a > 1) {
        const mid = Math.floor((a + b) / 2);
        if (iana.offset(mid * MINUTE) === prevOffset) a = mid;
        else b = mid;
      }
      segments.push({ from: b * MINUTE, offset });
      prevOffset = offset;
    }
    prevT = at;
    if (at >= hi) break;
  }

  const offsetAt = (ms: number): number => {
    if (ms < lo || ms > hi) return iana.offset(ms);
    for (let i = segments.length - 1; i >= 0; i--) {
      const s = segments[i] as Segment;
      if (ms >= s.from) return s.offset;
    }
    return iana.offset(ms);
  };

  return timelineOf(zone, offsetAt);
}

/**
 * A timeline from an offset function alone: wall-clock ↔ instant conversion as a person's clock
 * does it (shared by IANA zones and Graph's custom zones, src/domain/time/customZone.ts).
 */
export function timelineOf(zone: string, offsetAt: (ms: number) => number): OffsetTimeline {
  const instantOf = (localMs: number): number => {
    const guess = localMs - offsetAt(localMs) * MINUTE;
    const o1 = offsetAt(guess);
    const utc1 = localMs - o1 * MINUTE;
    const o2 = offsetAt(utc1);
    if (o1 === o2) return utc1;
    const utc2 = localMs - o2 * MINUTE;
    if (offsetAt(utc2) === o2) return utc2;
    // The wall-clock time falls in a spring-forward gap and never shows on a clock: move it
    // forward by the gap, as a person's clock does (02:30 becomes 03:30).
    return localMs - Math.min(o1, o2) * MINUTE;
  };

  return { zone, offsetAt, instantOf, localOf: (ms) => ms + offsetAt(ms) * MINUTE };
}

/** "+05:30" / "-04:00" for an offset in minutes. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${sign}${hh}:${mm}`;
}

/** ISO 8601 wall-clock time with the zone's offset, to the second: "2026-03-25T09:00:00-04:00". */
export function isoWithOffset(ms: number, timeline: OffsetTimeline): string {
  const offset = timeline.offsetAt(ms);
  const local = new Date(ms + offset * MINUTE).toISOString().slice(0, 19);
  return `${local}${formatOffset(offset)}`;
}
