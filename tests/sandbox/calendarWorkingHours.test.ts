// Working hours: Graph's reported shape, and whether a meeting fits, across DST, midnight and
// weekends.
import { describe, expect, it } from "vitest";
import { isWithinWorkingHours, workingHoursOf } from "../../sandbox/calendar/workingHours";
import type { TenantMailboxSettings } from "../../sandbox/tenant";

const toronto: TenantMailboxSettings = {
  timeZone: "Eastern Standard Time",
  workingHours: {
    daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
    startTime: "09:00:00.0000000",
    endTime: "17:00:00.0000000",
    timeZone: { name: "Eastern Standard Time" },
  },
};

/** An emergency nurse on nights, Monday to Wednesday, 19:00 to 07:00. */
const nights: TenantMailboxSettings = {
  timeZone: "America/Toronto",
  workingHours: {
    daysOfWeek: ["monday", "tuesday", "wednesday"],
    startTime: "19:00:00",
    endTime: "07:00:00",
    timeZone: { name: "America/Toronto" },
  },
};

const fits = (
  start: string,
  end: string,
  settings: TenantMailboxSettings,
  domain?: "work" | "personal" | "unrestricted",
) => isWithinWorkingHours(new Date(start), new Date(end), settings, domain);

describe("isWithinWorkingHours", () => {
  it("keeps 09:00 local as the start of the day on both sides of a DST change", () => {
    // July: 13:00 UTC is 09:00 EDT. December: 13:00 UTC is 08:00 EST, before the day starts.
    expect(fits("2026-07-08T13:00:00Z", "2026-07-08T13:30:00Z", toronto)).toBe(true);
    expect(fits("2026-12-09T13:00:00Z", "2026-12-09T13:30:00Z", toronto)).toBe(false);
    expect(fits("2026-12-09T14:00:00Z", "2026-12-09T14:30:00Z", toronto)).toBe(true);
    // The Monday after the spring change: 13:00 UTC is already 09:00.
    expect(fits("2026-03-09T13:00:00Z", "2026-03-09T13:30:00Z", toronto)).toBe(true);
    expect(fits("2026-03-06T13:00:00Z", "2026-03-06T13:30:00Z", toronto)).toBe(false);
  });

  it("wants the whole meeting inside the day", () => {
    // 16:30–17:30 EST runs past 17:00.
    expect(fits("2026-12-09T21:30:00Z", "2026-12-09T22:30:00Z", toronto)).toBe(false);
    expect(fits("2026-12-09T21:30:00Z", "2026-12-09T22:00:00Z", toronto)).toBe(true);
  });

  it("follows a night shift across midnight, from the day it starts", () => {
    // Tuesday 23:00 EST, and Wednesday 06:00 (the Tuesday shift still running).
    expect(fits("2026-12-09T04:00:00Z", "2026-12-09T04:30:00Z", nights)).toBe(true);
    expect(fits("2026-12-09T11:00:00Z", "2026-12-09T11:30:00Z", nights)).toBe(true);
    // Thursday 02:00 is the end of Wednesday's shift; Friday 02:00 follows no shift.
    expect(fits("2026-12-10T07:00:00Z", "2026-12-10T07:30:00Z", nights)).toBe(true);
    expect(fits("2026-12-11T07:00:00Z", "2026-12-11T07:30:00Z", nights)).toBe(false);
    // Wednesday at noon is off.
    expect(fits("2026-12-09T17:00:00Z", "2026-12-09T17:30:00Z", nights)).toBe(false);
  });

  it("opens weekends for personal meetings and everything when unrestricted", () => {
    const saturdayTen = ["2026-12-12T15:00:00Z", "2026-12-12T15:30:00Z"] as const;
    expect(fits(...saturdayTen, toronto, "work")).toBe(false);
    expect(fits(...saturdayTen, toronto, "personal")).toBe(true);
    expect(fits("2026-12-12T04:00:00Z", "2026-12-12T04:30:00Z", toronto, "personal")).toBe(false);
    expect(fits("2026-12-12T04:00:00Z", "2026-12-12T04:30:00Z", toronto, "unrestricted")).toBe(
      true,
    );
  });

  it("uses Exchange's default day, 08:00 to 17:00 on weekdays, when none is set", () => {
    const singapore: TenantMailboxSettings = { timeZone: "Singapore Standard Time" };
    // 00:00 UTC is 08:00 in Singapore, all year.
    expect(fits("2026-12-09T00:00:00Z", "2026-12-09T00:30:00Z", singapore)).toBe(true);
    expect(fits("2026-07-08T00:00:00Z", "2026-07-08T00:30:00Z", singapore)).toBe(true);
    expect(fits("2026-12-08T23:30:00Z", "2026-12-09T00:00:00Z", singapore)).toBe(false);
  });
});

describe("workingHoursOf", () => {
  it("reports the mailbox's hours with Graph's seven fraction digits and a Windows zone name", () => {
    expect(workingHoursOf(nights)).toEqual({
      daysOfWeek: ["monday", "tuesday", "wednesday"],
      startTime: "19:00:00.0000000",
      endTime: "07:00:00.0000000",
      timeZone: { name: "Eastern Standard Time" },
    });
  });
});
