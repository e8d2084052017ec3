// Booking an interview over real HTTP: one event however the POST is retried, the prep sheet only
// on the organizer's copy.
import { describe, expect, it } from "vitest";
import {
  cancelEvent,
  createEvent,
  type EventDraft,
  getEvent,
  listEventsBetween,
  mergeEventPrep,
  readEventPrep,
  updateEventTimes,
  writeEventPrep,
} from "../../src/graph/calendar";
import type { GraphClient } from "../../src/graph/client";
import { losingEventPostAnswers, useSandbox, recordingClock } from "../support/sandbox";
import { PROFESSIONAL, MORGAN_RECIPIENT } from "../support/people";

const sandbox = useSandbox();

const draft = (subject: string): EventDraft => ({
  subject,
  bodyHtml: "<p>Thank you for agreeing to a short conversation about your work.</p>",
  start: new Date("2026-12-02T17:00:00Z"),
  end: new Date("2026-12-02T17:30:00Z"),
  timeZone: "Eastern Standard Time",
  attendees: [MORGAN_RECIPIENT],
  online: true,
  categories: ["Information interview"],
  reminderMinutes: 15,
  prep: { questions: "How did you get into research?", stage: "booked" },
});

async function subjectsOnCalendar(client: GraphClient): Promise<string[]> {
  const answer = await client.call<{ value: Array<{ subject: string }> }>({
    method: "GET",
    path: "/me/events",
    query: { $select: "subject", $top: 50 },
  });
  return answer.body.value.map((event) => event.subject);
}

