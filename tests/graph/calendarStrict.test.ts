// The gateway against a strict sandbox: a browser zone Graph does not list, capitalised statuses,
// repeated transactionIds, custom zones.
import { describe, expect, it } from "vitest";
import {
  createEvent,
  type EventDraft,
  getSchedules,
  updateEventTimes,
} from "../../src/graph/calendar";
import { findInterviewTimes } from "../../src/app/arrange/freeTimes";
import { losingEventPostAnswers, useSandbox } from "../support/sandbox";
import { MORGAN_RECIPIENT, PROFESSIONAL, STUDENT } from "../support/people";

const sandbox = useSandbox();

const draft = (timeZone: string, transactionId?: string): EventDraft => ({
  subject: "Information interview: Avery and Morgan",
  bodyHtml: "<p>Thank you.</p>",
  start: new Date("2026-12-02T17:00:00Z"),
  end: new Date("2026-12-02T17:30:00Z"),
  timeZone,
  attendees: [MORGAN_RECIPIENT],
  online: true,
  ...(transactionId ? { transactionId } : {}),
});

async function bookingsOnCalendar(): Promise<number> {
  const answer = await sandbox.client().call<{ value: { subject: string }[] }>({
    method: "GET",
    path: "/me/events",
    query: { $select: "subject", $top: 100 },
  });
  return answer.body.value.filter((e) => e.subject.startsWith("Information interview")).length;
}

describe("a browser in a zone Graph does not list", () => {
  for (const zone of ["America/Vancouver", "America/Toronto"]) {
    it(`books and reschedules from ${zone} without TimeZoneNotSupportedException`, async () => {
      const client = sandbox.client();
      const booked = await createEvent(client, draft(zone));
      expect(booked.ok).toBe(true);
      if (!booked.ok) return;
      expect(booked.event.start?.toISOString()).toBe("2026-12-02T17:00:00.000Z");
      expect(booked.event.timeZone).toMatch(/Standard Time$/u);
      const moved = await updateEventTimes(client, booked.event.id, {
        start: new Date("2026-12-03T18:00:00Z"),
        end: new Date("2026-12-03T18:30:00Z"),
        timeZone: zone,
      });
      expect(moved.start?.toISOString()).toBe("2026-12-03T18:00:00.000Z");
      const sent = (await sandbox.requests()).filter((r) => r.status === 400);
      expect(sent).toEqual([]);
    });
  }
});

describe("free/busy statuses in either case", () => {
  it("reads capitalised statuses as busy time", async () => {
    const morgan = sandbox.client({ upn: PROFESSIONAL });
    await createEvent(morgan, { ...draft("UTC"), subject: "Morgan's meeting", attendees: [] });
    const window = {
      start: new Date("2026-12-02T00:00:00Z"),
      end: new Date("2026-12-03T00:00:00Z"),
    };
    const lower = await getSchedules(sandbox.client(), [PROFESSIONAL], window);
    await sandbox.control("POST", "quirks", { capitalisedFreeBusy: true });
    const upper = await getSchedules(sandbox.client(), [PROFESSIONAL], window);
    const busy = (s: typeof lower) =>
      (s[0]?.busy ?? []).filter((b) => b.start.toISOString() === "2026-12-02T17:00:00.000Z");
    expect(busy(lower)).toHaveLength(1);
    expect(busy(upper)).toEqual(busy(lower));
  });
});

describe("a repeated transactionId", () => {
  for (const reading of ["first-event", "error"] as const) {
    it(`gives one booking when a lost answer is retried (sandbox answers ${reading})`, async () => {
      await sandbox.control("POST", "quirks", { repeatedTransactionId: reading });
      const client = sandbox.client({
        transport: losingEventPostAnswers(sandbox.origin),
      });
      const result = await createEvent(client, draft("Eastern Standard Time", `tx-${reading}`));
      expect(result.ok).toBe(true);
      expect(await bookingsOnCalendar()).toBe(1);
      // The same booking replayed later (an outbox, a reload) still gives the one event.
      const again = await createEvent(
        sandbox.client(),
        draft("Eastern Standard Time", `tx-${reading}`),
      );
      expect(again.ok && result.ok && again.event.id === result.event.id).toBe(true);
      expect(await bookingsOnCalendar()).toBe(1);
    });
  }

  it("still fails when the event cannot be found", async () => {
    await sandbox.faults([
      {
        method: "POST",
        path: "^/v1.0/me/events$",
        status: 409,
        code: "ErrorDuplicateTransactionId",
      },
    ]);
    await expect(createEvent(sandbox.client(), draft("UTC", "tx-missing"))).rejects.toMatchObject({
      status: 409,
    });
  });
});

describe("custom working-hours zones", () => {
  it("keeps a customTimeZone's rules in the working hours getSchedule gives", async () => {
    await sandbox.control("POST", "reset", {
      tenant: await (async () => {
        const { northfieldTenant } = await import("../support/tenants");
        const tenant = northfieldTenant();
        const morgan = tenant.users.find((u) => u.userPrincipalName === PROFESSIONAL);
        if (morgan) {
          morgan.mailboxSettings = {
            workingHours: {
              daysOfWeek: ["monday"],
              startTime: "09:00:00.0000000",
              endTime: "17:00:00.0000000",
              timeZone: {
                "@odata.type": "#microsoft.graph.customTimeZone",
                name: "Customized Time Zone",
                bias: -210,
                standardOffset: {
                  time: "02:00:00",
                  dayOccurrence: 1,
                  dayOfWeek: "sunday",
                  month: 11,
                },
                daylightOffset: {
                  daylightBias: 60,
                  time: "02:00:00",
                  dayOccurrence: 2,
                  dayOfWeek: "sunday",
                  month: 3,
                },
              } as never,
            },
          };
        }
        return tenant;
      })(),
    });
    const window = {
      start: new Date("2026-11-30T00:00:00Z"),
      end: new Date("2026-12-01T00:00:00Z"),
    };
    const [schedule] = await getSchedules(sandbox.client({ upn: STUDENT }), [PROFESSIONAL], window);
    expect(schedule?.workingHours?.customTimeZone?.bias).toBe(-210);
    // Free times read the contact on their own clock: Monday 09:00–17:00 at UTC−3:30.
    const times = await findInterviewTimes(sandbox.client(), {
      userEmail: STUDENT,
      contactEmail: PROFESSIONAL,
      now: new Date("2026-11-29T12:00:00Z"),
      days: 7,
      durationMinutes: 30,
      bufferMinutes: 0,
      fallbackZone: "America/Vancouver",
    });
    expect(times.contactZone).toBe("America/St_Johns");
    expect(times.slots.length).toBeGreaterThan(0);
    for (const slot of times.slots) {
      expect(slot.start.getTime()).toBeGreaterThanOrEqual(Date.parse("2026-11-30T12:30:00Z"));
      expect(slot.end.getTime()).toBeLessThanOrEqual(Date.parse("2026-11-30T20:30:00Z"));
    }
  });
});
