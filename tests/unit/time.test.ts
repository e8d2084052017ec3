import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  intersectSpans,
  mergeOwnSpans,
  mergeSpans,
  overlapsAny,
  subtractSpans,
} from "../../src/domain/time/intervals";
import { offsetTimeline } from "../../src/domain/time/offsets";
import type { WorkingHours } from "../../src/domain/time/workingHours";
import { parseClockTime, workingSpans } from "../../src/domain/time/workingHours";
import {
  formatDayInZone,
  formatInZone,
  formatRangeInZone,
  formatTimeInZone,
  isWithinWorkingHours,
  localTimeNow,
  toIanaZone,
} from "../../src/domain/time/zones";

/** A wall-clock time in a named zone, as an instant. */
function at(local: string, zone: string): Date {
  return DateTime.fromISO(local, { zone }).toJSDate();
}

describe("toIanaZone", () => {
  it.each([
    ["Eastern Standard Time", "America/New_York"],
    ["Pacific Standard Time", "America/Los_Angeles"],
    ["GMT Standard Time", "Europe/London"],
    ["Singapore Standard Time", "Asia/Singapore"],
    ["New Zealand Standard Time", "Pacific/Auckland"],
    ["Hawaiian Standard Time", "Pacific/Honolulu"],
    ["America/Toronto", "America/Toronto"],
    ["  Europe/Paris ", "Europe/Paris"],
    ["UTC", "UTC"],
    ["tzone://Microsoft/Utc", "UTC"],
  ])("%s → %s", (name, iana) => {
    expect(toIanaZone(name)).toBe(iana);
  });

  it.each([["Customized Time Zone"], ["tzone://Microsoft/Custom"], [""], [null], ["Mars/Olympus"]])(
    "%s has no zone we can trust",
    (name) => {
      expect(toIanaZone(name)).toBeNull();
    },
  );
});

describe("formatInZone", () => {
  const instant = at("2026-12-01T09:30", "America/Toronto");

  it("spells out the date in Canadian English and French (America/Toronto)", () => {
    expect(formatInZone(instant, "America/Toronto", "en")).toBe(
      "Tuesday, December 1, 9:30 a.m. EST",
    );
    expect(formatInZone(instant, "America/Toronto", "fr-CA")).toBe("mardi 1 décembre, 9 h 30 HNE");
  });

  it("shows the same instant on the other person's clock (America/Vancouver, Windows name)", () => {
    expect(formatInZone(instant, "Pacific Standard Time", "en")).toBe(
      "Tuesday, December 1, 6:30 a.m. PST",
    );
  });

  it("moves to the next day across the date line (Pacific/Auckland)", () => {
    expect(
      formatDayInZone(at("2026-12-01T15:00", "Pacific/Honolulu"), "Pacific/Auckland", "en"),
    ).toBe("Wednesday, December 2");
  });

  it("uses the summer abbreviation after the change (America/Toronto, 8 March 2026)", () => {
    expect(
      formatTimeInZone(at("2026-03-09T14:00", "America/Toronto"), "America/Toronto", "en"),
    ).toBe("2:00 p.m. EDT");
    expect(
      formatTimeInZone(at("2026-03-06T14:00", "America/Toronto"), "America/Toronto", "fr-CA"),
    ).toBe("14 h 00 HNE");
  });

  it("writes a meeting's span once per day (America/Halifax)", () => {
    const start = at("2026-12-01T13:00", "America/Halifax");
    const end = at("2026-12-01T13:30", "America/Halifax");
    expect(formatRangeInZone(start, end, "America/Halifax", "en")).toBe(
      "Tuesday, December 1, 1:00 p.m. – 1:30 p.m. AST",
    );
  });
});

describe("localTimeNow", () => {
  it("gives a contact's clock, weekday and offset (Asia/Kolkata, half-hour offset)", () => {
    const now = at("2026-12-01T09:00", "UTC");
    const local = localTimeNow(now, "India Standard Time", "en");
    expect(local.zone).toBe("Asia/Calcutta");
    expect(local.minuteOfDay).toBe(14 * 60 + 30);
    expect(local.offsetMinutes).toBe(330);
    expect(local.weekday).toBe(2);
    expect(local.iso).toMatch(/^2026-12-01T14:30:00\.000\+05:30$/);
  });
});

const nineToFive = (timeZone?: string): WorkingHours => ({
  daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
  startTime: "09:00:00.0000000",
  endTime: "17:00:00.0000000",
  ...(timeZone ? { timeZone } : {}),
});

describe("isWithinWorkingHours", () => {
  it.each([
    ["2026-12-01T08:59", false],
    ["2026-12-01T09:00", true],
    ["2026-12-01T16:59", true],
    ["2026-12-01T17:00", false],
    ["2026-12-05T11:00", false], // Saturday
  ])("at %s in America/Toronto → %s", (local, expected) => {
    expect(
      isWithinWorkingHours(at(local, "America/Toronto"), nineToFive("Eastern Standard Time")),
    ).toBe(expected);
  });

  it("reads the hours on the person's own day (Asia/Tokyo hours, asked on a Toronto Friday evening)", () => {
    // Friday 19:00 in Toronto is Saturday 09:00 in Tokyo: not a working day there.
    expect(
      isWithinWorkingHours(at("2026-12-04T19:00", "America/Toronto"), nineToFive("Asia/Tokyo")),
    ).toBe(false);
    // Sunday 19:00 in Toronto is Monday 09:00 in Tokyo.
    expect(
      isWithinWorkingHours(at("2026-12-06T19:00", "America/Toronto"), nineToFive("Asia/Tokyo")),
    ).toBe(true);
  });

  it("falls back to the given zone when the hours carry none (Europe/Berlin)", () => {
    expect(
      isWithinWorkingHours(at("2026-12-01T09:30", "Europe/Berlin"), nineToFive(), "Europe/Berlin"),
    ).toBe(true);
  });
});

