// Graph's customTimeZone read as a clock: both DST directions, southern rules, no DST, working
// hours.
import { describe, expect, it } from "vitest";
import {
  customOffsetAt,
  customOffsetTimeline,
  readCustomTimeZone,
  transitionWallClock,
  type CustomTimeZone,
} from "../../src/domain/time/customZone";
import { workingSpans } from "../../src/domain/time/workingHours";

const at = (iso: string) => Date.parse(iso);

// Newfoundland-like: UTC−3:30, daylight (−2:30) from the 2nd Sunday of March, 02:00, to the 1st
// Sunday of November, 02:00 (bias positive ahead of UTC, as resources/customtimezone.md says).
const NORTH: CustomTimeZone = {
  name: "Customized Time Zone",
  bias: -210,
  standardOffset: {
    month: 11,
    dayOccurrence: 1,
    dayOfWeek: "sunday",
    time: "02:00:00.0000000",
    year: 0,
  },
  daylightOffset: {
    month: 3,
    dayOccurrence: 2,
    dayOfWeek: "sunday",
    time: "02:00:00.0000000",
    year: 0,
    daylightBias: 60,
  },
};

// Sydney-like: UTC+10, daylight (+11) from the 1st Sunday of October, 02:00, to the 1st Sunday of
// April, 03:00 — daylight time spans the new year.
const SOUTH: CustomTimeZone = {
  bias: 600,
  standardOffset: { month: 4, dayOccurrence: 1, dayOfWeek: "sunday", time: "03:00:00" },
  daylightOffset: {
    month: 10,
    dayOccurrence: 1,
    dayOfWeek: "sunday",
    time: "02:00:00",
    daylightBias: 60,
  },
};

// No daylight time: UTC+5:45 with empty rules (month 0), as Outlook writes them.
const FLAT: CustomTimeZone = {
  bias: 345,
  standardOffset: { month: 0, dayOccurrence: 0, dayOfWeek: "sunday", time: "00:00:00" },
  daylightOffset: {
    month: 0,
    dayOccurrence: 0,
    dayOfWeek: "sunday",
    time: "00:00:00",
    daylightBias: 0,
  },
};

describe("transition rules", () => {
  it("finds the nth and the last weekday of a month", () => {
    // 2nd Sunday of March 2027 is the 14th; the 5th ("last") Sunday of October 2027 is the 31st.
    expect(
      new Date(
        transitionWallClock(
          { month: 3, dayOccurrence: 2, dayOfWeek: "sunday", time: "02:00" },
          2027,
        ) ?? 0,
      ).toISOString(),
    ).toBe("2027-03-14T02:00:00.000Z");
    expect(
      new Date(
        transitionWallClock(
          { month: 10, dayOccurrence: 5, dayOfWeek: "sunday", time: "01:00" },
          2027,
        ) ?? 0,
      ).toISOString(),
    ).toBe("2027-10-31T01:00:00.000Z");
    // February 2027 has four Sundays: "5th" means the last, the 28th.
    expect(
      new Date(
        transitionWallClock({ month: 2, dayOccurrence: 5, dayOfWeek: "sunday" }, 2027) ?? 0,
      ).toISOString(),
    ).toBe("2027-02-28T00:00:00.000Z");
    expect(
      transitionWallClock({ month: 0, dayOccurrence: 1, dayOfWeek: "sunday" }, 2027),
    ).toBeNull();
    expect(
      transitionWallClock({ month: 3, dayOccurrence: 1, dayOfWeek: "sunday", year: 2026 }, 2027),
    ).toBeNull();
  });
});

describe("a northern custom zone", () => {
  it("springs forward at 02:00 local standard time", () => {
    // 2027-03-14 02:00 at −3:30 is 05:30 UTC.
    expect(customOffsetAt(NORTH, at("2027-03-14T05:29:00Z"))).toBe(-210);
    expect(customOffsetAt(NORTH, at("2027-03-14T05:30:00Z"))).toBe(-150);
  });

  it("falls back at 02:00 local daylight time", () => {
    // 2027-11-07 02:00 at −2:30 is 04:30 UTC.
    expect(customOffsetAt(NORTH, at("2027-11-07T04:29:00Z"))).toBe(-150);
    expect(customOffsetAt(NORTH, at("2027-11-07T04:30:00Z"))).toBe(-210);
    expect(customOffsetAt(NORTH, at("2027-12-25T12:00:00Z"))).toBe(-210);
  });

  it("moves a wall-clock time in the spring gap forward, as a clock does", () => {
    const clock = customOffsetTimeline(NORTH);
    // 02:30 on 2027-03-14 never shows; it is read as 03:30 daylight time = 06:00 UTC.
    expect(new Date(clock.instantOf(at("2027-03-14T02:30:00Z"))).toISOString()).toBe(
      "2027-03-14T06:00:00.000Z",
    );
    expect(clock.localOf(at("2027-07-01T12:00:00Z"))).toBe(at("2027-07-01T09:30:00Z"));
  });
});