describe("booking", () => {
  it("books with a Teams link, in the organizer's zone, with the prep sheet stored inline", async () => {
    const client = sandbox.client();
    const result = await createEvent(client, draft("Information interview: Avery and Morgan"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event.joinUrl).toMatch(/^https:\/\//u);
    expect(result.event.timeZone).toBe("Eastern Standard Time");
    expect(result.event.start?.toISOString()).toBe("2026-12-02T17:00:00.000Z");
    const read = await getEvent(client, result.event.id);
    expect(read.prep).toEqual({ questions: "How did you get into research?", stage: "booked" });
    expect(read.categories).toEqual(["Information interview"]);
  });

  it("does not double-book when the gateway answers 504 after the event was stored", async () => {
    // A proxy timing out after the mailbox committed: the sandbox stores the event, we see 504.
    // (The sandbox's fault rules fail requests before handling them, so the lost answer is made here.)
    const client = sandbox.client({
      transport: losingEventPostAnswers(sandbox.origin),
    });
    const result = await createEvent(client, draft("Interview with a lost answer"));
    expect(result.ok).toBe(true);
    expect(
      (await subjectsOnCalendar(client)).filter((s) => s === "Interview with a lost answer"),
    ).toHaveLength(1);
    const posts = (await sandbox.requests()).filter(
      (r) => r.method === "POST" && r.path === "/v1.0/me/events",
    );
    // The lost answer is looked for (by transactionId) and found: the POST is not sent again.
    expect(posts.map((r) => r.status)).toEqual([201]);
  });

  it("retries a create that the service refused with 504 before storing, still one event", async () => {
    await sandbox.faults([{ method: "POST", path: "^/v1.0/me/events$", status: 504, times: 1 }]);
    const clock = recordingClock();
    const client = sandbox.client({ clock });
    const result = await createEvent(client, draft("Interview after a timeout"));
    expect(result.ok).toBe(true);
    expect(
      (await subjectsOnCalendar(client)).filter((s) => s === "Interview after a timeout"),
    ).toHaveLength(1);
    expect(clock.sleeps).toHaveLength(1);
  });

  it("replaying a booking with the same transactionId (e.g. from the outbox) returns the first event", async () => {
    const client = sandbox.client();
    const first = await createEvent(client, {
      ...draft("Replayed booking"),
      transactionId: "booking-7f3a",
    });
    const again = await createEvent(client, {
      ...draft("Replayed booking"),
      transactionId: "booking-7f3a",
    });
    expect(first.ok && again.ok && again.event.id === first.event.id).toBe(true);
    expect((await subjectsOnCalendar(client)).filter((s) => s === "Replayed booking")).toHaveLength(
      1,
    );
  });

  it("keeps the prep sheet off the attendee's copy", async () => {
    await createEvent(sandbox.client(), draft("Private prep"));
    const theirs = sandbox.client({ upn: PROFESSIONAL });
    const answer = await theirs.call<{ value: Array<{ id: string; subject: string }> }>({
      method: "GET",
      path: "/me/events",
      query: { $select: "id,subject" },
    });
    const copy = answer.body.value.find((event) => event.subject === "Private prep");
    expect(copy).toBeDefined();
    expect((await getEvent(theirs, copy?.id ?? "")).prep).toBeNull();
  });

  it("merges prep changes without losing the other properties (PATCH replaces them all)", async () => {
    const client = sandbox.client();
    const booked = await createEvent(client, draft("Merging prep"));
    if (!booked.ok) throw new Error("booking failed");
    const written = await mergeEventPrep(client, booked.event.id, {
      takeaways: "Talk to the lab manager",
    });
    expect(written).toEqual({
      ok: true,
      data: {
        questions: "How did you get into research?",
        stage: "booked",
        takeaways: "Talk to the lab manager",
      },
    });
    expect((await getEvent(client, booked.event.id)).prep).toEqual(
      written.ok ? written.data : null,
    );
  });

  it("refuses a prep sheet over the size cap before sending anything", async () => {
    const client = sandbox.client();
    const result = await createEvent(client, {
      ...draft("Too much prep"),
      prep: { notes: "x".repeat(20_000) },
    });
    expect(result).toMatchObject({ ok: false, reason: "too-large", limit: 16_384 });
    expect(await sandbox.requests()).toHaveLength(0);
  });

  it("moves the meeting to a new time and reads it back in the organizer's zone", async () => {
    const client = sandbox.client();
    const booked = await createEvent(client, draft("To be moved"));
    if (!booked.ok) throw new Error("booking failed");
    const moved = await updateEventTimes(client, booked.event.id, {
      start: new Date("2026-12-03T15:00:00Z"),
      end: new Date("2026-12-03T15:20:00Z"),
      timeZone: "Eastern Standard Time",
    });
    expect([moved.start?.toISOString(), moved.end?.toISOString()]).toEqual([
      "2026-12-03T15:00:00.000Z",
      "2026-12-03T15:20:00.000Z",
    ]);
    const read = await getEvent(client, booked.event.id, { timeZone: "Pacific Standard Time" });
    expect(read.timeZone).toBe("Pacific Standard Time");
    expect(read.start?.toISOString()).toBe("2026-12-03T15:00:00.000Z");
    expect(read.prep).toEqual({ questions: "How did you get into research?", stage: "booked" });
  });

  it("cancels a meeting the student organised, with a note to the attendee", async () => {
    const client = sandbox.client();
    const booked = await createEvent(client, draft("To be cancelled"));
    if (!booked.ok) throw new Error("booking failed");
    await cancelEvent(client, booked.event.id, "Sorry, I have an exam that day.");
    const after = await getEvent(client, booked.event.id).catch((error: unknown) => error);
    // Graph removes a cancelled meeting from the organizer's calendar.
    expect(after).toMatchObject({ status: 404 });
  });
});

describe("calendar view and prep sheet writes", () => {
  it("lists the events overlapping a window, earliest first, in the asked zone, with the prep sheet", async () => {
    const client = sandbox.client({ upn: PROFESSIONAL });
    const booked = await createEvent(client, {
      ...draft("Information interview: Avery and Morgan"),
      attendees: [{ displayName: "Avery Chen", emailAddress: "avery.chen@northfield.example" }],
    });
    if (!booked.ok) throw new Error("not booked");
    const window = {
      start: new Date("2026-12-01T17:30:00Z"),
      end: new Date("2026-12-03T00:00:00Z"),
    };
    const before = (await sandbox.requests()).length;
    const events = await listEventsBetween(client, window, "UTC");
    // The lab meeting started before the window and is still running at its start.
    expect(events.map((e) => e.subject)).toEqual([
      "Lab meeting",
      "Information interview: Avery and Morgan",
    ]);
    expect(events[0]?.start?.toISOString()).toBe("2026-12-01T18:00:00.000Z");
    expect(events[1]?.timeZone).toBe("UTC");
    expect(events[1]?.prep).toEqual(draft("").prep);
    const sent = (await sandbox.requests()).slice(before);
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /v1.0/me/calendarView"]);
    expect(sent[0]?.query).toMatchObject({
      startDateTime: "2026-12-01T17:30:00.000Z",
      endDateTime: "2026-12-03T00:00:00.000Z",
      $orderby: "start/dateTime",
      $top: "50",
    });
  });

  it("creates the prep sheet on an event without one, replaces it whole, refuses one too large", async () => {
    const client = sandbox.client();
    const booked = await createEvent(client, { ...draft("No sheet yet"), prep: undefined });
    if (!booked.ok) throw new Error("not booked");
    const id = booked.event.id;
    expect(await readEventPrep(client, id)).toBeNull();
    expect(await writeEventPrep(client, id, { questions: "a", notes: "b" }, false)).toEqual({
      ok: true,
      data: { questions: "a", notes: "b" },
    });
    expect(await readEventPrep(client, id)).toEqual({ questions: "a", notes: "b" });
    await writeEventPrep(client, id, { questions: "c" }, true);
    expect(await readEventPrep(client, id)).toEqual({ questions: "c" });
    const before = (await sandbox.requests()).length;
    const refused = await writeEventPrep(client, id, { notes: "x".repeat(20_000) }, true);
    expect(refused).toMatchObject({ ok: false, reason: "too-large", limit: 16_384 });
    expect((await sandbox.requests()).length).toBe(before);
  });
});