describe("workingSpans on days the clocks change", () => {
  const everyDay = (startTime: string, endTime: string, timeZone: string): WorkingHours => ({
    daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    startTime,
    endTime,
    timeZone,
  });
  const hoursOf = (spans: { start: number; end: number }[]) =>
    spans.map((s) => (s.end - s.start) / 3_600_000);

  it("keeps 9 to 5 on the wall on the spring-forward Sunday (America/Toronto, 8 March 2026)", () => {
    const range = {
      start: at("2026-03-08T00:00", "America/Toronto").getTime(),
      end: at("2026-03-08T23:59", "America/Toronto").getTime(),
    };
    const spans = workingSpans(everyDay("09:00", "17:00", "America/Toronto"), "UTC", range);
    expect(spans.map((s) => new Date(s.start).toISOString())).toEqual(["2026-03-08T13:00:00.000Z"]);
    expect(hoursOf(spans)).toEqual([8]);
  });

  it("counts a night shift across the fall-back night as nine hours (Europe/London, 25 October 2026)", () => {
    const range = {
      start: at("2026-10-24T12:00", "Europe/London").getTime(),
      end: at("2026-10-25T12:00", "Europe/London").getTime(),
    };
    const spans = workingSpans(everyDay("22:00", "06:00", "Europe/London"), "UTC", range);
    // 22:00 BST Saturday to 06:00 GMT Sunday: the clock goes back, so nine hours pass.
    expect(spans.map((s) => new Date(s.start).toISOString())).toEqual(["2026-10-24T21:00:00.000Z"]);
    expect(hoursOf(spans)).toEqual([9]);
  });

  it("moves a start inside the spring gap to the first real minute (America/Toronto, 02:30)", () => {
    const range = {
      start: at("2026-03-08T00:00", "America/Toronto").getTime(),
      end: at("2026-03-08T12:00", "America/Toronto").getTime(),
    };
    const spans = workingSpans(everyDay("02:30", "04:00", "America/Toronto"), "UTC", range);
    expect(
      spans.map((s) => DateTime.fromMillis(s.start, { zone: "America/Toronto" }).toFormat("HH:mm")),
    ).toEqual(["03:30"]);
  });
});

describe("parseClockTime", () => {
  it.each([
    ["08:00", 480],
    ["08:30:00.0000000", 510],
    ["17:00:30", 1020.5],
    ["24:00", 1440],
    ["8am", null],
    ["25:00", null],
  ])("%s → %s", (text, minutes) => {
    expect(parseClockTime(text)).toBe(minutes);
  });
});

describe("offsetTimeline", () => {
  it.each([
    ["Europe/London", "2026-03-01T00:00Z", 70],
    ["America/Toronto", "2026-10-01T00:00Z", 60],
    ["Pacific/Auckland", "2026-09-01T00:00Z", 62],
    ["Australia/Lord_Howe", "2026-09-20T00:00Z", 30],
  ])("agrees with Intl every hour around the changes in %s", (zone, from, days) => {
    const start = Date.parse(from);
    const end = start + days * 86_400_000;
    const timeline = offsetTimeline(zone, start, end);
    for (let t = start; t <= end; t += 3_600_000) {
      expect(timeline.offsetAt(t)).toBe(DateTime.fromMillis(t, { zone }).offset);
    }
  });
});

describe("span arithmetic", () => {
  const s = (start: number, end: number) => ({ start, end });

  it("merges overlapping and touching spans and drops empty ones, in either form", () => {
    const input = [s(5, 7), s(1, 3), s(3, 4), s(6, 9), s(10, 10), s(12, 11)];
    expect(mergeSpans(input)).toEqual([s(1, 4), s(5, 9)]);
    expect(input[0]).toEqual(s(5, 7)); // the copying form leaves its input alone
    expect(mergeOwnSpans([...input.map((x) => ({ ...x }))])).toEqual([s(1, 4), s(5, 9)]);
  });

  it("subtracts busy time from free time", () => {
    expect(subtractSpans([s(0, 10), s(20, 30)], [s(2, 3), s(5, 22), s(29, 40)])).toEqual([
      s(0, 2),
      s(3, 5),
      s(22, 29),
    ]);
    expect(subtractSpans([s(0, 10)], [])).toEqual([s(0, 10)]);
    expect(subtractSpans([s(0, 10)], [s(-5, 15)])).toEqual([]);
  });

  it("intersects two people's free time", () => {
    expect(intersectSpans([s(0, 5), s(8, 12)], [s(3, 9), s(11, 20)])).toEqual([
      s(3, 5),
      s(8, 9),
      s(11, 12),
    ]);
  });

  it("finds overlaps with a binary search, treating touching as no overlap", () => {
    const busy = [s(0, 5), s(10, 15), s(20, 25)];
    expect(overlapsAny(busy, 5, 10)).toBe(false);
    expect(overlapsAny(busy, 4, 6)).toBe(true);
    expect(overlapsAny(busy, 14, 30)).toBe(true);
    expect(overlapsAny(busy, 25, 30)).toBe(false);
    expect(overlapsAny([], 0, 1)).toBe(false);
  });
});
