// Sandbox contract: events (transactionId, time zones, Teams links, attendee copies), calendarView,
// getSchedule, findMeetingTimes.
import { describe, expect, it } from "vitest";
import type { GraphErrorBody, Page } from "./graphAnswers";
import { useSandbox } from "../support/sandbox";
import { colleaguesTenant, SAM, NOOR, JULES } from "../support/tenants";
import { STUDENT } from "../support/people";

const EXT = "org.northfield.prep";

const sandbox = useSandbox({
  tenant: colleaguesTenant,
  now: () => new Date("2026-11-26T12:00:00Z"),
  reset: false,
});

type Zoned = { dateTime: string; timeZone: string };
type Event = Record<string, unknown> & {
  id: string;
  start: Zoned;
  end: Zoned;
  "@odata.etag": string;
};

const eastern = (dateTime: string): Zoned => ({ dateTime, timeZone: "Eastern Standard Time" });

function meeting(subject: string, extra: Record<string, unknown> = {}) {
  return {
    subject,
    start: eastern("2026-12-03T13:00:00"),
    end: eastern("2026-12-03T13:30:00"),
    ...extra,
  };
}

describe("creating events", () => {
  it("de-duplicates a repeated transactionId: the retry returns the first event", async () => {
    const body = meeting("Info interview", { transactionId: "7c1b8b3e-retry-test" });
    const first = await sandbox.graphJson<Event>("/me/events", { method: "POST", body });
    const second = await sandbox.graphJson<Event>("/me/events", { method: "POST", body });
    expect(first.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    const { body: list } = await sandbox.graphJson<Page<Event>>(
      `/me/events?$filter=${encodeURIComponent("subject eq 'Info interview'")}`,
    );
    expect(list.value).toHaveLength(1);
  });

  it("answers in the zone of Prefer: outlook.timezone, and in UTC without it", async () => {
    const created = await sandbox.graphJson<Event>("/me/events", {
      method: "POST",
      body: {
        subject: "Zoned",
        start: { dateTime: "2026-12-04T09:00:00", timeZone: "Pacific Standard Time" },
        end: { dateTime: "2026-12-04T10:00:00", timeZone: "Pacific Standard Time" },
      },
      headers: { Prefer: 'outlook.timezone="Eastern Standard Time"' },
    });
    expect(created.headers.get("preference-applied")).toBe(
      'outlook.timezone="Eastern Standard Time"',
    );
    expect(created.body.start).toEqual({
      dateTime: "2026-12-04T12:00:00.0000000",
      timeZone: "Eastern Standard Time",
    });
    const utc = await sandbox.graphJson<Event>(`/me/events/${created.body.id}`);
    expect(utc.body.start).toEqual({ dateTime: "2026-12-04T17:00:00.0000000", timeZone: "UTC" });
    expect(utc.body.originalStartTimeZone).toBe("Pacific Standard Time");
  });

  it("fills onlineMeeting.joinUrl for a Teams meeting", async () => {
    const { body } = await sandbox.graphJson<Event>("/me/events", {
      method: "POST",
      body: meeting("Teams chat", {
        isOnlineMeeting: true,
        onlineMeetingProvider: "teamsForBusiness",
      }),
    });
    expect(body.onlineMeetingProvider).toBe("teamsForBusiness");
    expect((body.onlineMeeting as { joinUrl: string }).joinUrl).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//,
    );
  });

  it("refuses an end before the start, and an unknown time zone", async () => {
    const reversed = await sandbox.graphJson<GraphErrorBody>("/me/events", {
      method: "POST",
      body: {
        subject: "x",
        start: eastern("2026-12-03T13:00:00"),
        end: eastern("2026-12-03T12:00:00"),
      },
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.code).toBe("ErrorCalendarEndDateIsEarlierThanStartDate");
    const zone = await sandbox.graphJson<GraphErrorBody>("/me/events", {
      method: "POST",
      body: {
        subject: "x",
        start: { dateTime: "2026-12-03T13:00:00", timeZone: "Mars/Olympus" },
        end: eastern("2026-12-03T14:00:00"),
      },
    });
    expect(zone.status).toBe(400);
    expect(zone.body.error.code).toBe("TimeZoneNotSupportedException");
  });
});

describe("attendees' copies", () => {
  it("copies the event to each attendee without the organizer's extensions, moves and removes the copies", async () => {
    const created = await sandbox.graphJson<Event>("/me/events", {
      method: "POST",
      body: meeting("Coffee chat with Sam", {
        attendees: [{ emailAddress: { address: SAM, name: "Sam Lee" }, type: "required" }],
        extensions: [
          {
            "@odata.type": "microsoft.graph.openTypeExtension",
            extensionName: EXT,
            questions: ["q1"],
          },
        ],
      }),
    });
    expect(created.status).toBe(201);
    const samEvents = async () =>
      (
        await sandbox.graphJson<Page<Event>>(
          `/me/events?$filter=${encodeURIComponent("subject eq 'Coffee chat with Sam'")}&$expand=extensions`,
          { as: SAM },
        )
      ).body.value;
    const [copy] = await samEvents();
    expect(copy).toBeDefined();
    expect(copy?.isOrganizer).toBe(false);
    expect(copy?.iCalUId).toBe(created.body.iCalUId);
    expect(copy?.organizer).toEqual({ emailAddress: { name: "Avery Chen", address: STUDENT } });
    expect(copy?.extensions).toEqual([]);
    expect(
      (await sandbox.graph(`/me/events/${copy?.id}/extensions/${EXT}`, { as: SAM })).status,
    ).toBe(404);
    expect((await sandbox.graph(`/me/events/${created.body.id}/extensions/${EXT}`)).status).toBe(
      200,
    );

    const moved = await sandbox.graphJson<Event>(`/me/events/${created.body.id}`, {
      method: "PATCH",
      body: { start: eastern("2026-12-03T15:00:00"), end: eastern("2026-12-03T15:30:00") },
      headers: { "If-Match": created.body["@odata.etag"] },
    });
    expect(moved.status).toBe(200);
    const [movedCopy] = await samEvents();
    expect(movedCopy?.start).toEqual({ dateTime: "2026-12-03T20:00:00.0000000", timeZone: "UTC" });

    const stale = await sandbox.graphJson<GraphErrorBody>(`/me/events/${created.body.id}`, {
      method: "PATCH",
      body: { subject: "stale" },
      headers: { "If-Match": created.body["@odata.etag"] },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("ErrorIrresolvableConflict");

    expect(
      (await sandbox.graph(`/me/events/${created.body.id}`, { method: "DELETE" })).status,
    ).toBe(204);
    expect(await samEvents()).toEqual([]);
  });

  it("cancel removes the organizer's event and the copies (202)", async () => {
    const created = await sandbox.graphJson<Event>("/me/events", {
      method: "POST",
      body: meeting("To cancel", { attendees: [{ emailAddress: { address: NOOR } }] }),
    });
    const res = await sandbox.graph(`/me/events/${created.body.id}/cancel`, {
      method: "POST",
      body: { comment: "Sorry" },
    });
    expect(res.status).toBe(202);
    const noor = await sandbox.graphJson<Page<Event>>(
      `/me/events?$filter=${encodeURIComponent("subject eq 'To cancel'")}`,
      { as: NOOR },
    );
    expect(noor.body.value).toEqual([]);
  });
});

describe("calendarView", () => {
  it("needs startDateTime and endDateTime", async () => {
    const res = await sandbox.graphJson<GraphErrorBody>("/me/calendarView");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("ErrorInvalidParameter");
  });

  it("returns the events overlapping the window, by start", async () => {
    const { body } = await sandbox.graphJson<Page<Event>>(
      "/me/calendarView?startDateTime=2026-12-02T00:00:00Z&endDateTime=2026-12-02T23:59:59Z&$select=subject,start",
    );
    expect(body.value.map((e) => e.subject)).toEqual(["Seminar"]);
  });
});

describe("getSchedule", () => {
  const ask = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    sandbox.graphJson<Page<Record<string, unknown>> & GraphErrorBody>("/me/calendar/getSchedule", {
      method: "POST",
      body,
      headers,
    });

  it("computes availability across the end of daylight saving time", async () => {
    // Sam is busy 09:00-10:00 Eastern on Monday 2 November 2026, the day after clocks fall back.
    await sandbox.graph("/me/events", {
      as: SAM,
      method: "POST",
      body: {
        subject: "After DST",
        start: eastern("2026-11-02T09:00:00"),
        end: eastern("2026-11-02T10:00:00"),
        showAs: "busy",
      },
    });
    const { status, body } = await ask(
      {
        schedules: [SAM],
        startTime: eastern("2026-10-31T00:00:00"),
        endTime: eastern("2026-11-03T00:00:00"),
        availabilityViewInterval: 60,
      },
      { Prefer: 'outlook.timezone="Eastern Standard Time"' },
    );
    expect(status).toBe(200);
    const schedule = body.value[0] as {
      availabilityView: string;
      scheduleItems: { start: Zoned }[];
      workingHours: { timeZone: { name: string } };
    };
    // 31 Oct has 24 hours, 1 Nov has 25, 2 Nov has 24: 73 hourly slots.
    expect(schedule.availabilityView).toHaveLength(73);
    expect(schedule.availabilityView.indexOf("2")).toBe(24 + 25 + 9);
    expect(schedule.scheduleItems[0]?.start.dateTime).toMatch(/^2026-11-02T09:00:00/);
    expect(schedule.workingHours.timeZone.name).toBe("Eastern Standard Time");
  });

  it("refuses more than 20 schedules, a window of 62 days or more, and an interval under 5 minutes", async () => {
    const window = {
      startTime: eastern("2026-12-01T00:00:00"),
      endTime: eastern("2026-12-02T00:00:00"),
    };
    const many = await ask({
      schedules: Array.from({ length: 21 }, (_, i) => `p${i}@northfield.example`),
      ...window,
    });
    expect(many.status).toBe(400);
    const long = await ask({
      schedules: [SAM],
      startTime: eastern("2026-12-01T00:00:00"),
      endTime: eastern("2027-02-02T00:00:00"),
    });
    expect(long.status).toBe(400);
    const fine = await ask({ schedules: [SAM], ...window, availabilityViewInterval: 4 });
    expect(fine.status).toBe(400);
  });

  it("reports an unknown address inside the result, not as a failure", async () => {
    const { status, body } = await ask({
      schedules: ["ghost@northfield.example", JULES],
      startTime: eastern("2026-12-01T00:00:00"),
      endTime: eastern("2026-12-02T00:00:00"),
    });
    expect(status).toBe(200);
    expect(body.value[0]).toHaveProperty("error");
    expect(body.value[1]).toHaveProperty("availabilityView");
  });
});

describe("findMeetingTimes", () => {
  it("suggests times that avoid an attendee's busy time", async () => {
    const { status, body } = await sandbox.graphJson<{
      meetingTimeSuggestions: { meetingTimeSlot: { start: Zoned; end: Zoned } }[];
    }>("/me/findMeetingTimes", {
      method: "POST",
      body: {
        attendees: [{ emailAddress: { address: SAM }, type: "required" }],
        timeConstraint: {
          activityDomain: "work",
          timeSlots: [
            { start: eastern("2026-12-01T09:00:00"), end: eastern("2026-12-01T12:00:00") },
          ],
        },
        meetingDuration: "PT1H",
      },
    });
    expect(status).toBe(200);
    expect(body.meetingTimeSuggestions.length).toBeGreaterThan(0);
    // Sam's lab meeting is 10:00-11:00 Eastern = 15:00-16:00 UTC.
    const samBusy = [
      Date.parse("2026-12-01T15:00:00Z"),
      Date.parse("2026-12-01T16:00:00Z"),
    ] as const;
    for (const s of body.meetingTimeSuggestions) {
      const start = Date.parse(`${s.meetingTimeSlot.start.dateTime.slice(0, 19)}Z`);
      const end = Date.parse(`${s.meetingTimeSlot.end.dateTime.slice(0, 19)}Z`);
      expect(end <= samBusy[0] || start >= samBusy[1]).toBe(true);
    }
  });
});
