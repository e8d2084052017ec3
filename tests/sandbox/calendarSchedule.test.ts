// getSchedule for one calendar: availability digits, items and working hours, in any requested
// zone.
import { describe, expect, it } from "vitest";
import type { CalendarEvent } from "../../sandbox/calendar/freeBusy";
import { CalendarRequestError } from "../../sandbox/calendar/requestError";
import { computeSchedule, type ScheduleQuery } from "../../sandbox/calendar/schedule";
import type { TenantMailboxSettings } from "../../sandbox/tenant";

const TORONTO = "Eastern Standard Time";

/** A Toronto advisor who works 9 to 5 on weekdays. */
const torontoMailbox: TenantMailboxSettings = {
  timeZone: TORONTO,
  workingHours: {
    daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
    startTime: "09:00:00.0000000",
    endTime: "17:00:00.0000000",
    timeZone: { name: TORONTO },
  },
};

function event(
  start: string,
  end: string,
  showAs: CalendarEvent["showAs"] = "busy",
  extra: Partial<CalendarEvent> = {},
): CalendarEvent {
  return {
    subject: `${showAs ?? "busy"} at ${start}`,
    start: { dateTime: start, timeZone: TORONTO },
    end: { dateTime: end, timeZone: TORONTO },
    showAs,
    isAllDay: false,
    ...extra,
  };
}

function query(overrides: Partial<ScheduleQuery>): ScheduleQuery {
  return {
    scheduleId: "maya.okafor@northfield.example",
    events: [],
    mailboxSettings: torontoMailbox,
    startTime: { dateTime: "2026-12-01T00:00:00", timeZone: "UTC" },
    endTime: { dateTime: "2026-12-02T00:00:00", timeZone: "UTC" },
    availabilityViewInterval: 60,
    ...overrides,
  };
}

