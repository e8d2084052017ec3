// Sandbox contract, held to Graph's documented calendar rules: zone names, free/busy case, custom
// zones, repeated transactionIds.
import { describe, expect, it } from "vitest";
import type { GraphErrorBody } from "./graphAnswers";
import { CUSTOM_ZONE } from "../../sandbox/tenants/demo";
import { useSandbox } from "../support/sandbox";
import { colleaguesTenant, SAM } from "../support/tenants";

const CUSTOM = CUSTOM_ZONE;

const sandbox = useSandbox({
  tenant: () => {
    const tenant = colleaguesTenant();
    const sam = tenant.users.find((u) => u.userPrincipalName === SAM);
    if (sam?.mailboxSettings?.workingHours) {
      sam.mailboxSettings.workingHours.timeZone = CUSTOM as never;
    }
    return tenant;
  },
  now: () => new Date("2026-11-26T12:00:00Z"),
});

type Zoned = { dateTime: string; timeZone: string };
const meeting = (zone: string, extra: Record<string, unknown> = {}) => ({
  subject: "Info interview",
  start: { dateTime: "2026-12-03T13:00:00", timeZone: zone },
  end: { dateTime: "2026-12-03T13:30:00", timeZone: zone },
  ...extra,
});

/** The student's events named "Info interview" (the tenant has others). */
async function interviews(): Promise<number> {
  const list = await sandbox.graphJson<{ value: { subject: string }[] }>(
    "/me/events?$select=subject&$top=100",
  );
  return list.body.value.filter((e) => e.subject === "Info interview").length;
}

const schedule = (zone = "UTC") => ({
  schedules: [SAM],
  startTime: { dateTime: "2026-11-30T00:00:00", timeZone: zone },
  endTime: { dateTime: "2026-12-05T00:00:00", timeZone: zone },
  availabilityViewInterval: 30,
});

