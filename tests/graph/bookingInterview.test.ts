// Arranging an interview over real HTTP: free times to a booked event in two requests, one event
// however the POST is lost, a prep sheet only the organizer sees, moves that keep it, the booking log.
import { describe, expect, it } from "vitest";
import type { Event } from "@microsoft/microsoft-graph-types";
import { bookInterview, INTERVIEW_CATEGORY } from "../../src/app/arrange/booking";
import { beginBookingAttempt } from "../../src/app/arrange/bookingAttempt";
import { bookingRowFields, logVolunteerBooking } from "../../src/app/arrange/bookingLog";
import {
  cancelInterview,
  recordCancellation,
  rescheduleInterview,
} from "../../src/app/arrange/changes";
import { findInterviewTimes } from "../../src/app/arrange/freeTimes";
import {
  loadInterview,
  updateInterviewExtension,
} from "../../src/app/interviews/interviewExtension";
import { encodeInterviewExtension } from "../../src/domain/interview";
import { decodePrepSheetExtension } from "../../src/domain/prepSheet";
import { findEventByTransaction, getEvent, readEventPrep } from "../../src/graph/calendar";
import type { GraphClient } from "../../src/graph/client";
import { extensionData } from "../../src/graph/extensions";
import { listRows } from "../../src/graph/lists";
import { useSandbox } from "../support/sandbox";
import { CAREER_CENTRE, bookingTenant } from "../support/tenants";
import { addMorganContact } from "../support/interviews";
import { STUDENT, PROFESSIONAL } from "../support/people";

const PRIVATE_NOTE = "Private: Morgan seemed tired of students asking for jobs";
const QUESTION = "What drew you to Biology?";
const MONDAY_NOON = new Date("2026-11-30T17:00:00Z"); // 12:00 in Toronto

