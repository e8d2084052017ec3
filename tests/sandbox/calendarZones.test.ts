// Time zone names and wall-clock conversions, across daylight-saving changes in both directions.
import { describe, expect, it } from "vitest";
import {
  toIana,
  toWindows,
  UnknownTimeZoneError,
  utcToZoned,
  zonedToUtc,
} from "../../sandbox/calendar/zones";

describe("Windows ↔ IANA names", () => {
  it.each([
    ["Eastern Standard Time", "America/New_York"],
    ["Pacific Standard Time", "America/Los_Angeles"],
    ["Atlantic Standard Time", "America/Halifax"],
    ["GMT Standard Time", "Europe/London"],
    ["Singapore Standard Time", "Asia/Singapore"],
    // Graph treats zone names without regard to case.
    ["eastern standard time", "America/New_York"],
  ])("%s → %s", (windows, iana) => {
    expect(toIana(windows)).toBe(iana);
  });

  it("passes an IANA name through unchanged", () => {
    expect(toIana("America/Toronto")).toBe("America/Toronto");
    expect(toIana("Asia/Singapore")).toBe("Asia/Singapore");
  });

  it.each([
    ["America/Toronto", "Eastern Standard Time"],
    ["America/Vancouver", "Pacific Standard Time"],
    ["America/Halifax", "Atlantic Standard Time"],
    ["Europe/London", "GMT Standard Time"],
    ["Asia/Singapore", "Singapore Standard Time"],
    ["Etc/UTC", "UTC"],
    // A link the CLDR table omits still finds its zone.
    ["America/Montreal", "Eastern Standard Time"],
  ])("%s → %s", (iana, windows) => {
    expect(toWindows(iana)).toBe(windows);
  });

  it("gives a Windows name back in its canonical spelling", () => {
    expect(toWindows("gmt standard time")).toBe("GMT Standard Time");
  });

  it("refuses a zone that is neither, naming it", () => {
    expect(() => toIana("Mars Standard Time")).toThrow(UnknownTimeZoneError);
    expect(() => toIana("Mars Standard Time")).toThrow(/Mars Standard Time/);
    expect(() => toWindows("Not/AZone")).toThrow(UnknownTimeZoneError);
    expect(() => toIana("")).toThrow(UnknownTimeZoneError);
  });
});

describe("wall clock ↔ instant", () => {
  // Each row: the same 09:00 local meeting on both sides of a change, and the UTC instant it is.
  it.each([
    // Toronto springs forward on 2026-03-08 (EST −5 → EDT −4).
    ["2026-03-07T09:00:00", "Eastern Standard Time", "2026-03-07T14:00:00.000Z"],
    ["2026-03-09T09:00:00", "Eastern Standard Time", "2026-03-09T13:00:00.000Z"],
    // Toronto falls back on 2026-11-01 (EDT −4 → EST −5).
    ["2026-10-31T09:00:00", "America/Toronto", "2026-10-31T13:00:00.000Z"],
    ["2026-11-02T09:00:00", "America/Toronto", "2026-11-02T14:00:00.000Z"],
    // London springs forward on 2026-03-29 and falls back on 2026-10-25.
    ["2026-03-28T09:00:00", "GMT Standard Time", "2026-03-28T09:00:00.000Z"],
    ["2026-03-30T09:00:00", "GMT Standard Time", "2026-03-30T08:00:00.000Z"],
    ["2026-10-24T09:00:00", "Europe/London", "2026-10-24T08:00:00.000Z"],
    ["2026-10-26T09:00:00", "Europe/London", "2026-10-26T09:00:00.000Z"],
    // Singapore keeps +8 all year.
    ["2026-01-15T09:00:00", "Singapore Standard Time", "2026-01-15T01:00:00.000Z"],
    ["2026-07-15T09:00:00", "Asia/Singapore", "2026-07-15T01:00:00.000Z"],
    // Graph's seven fraction digits are read.
    ["2026-12-01T09:00:00.0000000", "Eastern Standard Time", "2026-12-01T14:00:00.000Z"],
  ])("%s in %s is %s", (wall, zone, instant) => {
    const utc = zonedToUtc(wall, zone);
    expect(utc.toISOString()).toBe(instant);
    // And back again, in Graph's format.
    expect(utcToZoned(utc, zone)).toBe(`${wall.slice(0, 19)}.0000000`);
  });

  it("moves a time inside the spring-forward gap past the gap", () => {
    // 02:30 does not exist in Toronto on 2026-03-08; it becomes 03:30 EDT.
    expect(zonedToUtc("2026-03-08T02:30:00", "Eastern Standard Time").toISOString()).toBe(
      "2026-03-08T07:30:00.000Z",
    );
  });

  it("reads the repeated fall-back hour as standard time", () => {
    expect(zonedToUtc("2026-11-01T01:30:00", "Eastern Standard Time").toISOString()).toBe(
      "2026-11-01T06:30:00.000Z",
    );
    expect(zonedToUtc("2026-10-25T01:30:00", "GMT Standard Time").toISOString()).toBe(
      "2026-10-25T01:30:00.000Z",
    );
  });

  it("takes a trailing Z as UTC whatever the zone", () => {
    expect(zonedToUtc("2026-12-01T09:00:00Z", "Pacific Standard Time").toISOString()).toBe(
      "2026-12-01T09:00:00.000Z",
    );
  });

  it("shows one instant in several zones at once", () => {
    const instant = new Date("2026-12-01T15:00:00Z");
    expect(utcToZoned(instant, "UTC")).toBe("2026-12-01T15:00:00.0000000");
    expect(utcToZoned(instant, "Pacific Standard Time")).toBe("2026-12-01T07:00:00.0000000");
    expect(utcToZoned(instant, "Atlantic Standard Time")).toBe("2026-12-01T11:00:00.0000000");
    expect(utcToZoned(instant, "Singapore Standard Time")).toBe("2026-12-01T23:00:00.0000000");
  });

  it("refuses text that is not a Graph dateTime", () => {
    expect(() => zonedToUtc("1 December 2026", "UTC")).toThrow(/Invalid dateTime/);
    expect(() => zonedToUtc("2026-02-30T09:00:00", "UTC")).toThrow(/Invalid dateTime/);
  });
});