// api-reference/v1.0/resources/datetimetimezone.md: Windows names and the listed IANA names only.
describe("time zone names in requests", () => {
  it("refuses an unlisted IANA name in event times with 400 TimeZoneNotSupportedException", async () => {
    for (const zone of ["America/Vancouver", "America/Toronto", "Not/AZone"]) {
      const answer = await sandbox.graphJson<GraphErrorBody>("/me/events", {
        method: "POST",
        body: meeting(zone),
      });
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe("TimeZoneNotSupportedException");
      expect(answer.body.error.message).toContain(zone);
    }
    expect(await interviews()).toBe(0);
  });

  it("accepts Windows names (any case), listed IANA names and UTC", async () => {
    for (const zone of [
      "Pacific Standard Time",
      "pacific standard time",
      "America/Los_Angeles",
      "UTC",
      "Europe/Kiev",
    ]) {
      const answer = await sandbox.graphJson<{ start: Zoned }>("/me/events", {
        method: "POST",
        body: meeting(zone),
      });
      expect(answer.status, zone).toBe(201);
    }
  });

  it("refuses an unlisted zone in a reschedule PATCH", async () => {
    const created = await sandbox.graphJson<{ id: string }>("/me/events", {
      method: "POST",
      body: meeting("Pacific Standard Time"),
    });
    const moved = await sandbox.graphJson<GraphErrorBody>(`/me/events/${created.body.id}`, {
      method: "PATCH",
      body: { start: meeting("America/Vancouver").start, end: meeting("America/Vancouver").end },
    });
    expect(moved.status).toBe(400);
    expect(moved.body.error.code).toBe("TimeZoneNotSupportedException");
    const fine = await sandbox.graph(`/me/events/${created.body.id}`, {
      method: "PATCH",
      body: { start: meeting("UTC").start, end: meeting("UTC").end },
    });
    expect(fine.status).toBe(200);
  });

  it("refuses an unlisted Prefer: outlook.timezone before the request has any effect", async () => {
    const refused = await sandbox.graphJson<GraphErrorBody>("/me/events", {
      method: "POST",
      body: meeting("UTC"),
      headers: { Prefer: 'outlook.timezone="America/Vancouver"' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("TimeZoneNotSupportedException");
    expect(await interviews()).toBe(0);
    const accepted = await sandbox.graph(
      "/me/calendarView?startDateTime=2026-12-01T00:00:00Z&endDateTime=2026-12-02T00:00:00Z",
      {
        headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
      },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get("Preference-Applied")).toBe(
      'outlook.timezone="Pacific Standard Time"',
    );
  });

  it("refuses unlisted zones in getSchedule and findMeetingTimes bodies", async () => {
    const refused = await sandbox.graphJson<GraphErrorBody>("/me/calendar/getSchedule", {
      method: "POST",
      body: schedule("America/Toronto"),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("TimeZoneNotSupportedException");
    const accepted = await sandbox.graph("/me/calendar/getSchedule", {
      method: "POST",
      body: schedule("Eastern Standard Time"),
    });
    expect(accepted.status).toBe(200);
    const slot = {
      start: { dateTime: "2026-11-30T09:00:00", timeZone: "America/Vancouver" },
      end: { dateTime: "2026-12-04T17:00:00", timeZone: "America/Vancouver" },
    };
    const find = await sandbox.graphJson<GraphErrorBody>("/me/findMeetingTimes", {
      method: "POST",
      body: { timeConstraint: { timeSlots: [slot] }, meetingDuration: "PT30M" },
    });
    expect(find.status).toBe(400);
    expect(find.body.error.code).toBe("TimeZoneNotSupportedException");
  });
});

// concepts/outlook-schedule-free-busy.md writes "Busy"; resources/freebusystatus writes "busy".
describe("free/busy status case (quirk capitalisedFreeBusy)", () => {
  async function statuses(): Promise<string[]> {
    await sandbox.graph("/me/events", {
      method: "POST",
      as: SAM,
      body: meeting("UTC", { showAs: "busy" }),
    });
    const answer = await sandbox.graphJson<{
      value: { scheduleItems?: { status: string }[] }[];
    }>("/me/calendar/getSchedule", { method: "POST", body: schedule() });
    return (answer.body.value[0]?.scheduleItems ?? []).map((item) => item.status);
  }

  it("answers lower-case statuses by default", async () => {
    expect(await statuses()).toContain("busy");
  });

  it("answers capitalised statuses when switched on, and a reset switches it off", async () => {
    const set = await sandbox.control("POST", "quirks", { capitalisedFreeBusy: true });
    expect(set.status).toBe(200);
    expect(await statuses()).toContain("Busy");
    await sandbox.reset();
    expect(await (await sandbox.control("GET", "quirks")).json()).toMatchObject({
      capitalisedFreeBusy: false,
    });
  });

  it("refuses an unknown quirk", async () => {
    expect((await sandbox.control("POST", "quirks", { nope: true })).status).toBe(400);
    expect((await sandbox.control("POST", "quirks", { repeatedTransactionId: "x" })).status).toBe(
      400,
    );
  });
});

// resources/workinghours.md (timeZone is a timeZoneBase) and resources/customtimezone.md.
describe("custom working-hours zones", () => {
  it("answers the customTimeZone in getSchedule and mailboxSettings", async () => {
    const answer = await sandbox.graphJson<{
      value: { workingHours: { timeZone: Record<string, unknown> } }[];
    }>("/me/calendar/getSchedule", { method: "POST", body: schedule() });
    expect(answer.body.value[0]?.workingHours.timeZone).toMatchObject(CUSTOM);
    const settings = await sandbox.graphJson<{ workingHours: { timeZone: unknown } }>(
      "/me/mailboxSettings",
      { as: SAM },
    );
    expect(settings.body.workingHours.timeZone).toMatchObject(CUSTOM);
  });
});

// event.md / user-post-events.md: transactionId avoids a redundant POST; the answer is not documented.
describe("a repeated transactionId (quirk repeatedTransactionId)", () => {
  const body = meeting("UTC", { transactionId: "tx-strict-1" });

  it("answers 201 with the first event by default", async () => {
    const first = await sandbox.graphJson<{ id: string }>("/me/events", { method: "POST", body });
    const second = await sandbox.graphJson<{ id: string }>("/me/events", { method: "POST", body });
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
  });

  it("answers 409 ErrorDuplicateTransactionId when switched to the error reading", async () => {
    await sandbox.control("POST", "quirks", { repeatedTransactionId: "error" });
    const first = await sandbox.graphJson("/me/events", { method: "POST", body });
    expect(first.status).toBe(201);
    const second = await sandbox.graphJson<GraphErrorBody>("/me/events", { method: "POST", body });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe("ErrorDuplicateTransactionId");
    expect(await interviews()).toBe(1);
  });
});