describe("computeSchedule", () => {
  it("puts a 9:00 Toronto meeting at 14:00 UTC in winter and 13:00 UTC in summer", () => {
    const winter = computeSchedule(
      query({ events: [event("2026-12-01T09:00:00", "2026-12-01T10:00:00")] }),
    );
    expect(winter.availabilityView.indexOf("2")).toBe(14);
    const summer = computeSchedule(
      query({
        events: [event("2026-07-01T09:00:00", "2026-07-01T10:00:00")],
        startTime: { dateTime: "2026-07-01T00:00:00", timeZone: "UTC" },
        endTime: { dateTime: "2026-07-02T00:00:00", timeZone: "UTC" },
      }),
    );
    expect(summer.availabilityView.indexOf("2")).toBe(13);
    expect(summer.availabilityView).toHaveLength(24);
  });

  it("reads the same Toronto meeting from Vancouver, in Pacific time", () => {
    const schedule = computeSchedule(
      query({
        events: [
          event("2026-12-01T12:00:00", "2026-12-01T13:30:00", "busy", {
            location: { displayName: "Room 2.14" },
          }),
        ],
        startTime: { dateTime: "2026-12-01T08:00:00", timeZone: "Pacific Standard Time" },
        endTime: { dateTime: "2026-12-01T12:00:00", timeZone: "Pacific Standard Time" },
        availabilityViewInterval: 30,
        outputTimeZone: "Pacific Standard Time",
      }),
    );
    // 12:00–13:30 Toronto is 09:00–10:30 Vancouver: slots 2, 3 and 4 of the half hours from 08:00.
    expect(schedule.availabilityView).toBe("00222000");
    expect(schedule.scheduleItems).toEqual([
      {
        isPrivate: false,
        status: "busy",
        subject: "busy at 2026-12-01T12:00:00",
        location: "Room 2.14",
        start: { dateTime: "2026-12-01T09:00:00.0000000", timeZone: "Pacific Standard Time" },
        end: { dateTime: "2026-12-01T10:30:00.0000000", timeZone: "Pacific Standard Time" },
        isMeeting: false,
        isRecurring: false,
        isException: false,
        isReminderSet: true,
      },
    ]);
  });

  it("gives the owner's working hours in their own zone, as Graph does", () => {
    const schedule = computeSchedule(query({ outputTimeZone: "Pacific Standard Time" }));
    expect(schedule.workingHours).toEqual({
      daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
      startTime: "09:00:00.0000000",
      endTime: "17:00:00.0000000",
      timeZone: { name: TORONTO },
    });
    expect(schedule.scheduleId).toBe("maya.okafor@northfield.example");
  });

  it("falls back to Exchange's default working hours in the mailbox zone", () => {
    const schedule = computeSchedule(query({ mailboxSettings: { timeZone: "America/Vancouver" } }));
    expect(schedule.workingHours).toEqual({
      daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
      startTime: "08:00:00.0000000",
      endTime: "17:00:00.0000000",
      timeZone: { name: "Pacific Standard Time" },
    });
  });

  it("keeps hourly slots honest across the night Toronto falls back", () => {
    // A daily 09:00 Toronto stand-up on the Friday before and the Monday after 2026-11-01.
    const schedule = computeSchedule(
      query({
        events: [
          event("2026-10-30T09:00:00", "2026-10-30T09:30:00"),
          event("2026-11-02T09:00:00", "2026-11-02T09:30:00"),
        ],
        startTime: { dateTime: "2026-10-30T00:00:00", timeZone: "UTC" },
        endTime: { dateTime: "2026-11-03T00:00:00", timeZone: "UTC" },
      }),
    );
    const busySlots = [...schedule.availabilityView].flatMap((digit, slot) =>
      digit === "2" ? [slot] : [],
    );
    // Friday 13:00 UTC (EDT), Monday 14:00 UTC (EST): 72 + 14 = 86.
    expect(busySlots).toEqual([13, 86]);
  });

  it("lets a slot that straddles the spring-forward change see both sides", () => {
    // Window in Toronto time across 2026-03-08 02:00, where the clock jumps to 03:00.
    const schedule = computeSchedule(
      query({
        events: [event("2026-03-08T03:00:00", "2026-03-08T03:30:00", "tentative")],
        startTime: { dateTime: "2026-03-08T00:00:00", timeZone: TORONTO },
        endTime: { dateTime: "2026-03-08T05:00:00", timeZone: TORONTO },
        availabilityViewInterval: 60,
      }),
    );
    // 00:00–05:00 local is only four real hours; 03:00 EDT is the third of them.
    expect(schedule.availabilityView).toBe("0010");
  });

  it("gives the night Toronto falls back a view one slot longer", () => {
    // 00:00–04:00 local on 2026-11-01 is five real hours: 01:00–02:00 happens twice.
    const schedule = computeSchedule(
      query({
        events: [event("2026-11-01T03:00:00", "2026-11-01T04:00:00", "oof")],
        startTime: { dateTime: "2026-11-01T00:00:00", timeZone: TORONTO },
        endTime: { dateTime: "2026-11-01T04:00:00", timeZone: TORONTO },
      }),
    );
    expect(schedule.availabilityView).toBe("00003");
  });

  it("reads a London owner's 09:00 meeting at 09:00 UTC in winter and 08:00 UTC in summer", () => {
    const london: TenantMailboxSettings = { timeZone: "GMT Standard Time" };
    const at = (date: string) =>
      computeSchedule(
        query({
          mailboxSettings: london,
          events: [
            {
              start: { dateTime: `${date}T09:00:00`, timeZone: "GMT Standard Time" },
              end: { dateTime: `${date}T10:00:00`, timeZone: "GMT Standard Time" },
              showAs: "busy",
            },
          ],
          startTime: { dateTime: `${date}T00:00:00`, timeZone: "UTC" },
          endTime: { dateTime: `${date}T12:00:00`, timeZone: "UTC" },
        }),
      ).availabilityView.indexOf("2");
    // Either side of 2026-10-25, when London leaves summer time.
    expect(at("2026-10-23")).toBe(8);
    expect(at("2026-10-26")).toBe(9);
  });

  it("lets busy win over tentative, and out of office over both", () => {
    const schedule = computeSchedule(
      query({
        events: [
          event("2026-12-01T09:00:00", "2026-12-01T11:00:00", "tentative"),
          event("2026-12-01T09:30:00", "2026-12-01T10:00:00", "busy"),
          event("2026-12-01T10:30:00", "2026-12-01T12:00:00", "oof"),
          event("2026-12-01T12:00:00", "2026-12-01T13:00:00", "workingElsewhere"),
          event("2026-12-01T13:00:00", "2026-12-01T14:00:00", "free"),
        ],
        startTime: { dateTime: "2026-12-01T09:00:00", timeZone: TORONTO },
        endTime: { dateTime: "2026-12-01T14:00:00", timeZone: TORONTO },
        availabilityViewInterval: 30,
      }),
    );
    // Working elsewhere is written 0, as Graph writes it; free time is 0.
    expect(schedule.availabilityView).toBe("1213330000");
    expect(schedule.scheduleItems.map((item) => item.status)).toEqual([
      "tentative",
      "busy",
      "oof",
      "workingElsewhere",
      "free",
    ]);
  });

  it("covers the owner's whole Toronto day for an all-day out-of-office", () => {
    const schedule = computeSchedule(
      query({
        events: [
          event("2026-12-01T00:00:00", "2026-12-02T00:00:00", "oof", {
            isAllDay: true,
            // All-day events are written in UTC by some clients; the owner's day still counts.
            start: { dateTime: "2026-12-01T00:00:00.0000000", timeZone: "UTC" },
            end: { dateTime: "2026-12-02T00:00:00.0000000", timeZone: "UTC" },
          }),
        ],
        startTime: { dateTime: "2026-12-01T00:00:00", timeZone: "UTC" },
        endTime: { dateTime: "2026-12-03T00:00:00", timeZone: "UTC" },
      }),
    );
    // Toronto's 1 December runs 05:00 UTC on the 1st to 05:00 UTC on the 2nd.
    expect(schedule.availabilityView).toBe(`${"0".repeat(5)}${"3".repeat(24)}${"0".repeat(19)}`);
    expect(schedule.scheduleItems[0]?.start.dateTime).toBe("2026-12-01T05:00:00.0000000");
    expect(schedule.scheduleItems[0]?.end.dateTime).toBe("2026-12-02T05:00:00.0000000");
  });

  it("ignores events outside the window and cancelled ones", () => {
    const schedule = computeSchedule(
      query({
        events: [
          event("2026-11-30T09:00:00", "2026-11-30T17:00:00"),
          event("2026-12-02T09:00:00", "2026-12-02T10:00:00"),
          event("2026-12-01T09:00:00", "2026-12-01T10:00:00", "busy", { isCancelled: true }),
          // Ends exactly when the window starts: touches, does not overlap.
          event("2026-11-30T18:00:00", "2026-11-30T19:00:00"),
        ],
      }),
    );
    expect(schedule.availabilityView).toBe("0".repeat(24));
    expect(schedule.scheduleItems).toEqual([]);
  });

  it("shows only time and status of a private event", () => {
    const schedule = computeSchedule(
      query({
        events: [
          event("2026-12-01T09:00:00", "2026-12-01T10:00:00", "busy", { sensitivity: "private" }),
        ],
      }),
    );
    const [item] = schedule.scheduleItems;
    expect(item?.isPrivate).toBe(true);
    expect(item).not.toHaveProperty("subject");
    expect(item).not.toHaveProperty("location");
  });

  it("ends the view with a partial slot when the window is not a whole number of intervals", () => {
    const schedule = computeSchedule(
      query({
        events: [event("2026-12-01T10:40:00", "2026-12-01T10:50:00")],
        startTime: { dateTime: "2026-12-01T09:00:00", timeZone: TORONTO },
        endTime: { dateTime: "2026-12-01T10:45:00", timeZone: TORONTO },
      }),
    );
    expect(schedule.availabilityView).toBe("02");
  });

  it.each([
    [{ availabilityViewInterval: 4 }, "ErrorInvalidMergedFreeBusyInterval"],
    [{ availabilityViewInterval: 1441 }, "ErrorInvalidMergedFreeBusyInterval"],
    [
      {
        availabilityViewInterval: 120,
        endTime: { dateTime: "2026-12-01T01:00:00", timeZone: "UTC" },
      },
      "ErrorInvalidMergedFreeBusyInterval",
    ],
    [{ endTime: { dateTime: "2026-11-30T00:00:00", timeZone: "UTC" } }, "ErrorInvalidTimeInterval"],
    [{ endTime: { dateTime: "2027-02-02T00:00:00", timeZone: "UTC" } }, "ErrorTimeIntervalTooBig"],
    [{ outputTimeZone: "Greenwich Mean Time" }, "TimeZoneNotSupportedException"],
  ] as const)("refuses %o with %s", (overrides, code) => {
    expect(() => computeSchedule(query(overrides))).toThrow(CalendarRequestError);
    try {
      computeSchedule(query(overrides));
    } catch (error) {
      expect((error as CalendarRequestError).code).toBe(code);
    }
  });

  it("accepts a window of exactly 62 days", () => {
    const schedule = computeSchedule(
      query({
        availabilityViewInterval: 1440,
        endTime: { dateTime: "2027-02-01T00:00:00", timeZone: "UTC" },
      }),
    );
    expect(schedule.availabilityView).toHaveLength(62);
  });
});