describe("a southern custom zone", () => {
  it("is on daylight time across the new year", () => {
    expect(customOffsetAt(SOUTH, at("2027-01-15T00:00:00Z"))).toBe(660);
    expect(customOffsetAt(SOUTH, at("2027-07-15T00:00:00Z"))).toBe(600);
    expect(customOffsetAt(SOUTH, at("2027-12-15T00:00:00Z"))).toBe(660);
  });

  it("ends daylight time on the first Sunday of April at 03:00 daylight time", () => {
    // 2027-04-04 03:00 at +11 is 2027-04-03 16:00 UTC.
    expect(customOffsetAt(SOUTH, at("2027-04-03T15:59:00Z"))).toBe(660);
    expect(customOffsetAt(SOUTH, at("2027-04-03T16:00:00Z"))).toBe(600);
  });

  it("starts daylight time on the first Sunday of October at 02:00 standard time", () => {
    // 2027-10-03 02:00 at +10 is 2027-10-02 16:00 UTC.
    expect(customOffsetAt(SOUTH, at("2027-10-02T15:59:00Z"))).toBe(600);
    expect(customOffsetAt(SOUTH, at("2027-10-02T16:00:00Z"))).toBe(660);
  });
});

describe("a custom zone without daylight time", () => {
  it("keeps its bias all year", () => {
    for (const iso of ["2027-01-01T00:00:00Z", "2027-04-04T12:00:00Z", "2027-10-31T01:00:00Z"]) {
      expect(customOffsetAt(FLAT, at(iso))).toBe(345);
    }
  });
});

describe("working hours on a custom zone", () => {
  it("lays 9 to 5 on the custom clock, on both sides of its change", () => {
    const hours = {
      daysOfWeek: ["friday", "monday"],
      startTime: "09:00:00.0000000",
      endTime: "17:00:00.0000000",
      timeZone: "Customized Time Zone",
      customTimeZone: NORTH,
    };
    const spans = workingSpans(hours, "America/Vancouver", {
      start: at("2027-03-12T00:00:00Z"),
      end: at("2027-03-16T00:00:00Z"),
    });
    expect(spans.map((s) => new Date(s.start).toISOString())).toEqual([
      "2027-03-12T12:30:00.000Z", // Friday 09:00 at −3:30
      "2027-03-15T11:30:00.000Z", // Monday 09:00 at −2:30
    ]);
  });

  it("reads Graph's object, and nothing else, as a custom zone", () => {
    expect(
      readCustomTimeZone({
        "@odata.type": "#microsoft.graph.customTimeZone",
        bias: -210,
        name: "Customized Time Zone",
      }),
    ).toMatchObject({ bias: -210, name: "Customized Time Zone" });
    expect(readCustomTimeZone({ name: "Pacific Standard Time" })).toBeNull();
    expect(readCustomTimeZone(null)).toBeNull();
  });
});

describe("naming a custom zone for display", () => {
  it("finds the IANA zone with the same clock, and none for rules no zone keeps", async () => {
    const { namedZoneLike } = await import("../../src/domain/time/customZone");
    const now = at("2026-12-06T12:00:00Z");
    expect(namedZoneLike(NORTH, now)).toBe("America/St_Johns");
    expect(namedZoneLike(SOUTH, now)).toBe("Australia/Sydney");
    expect(namedZoneLike(FLAT, now)).toMatch(/^Asia\/Kath?mandu$/u);
    // Daylight time from the 3rd Sunday of June: no zone does that.
    const odd = {
      ...NORTH,
      daylightOffset: { ...NORTH.daylightOffset, month: 6, dayOccurrence: 3 },
    };
    expect(namedZoneLike(odd, now)).toBeNull();
  });
});