/** A Map-backed Storage: the browser's localStorage is the edge a page reload crosses. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

const sandbox = useSandbox({ tenant: bookingTenant });

async function addMorgan(client: GraphClient): Promise<string> {
  const encoded = encodeInterviewExtension({
    stage: "questionsReady",
    source: "volunteer",
    questions: [{ id: "bank:path-03", text: QUESTION }],
    events: [],
    updatedAt: "2026-11-29T12:00:00.000Z",
  });
  if (!encoded.ok) throw new Error("record too large");
  const notes = `- Role: Research Scientist\n${PRIVATE_NOTE}`;
  return (await addMorganContact(client, { notes, record: extensionData(encoded.value) })).id;
}

async function bookFirstSlot(client: GraphClient, contactId: string, transactionId: string) {
  const times = await findInterviewTimes(client, {
    userEmail: STUDENT,
    contactEmail: PROFESSIONAL,
    now: MONDAY_NOON,
    days: 14,
    durationMinutes: 30,
    bufferMinutes: 10,
    fallbackZone: "UTC",
  });
  const slot = times.slots[0]!;
  const { contact, record } = await loadInterview(client, contactId);
  const outcome = await bookInterview(
    client,
    {
      locale: "en",
      student: { displayName: "Avery Chen" },
      contact: {
        id: contactId,
        displayName: contact.displayName,
        givenName: contact.givenName,
        email: PROFESSIONAL,
      },
      start: slot.start,
      end: slot.end,
      timeZone: times.userZone,
      format: "teams",
      reminderMinutes: 15,
      researchNotes: contact.notes,
      questions: record.questions,
      transactionId,
    },
    MONDAY_NOON,
  );
  return { times, slot, outcome };
}

async function attendeeEvents(): Promise<Event[]> {
  const morgan = sandbox.client({ upn: PROFESSIONAL });
  const answer = await morgan.call<{ value: Event[] }>({
    method: "GET",
    path: "/me/events",
    query: {
      $select: "id,subject,body,start,end,categories",
      $expand: "extensions",
      $top: 50,
    },
  });
  return answer.body.value.filter((e) => e.subject?.startsWith("Information interview"));
}

describe("finding times and booking", () => {
  it("goes from both calendars to a booked and recorded event in two requests", async () => {
    const client = sandbox.client();
    const contactId = await addMorgan(client);
    const before = (await sandbox.requests()).length;
    const { times, slot, outcome } = await bookFirstSlot(client, contactId, "tx-two-requests");
    const during = (await sandbox.requests()).slice(before);
    // loadInterview between the two is the section's own read, done before "Find times".
    const graphCalls = during.filter((r) => !r.path.includes("/contacts/"));
    expect(graphCalls.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /v1.0/me/calendar/getSchedule",
      "POST /v1.0/$batch",
    ]);
    // The $batch creates the event, then (dependsOn) writes the contact's record.
    expect(during.at(-1)?.batch?.map((r) => `${r.method} ${r.status}`)).toEqual([
      "POST 201",
      "PATCH 200",
    ]);
    expect(times.userZone).toBe("America/New_York");
    expect(times.contactZone).toBe("America/Los_Angeles");
    // Inside both working days: 9–5 Pacific starts at noon in Toronto.
    const utcHour = slot.start.getUTCHours() + slot.start.getUTCMinutes() / 60;
    expect(utcHour).toBeGreaterThanOrEqual(17);
    expect(utcHour + 0.5).toBeLessThanOrEqual(22);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.event.start?.toISOString()).toBe(slot.start.toISOString());
    expect(outcome.event.joinUrl).toMatch(/^https:\/\//u);
    expect(outcome.event.categories).toEqual([INTERVIEW_CATEGORY]);
  });

  it("keeps the prep sheet on the organizer's copy; the attendee's copy has no sheet and no notes", async () => {
    const client = sandbox.client();
    const contactId = await addMorgan(client);
    const { outcome } = await bookFirstSlot(client, contactId, "tx-private");
    if (!outcome.ok) throw new Error("not booked");
    const sheet = decodePrepSheetExtension(await readEventPrep(client, outcome.event.id));
    expect(sheet?.questions.map((q) => q.text)).toEqual([QUESTION]);
    expect(sheet?.researchSummary).toContain(PRIVATE_NOTE);
    expect(sheet?.reminders).toContain("no-resume");

    const copies = await attendeeEvents();
    expect(copies).toHaveLength(1);
    const copy = copies[0]!;
    expect(copy.extensions ?? []).toEqual([]);
    const body = copy.body?.content ?? "";
    expect(body).toContain("I am not asking for a job");
    expect(body).not.toContain("Private");
    expect(body).not.toContain(QUESTION);
  });

  it("books exactly one event when the POST is stored but answered with 504", async () => {
    const client = sandbox.client();
    const contactId = await addMorgan(client);
    await sandbox.faults([
      { method: "POST", path: "^/v1.0/me/events$", status: 504, times: 1, after: true },
    ]);
    const { outcome } = await bookFirstSlot(client, contactId, "tx-lost-answer");
    expect(outcome.ok).toBe(true);
    const posts = (await sandbox.requests())
      .flatMap((r) => r.batch ?? [r])
      .filter((r) => r.method === "POST" && r.path === "/v1.0/me/events");
    // Found by its transactionId after the lost answer: never posted again.
    expect(posts.map((r) => r.status)).toEqual([504]);
    const mine = await client.call<{ value: Event[] }>({
      method: "GET",
      path: "/me/events",
      query: { $select: "id,subject", $top: 50 },
    });
    const interviews = mine.body.value.filter((e) =>
      e.subject?.startsWith("Information interview"),
    );
    expect(interviews.map((e) => e.id)).toEqual([outcome.ok ? outcome.event.id : ""]);
    expect(await attendeeEvents()).toHaveLength(1);
  });

  it("reuses the transaction id after a reload, so a booking lost with the connection is not doubled", async () => {
    const storage = memoryStorage();
    const contactId = await addMorgan(sandbox.client());
    const start = new Date("2026-12-01T19:00:00Z");
    let ids = 0;
    const first = beginBookingAttempt(contactId, start, () => `tx-${++ids}`, storage);
    // The connection drops after the mailbox stored the event; this client does not retry.
    await sandbox.faults([
      { method: "POST", path: "^/v1.0/me/events$", status: 0, times: 1, after: true },
    ]);
    const noRetry = sandbox.client({ backoff: { maxAttempts: 1 } });
    const request = (transactionId: string) =>
      bookInterview(
        noRetry,
        {
          locale: "en",
          student: { displayName: "Avery Chen" },
          contact: { id: contactId, displayName: "Morgan Diaz", email: PROFESSIONAL },
          start,
          end: new Date(start.getTime() + 30 * 60_000),
          timeZone: "America/New_York",
          format: "in-person",
          location: "Science Hall 210",
          reminderMinutes: 15,
          researchNotes: "",
          questions: [],
          transactionId,
        },
        new Date(),
      );
    // The lost answer is recovered by looking for the event by its transactionId.
    const recovered = await request(first.transactionId);
    expect(recovered.ok).toBe(true);
    // After a reload the same slot's attempt comes back with the same id.
    const again = beginBookingAttempt(contactId, start, () => `tx-${++ids}`, storage);
    expect(again.transactionId).toBe(first.transactionId);
    const second = await request(again.transactionId);
    expect(second.ok).toBe(true);
    expect(await attendeeEvents()).toHaveLength(1);
    if (second.ok) expect(second.event.location).toBe("Science Hall 210");
  });

  it("records the booking on the contact in the same round trip, linked by its transactionId", async () => {
    const client = sandbox.client();
    const contactId = await addMorgan(client);
    const { slot, outcome } = await bookFirstSlot(client, contactId, "tx-record");
    if (!outcome.ok) throw new Error("not booked");
    // Another session reads the record: stage booked, the event linked before Graph gave its id.
    const { record } = await loadInterview(sandbox.client(), contactId);
    expect(record.stage).toBe("booked");
    expect(record.stageChangedAt).toBe(MONDAY_NOON.toISOString());
    expect(record.events).toEqual([
      {
        eventId: "",
        transactionId: "tx-record",
        start: slot.start.toISOString(),
        end: slot.end.toISOString(),
      },
    ]);
    expect(record.questions.map((q) => q.text)).toEqual([QUESTION]);
    // The link finds the event; this page knows its id, and its next write of the record keeps it.
    const found = await findEventByTransaction(client, {
      start: slot.start,
      end: slot.end,
      transactionId: "tx-record",
    });
    expect(found?.id).toBe(outcome.event.id);
    expect(outcome.record.events[0]?.eventId).toBe(outcome.event.id);
    await updateInterviewExtension(client, contactId, (r) => ({ ...r, updatedAt: "later" }));
    const later = await loadInterview(sandbox.client(), contactId);
    expect(later.record.events[0]).toMatchObject({
      eventId: outcome.event.id,
      transactionId: "tx-record",
    });
  });
});

describe("moving and cancelling", () => {
  it("moves the event for both people and keeps the prep sheet with it", async () => {
    const client = sandbox.client();
    const contactId = await addMorgan(client);
    const { times, outcome } = await bookFirstSlot(client, contactId, "tx-move");
    if (!outcome.ok) throw new Error("not booked");
    const before = await readEventPrep(client, outcome.event.id);
    const later = times.slots[1]!;
    const moved = await rescheduleInterview(client, outcome.event.id, {
      start: later.start,
      end: later.end,
      timeZone: times.userZone,
    });
    expect(moved.start?.toISOString()).toBe(later.start.toISOString());
    const read = await getEvent(client, outcome.event.id);
    expect(read.prep).toEqual(before);
    const copy = (await attendeeEvents())[0]!;
    expect(new Date(`${copy.start?.dateTime}Z`).toISOString()).toBe(later.start.toISOString());
  });

  it("cancels with the user's message and keeps the stage for the pipeline to prompt a new booking", async () => {
    const client = sandbox.client();
    const contactId = await addMorgan(client);
    const { outcome } = await bookFirstSlot(client, contactId, "tx-cancel");
    if (!outcome.ok) throw new Error("not booked");
    await cancelInterview(client, outcome.event.id, "I am sorry, I need to cancel.");
    const after = recordCancellation(
      {
        stage: "booked",
        source: "volunteer",
        questions: [],
        events: [{ eventId: outcome.event.id, start: "a", end: "b" }],
        updatedAt: "",
      },
      outcome.event.id,
      new Date("2026-11-30T18:00:00Z"),
    );
    expect(after.events).toEqual([]);
    expect(after.stage).toBe("booked");
    const mine = await client.call<{ value: Event[] }>({
      method: "GET",
      path: "/me/events",
      query: { $select: "id,subject,isCancelled", $top: 50 },
    });
    const left = mine.body.value.filter((e) => e.id === outcome.event.id && !e.isCancelled);
    expect(left).toEqual([]);
  });
});

describe("free times when the contact's calendar cannot be read", () => {
  it("offers the user's own free times and says why", async () => {
    const client = sandbox.client();
    const times = await findInterviewTimes(client, {
      userEmail: STUDENT,
      contactEmail: "rae@elsewhere.example",
      now: MONDAY_NOON,
      days: 14,
      durationMinutes: 20,
      bufferMinutes: 10,
      fallbackZone: "UTC",
    });
    expect(times.reason).toBe("contact-calendar-unreadable");
    expect(times.slots.length).toBeGreaterThan(0);
    for (const slot of times.slots) {
      expect(slot.end.getTime() - slot.start.getTime()).toBe(20 * 60_000);
    }
  });
});

describe("the career centre's booking log", () => {
  it("appends the volunteer's row without the student's name unless they agreed", async () => {
    const client = sandbox.client();
    const when = new Date("2026-12-02T18:00:00Z");
    await logVolunteerBooking(client, CAREER_CENTRE, {
      volunteerName: "Morgan Diaz",
      volunteerEmail: PROFESSIONAL,
      meetingDate: when,
      stage: "booked",
    });
    await logVolunteerBooking(client, CAREER_CENTRE, {
      volunteerName: "Morgan Diaz",
      volunteerEmail: PROFESSIONAL,
      meetingDate: when,
      stage: "booked",
      studentUpn: STUDENT,
    });
    const rows = await listRows(client, CAREER_CENTRE.siteId, CAREER_CENTRE.lists.bookings, [
      "VolunteerEmail",
      "MeetingDate",
      "Stage",
      "StudentUpn",
    ]);
    expect(
      rows.map((r) => [r.fields.VolunteerEmail, r.fields.Stage, r.fields.StudentUpn ?? null]),
    ).toEqual([
      [PROFESSIONAL, "booked", null],
      [PROFESSIONAL, "booked", STUDENT],
    ]);
    expect(new Date(String(rows[0]!.fields.MeetingDate)).toISOString()).toBe(when.toISOString());
    expect(
      bookingRowFields({
        volunteerName: "M",
        volunteerEmail: "m@x",
        meetingDate: when,
        stage: "booked",
      }),
    ).not.toHaveProperty("StudentUpn");
  });

  it("does nothing when the career centre's lists are not set up", async () => {
    const logged = await logVolunteerBooking(sandbox.client(), null, {
      volunteerName: "Morgan Diaz",
      volunteerEmail: PROFESSIONAL,
      meetingDate: new Date(),
      stage: "booked",
    });
    expect(logged).toBe(false);
  });
});
