// The meeting step against a real sandbox: the timekeeper from the event's times (nudges, reload),
// takeaways saved on the event and drafted into a thank-you, and Sent Items moving the stage on.
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { decodeInterviewExtension } from "../../src/domain/interview";
import { practiceTransactionId } from "../../src/domain/practice";
import { createPrepSheet, decodePrepSheetExtension } from "../../src/domain/prepSheet";
import { threadOfJoinUrl } from "../../src/domain/meetingThread";
import { createEvent, getEvent, readEventPrep } from "../../src/graph/calendar";
import { type GraphClient } from "../../src/graph/client";
import { findContactByEmail, readContactRecord } from "../../src/graph/contacts";
import { createFakeHost } from "../../src/hosts/fake";
import MeetingSection from "../../src/ui/meeting/MeetingSection";
import PrepView from "../../src/ui/meeting/PrepView";
import { useSandbox } from "../support/sandbox";
import { storedRecord, addMorganContact, bookMorganEvent } from "../support/interviews";
import { STUDENT_USER, STUDENT, PROFESSIONAL, MORGAN_RECIPIENT } from "../support/people";
import { appServices, AppProviders } from "../support/renderApp";

const sandbox = useSandbox();
beforeEach(() => {
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

const client = (): GraphClient => sandbox.appClient();

/** Morgan in My interviews at `stage`, and a booked event with a prep sheet for them. */
async function bookMorgan(
  graph: GraphClient,
  times: { start: string; end: string },
  stage = "booked",
): Promise<{ contactId: string; eventId: string }> {
  const { id: contactId } = await addMorganContact(graph, {
    notes: "- Role: Research Scientist\n- Runs the plankton survey every June.",
    record: storedRecord(stage, {
      events: JSON.stringify([{ eventId: "pending", start: times.start, end: times.end }]),
      updatedAt: "2026-11-01T00:00:00.000Z",
    }),
  });
  const sheet = createPrepSheet({
    contactId,
    researchNotes: "Runs the plankton survey every June.",
    questions: [
      { id: "q1", text: "What does a typical week look like for you?" },
      { id: "q2", text: "How did you get into marine research?" },
    ],
    format: "teams",
  });
  const eventId = await bookMorganEvent(graph, sheet, times);
  // Link the event in the record as the booking does.
  await graph.call({
    method: "PATCH",
    path: `/me/contacts/${encodeURIComponent(contactId)}/extensions/com.northfield.informationInterviews`,
    body: {
      "@odata.type": "microsoft.graph.openTypeExtension",
      extensionName: "com.northfield.informationInterviews",
      ...(await readContactRecord(graph, contactId)),
      events: JSON.stringify([{ eventId, start: times.start, end: times.end }]),
    },
    read: "none",
  });
  return { contactId, eventId };
}

/**
 * Renders as Teams' side panel does: Teams gives the meeting chat's id (never an event id), here
 * read from the event's join link, or `chatId` as given.
 */
async function renderWith(
  graph: GraphClient,
  ui: React.ReactNode,
  options: { now: () => Date; eventId?: string; chatId?: string },
) {
  const joinUrl = options.eventId
    ? (await getEvent(graph, options.eventId, { timeZone: "UTC" })).joinUrl
    : null;
  const chatId = options.chatId ?? (joinUrl ? threadOfJoinUrl(joinUrl) : null);
  const services = appServices(sandbox.url, {
    host: createFakeHost({
      kind: "teams",
      surface: "sidePanel",
      meetingId: chatId ? "MCMxOTptZWV0aW5nX1RlYW1z" : null,
      chatId,
      user: { userPrincipalName: STUDENT },
    }),
    graph,
    user: STUDENT_USER,
    now: options.now,
  });
  return render(
    <AppProviders services={services} route={{ view: "prep" }}>
      {ui}
    </AppProviders>,
  );
}

const START = "2026-12-01T15:00:00.000Z";
const END = "2026-12-01T15:30:00.000Z";

describe("meeting side panel", { timeout: 20_000 }, () => {
  it("keeps time from the event: elapsed at a glance, a nudge five minutes before the end and at it, the same reading after a reload", async () => {
    const graph = client();
    const { eventId } = await bookMorgan(graph, { start: START, end: END });
    let clock = new Date("2026-12-01T15:10:00Z");
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const view = await renderWith(graph, <PrepView />, { now: () => clock, eventId: eventId });

    const timer = () => screen.getByRole("timer", { name: "Time elapsed" });
    await screen.findByRole("timer", { name: "Time elapsed" });
    expect(timer().textContent).toContain("10:00 of 30:00");
    expect(timer().textContent).toContain("20:00 left");
    // One read of the event: the side panel does not look again when the host's item arrives.
    const logged = (await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as
      | Array<{ method: string; path: string }>
      | { requests: Array<{ method: string; path: string }> };
    const requests = Array.isArray(logged) ? logged : logged.requests;
    const eventReads = requests.filter(
      (r) =>
        r.method === "GET" &&
        r.path.startsWith("/v1.0/me/events/") &&
        !r.path.includes("/extensions"),
    );
    expect(eventReads).toHaveLength(1);
    // The questions are there to tick off.
    expect(
      screen.getByRole("checkbox", { name: "How did you get into marine research?" }),
    ).toBeTruthy();
    const nudge = () =>
      screen
        .getAllByRole("status")
        .map((s) => s.textContent ?? "")
        .join(" | ");
    expect(nudge()).not.toContain("Time to ask who else");

    clock = new Date("2026-12-01T15:24:59Z");
    act(() => void vi.advanceTimersByTime(1000));
    expect(timer().textContent).toContain("24:59 of 30:00");
    expect(nudge()).not.toContain("Time to ask who else");

    clock = new Date("2026-12-01T15:25:00Z");
    act(() => void vi.advanceTimersByTime(1000));
    expect(nudge()).toContain("Time to ask who else you should talk to, and thank them.");

    clock = new Date("2026-12-01T15:31:00Z");
    act(() => void vi.advanceTimersByTime(1000));
    expect(nudge()).toContain("Time is up");
    expect(timer().textContent).toContain("1:00 over the booked time");

    // A reload mid-meeting: nothing was stored, the reading comes from the event's times.
    view.unmount();
    clock = new Date("2026-12-01T15:12:30Z");
    await renderWith(graph, <PrepView />, { now: () => clock, eventId: eventId });
    const again = await screen.findByRole("timer", { name: "Time elapsed" });
    expect(again.textContent).toContain("12:30 of 30:00");
    expect(nudge()).not.toContain("Time");
  });

  it("says so, and shows no other meeting's sheet, when the chat's meeting is not in the calendar", async () => {
    const graph = client();
    await bookMorgan(graph, { start: START, end: END });
    const clock = new Date("2026-12-01T15:05:00Z");
    await renderWith(graph, <PrepView />, {
      now: () => clock,
      chatId: "19:meeting_notInThisCalendar@thread.v2",
    });
    await screen.findByText(/This Teams meeting is not in your calendar/);
    expect(screen.queryByRole("timer")).toBeNull();
  });

  it("saves takeaways and ticks on the event, marks the contact met, and drafts a thank-you that names a takeaway", async () => {
    const user = userEvent.setup();
    const graph = client();
    const { contactId, eventId } = await bookMorgan(graph, { start: START, end: END });
    const clock = new Date("2026-12-01T15:20:00Z");
    await renderWith(graph, <PrepView />, { now: () => clock, eventId: eventId });

    await user.click(await screen.findByRole("checkbox", { name: /typical week/ }));
    const box = screen.getByRole("textbox", { name: "Takeaways" });
    await user.click(box);
    await user.paste("Learn R and Python before the June survey season");
    await waitFor(() => expect(screen.getByText("Saved")).toBeTruthy(), { timeout: 5000 });

    const stored = decodePrepSheetExtension(await readEventPrep(graph, eventId));
    expect(stored?.takeaways.notes).toBe("Learn R and Python before the June survey season");
    expect(stored?.questions.find((q) => q.id === "q1")?.asked).toBe(true);
    expect(stored?.researchSummary).toContain("plankton");
    await waitFor(async () =>
      expect(decodeInterviewExtension(await readContactRecord(graph, contactId)).stage).toBe("met"),
    );

    await user.click(screen.getByRole("button", { name: "Draft thank-you" }));
    await screen.findByText(/Draft saved in your Drafts folder/);
    const drafts = await graph.call<{
      value: Array<{
        subject: string;
        body: { content: string };
        toRecipients: Array<{ emailAddress: { address: string } }>;
      }>;
    }>({
      method: "GET",
      path: "/me/messages",
      query: { $filter: "isDraft eq true", $select: "subject,body,toRecipients" },
    });
    const draft = drafts.body.value.find((m) => m.subject.startsWith("Thank you for your time"));
    expect(draft?.toRecipients[0]?.emailAddress.address).toBe(PROFESSIONAL);
    expect(draft?.body.content).toContain("Learn R and Python before the June survey season");
    const record = decodeInterviewExtension(await readContactRecord(graph, contactId));
    expect(record.thankYou?.draftedAt).toBeTruthy();
    // Written in the draft's own round trip, before Graph gave the draft an id.
    expect(record.thankYou?.draftId).toBeUndefined();
    expect(record.stage).toBe("met");
  });

  it("warns, without blocking, when the thank-you would ask for a job", async () => {
    const user = userEvent.setup();
    const graph = client();
    const { eventId } = await bookMorgan(graph, { start: START, end: END });
    await renderWith(graph, <PrepView />, {
      now: () => new Date("2026-12-01T15:40:00Z"),
      eventId: eventId,
    });
    const box = await screen.findByRole("textbox", { name: "Takeaways" });
    await user.click(box);
    await user.paste("Could you let me know if there are any openings on your team for me");
    await user.click(screen.getByRole("button", { name: "Draft thank-you" }));
    await screen.findByText(/Draft saved in your Drafts folder/);
    expect(screen.getByText(/not a job request/).textContent).toMatch(/openings/i);
  });
});

describe("referrals and ordinary meetings", { timeout: 20_000 }, () => {
  it("a referral goes on the sheet and becomes a new contact in My interviews, referred by the contact", async () => {
    const user = userEvent.setup();
    const graph = client();
    const { eventId } = await bookMorgan(graph, { start: START, end: END });
    await renderWith(graph, <PrepView />, {
      now: () => new Date("2026-12-01T15:28:00Z"),
      eventId: eventId,
    });
    await user.type(await screen.findByRole("textbox", { name: "Name" }), "Kim Lee");
    await user.type(
      screen.getByRole("textbox", { name: "Email (optional)" }),
      "kim.lee@northfield.example",
    );
    await user.click(screen.getByRole("button", { name: "Add referral" }));
    await screen.findByText("Kim Lee added to My interviews.");

    const found = await findContactByEmail(graph, "kim.lee@northfield.example");
    expect(found?.displayName).toBe("Kim Lee");
    await waitFor(async () => {
      const record = decodeInterviewExtension(await readContactRecord(graph, found?.id ?? ""));
      expect(record.source).toBe("referral");
      expect(record.referredBy).toBe("Morgan Diaz");
    });
    await waitFor(
      async () => {
        const sheet = decodePrepSheetExtension(await readEventPrep(graph, eventId));
        expect(sheet?.takeaways.referrals).toEqual([
          { name: "Kim Lee", email: "kim.lee@northfield.example" },
        ]);
      },
      { timeout: 5000 },
    );
  });

  it("offers to make an ordinary meeting an information interview, attaching a prep sheet linked to the contact", async () => {
    const user = userEvent.setup();
    const graph = client();
    const contact = await addMorganContact(graph, {
      notes: "Runs the plankton survey every June.",
      record: storedRecord("questionsReady", {
        questions: JSON.stringify([{ id: "own-1", text: "What surprised you most in this work?" }]),
        updatedAt: "2026-11-01T00:00:00.000Z",
      }),
    });
    const plain = await createEvent(graph, {
      subject: "Coffee with Morgan",
      bodyHtml: "<p>Coffee</p>",
      start: new Date(START),
      end: new Date(END),
      timeZone: "UTC",
      attendees: [MORGAN_RECIPIENT],
      // The side panel lives in Teams meetings: an ordinary Teams meeting made outside the app.
      online: true,
    });
    if (!plain.ok) throw new Error("not booked");
    await renderWith(graph, <PrepView />, {
      now: () => new Date("2026-12-01T14:00:00Z"),
      eventId: plain.event.id,
    });
    await screen.findByRole("heading", { name: "This is not an information interview yet" });
    expect(screen.queryByRole("timer")).toBeNull();
    await user.click(
      await screen.findByRole("button", { name: "Make this an information interview" }),
    );

    const checkbox = await screen.findByRole("checkbox", {
      name: "What surprised you most in this work?",
    });
    expect(checkbox).toBeTruthy();
    expect(screen.getByRole("timer", { name: "Time elapsed" }).textContent).toContain("Starts in");
    const sheet = decodePrepSheetExtension(await readEventPrep(graph, plain.event.id));
    expect(sheet?.contactId).toBe(contact.id);
    expect(sheet?.format).toBe("teams");
    expect(sheet?.reminders).not.toContain("arrive-early");
    const record = decodeInterviewExtension(await readContactRecord(graph, contact.id));
    expect(record.stage).toBe("booked");
    expect(record.events.map((e) => e.eventId)).toEqual([plain.event.id]);
  });
  it("tells the practice call's own meeting apart: no offer to make it an interview", async () => {
    const graph = client();
    // The practice call as the Practice run sends it: a Teams meeting whose transactionId marks it.
    const practice = await createEvent(graph, {
      subject: "Practice run: information interview questions",
      bodyHtml: "<p>A practice run.</p>",
      start: new Date(START),
      end: new Date(END),
      timeZone: "UTC",
      attendees: [{ displayName: "Sam Friend", emailAddress: "sam.friend@elsewhere.example" }],
      online: true,
      transactionId: practiceTransactionId("0f4c2d1e-5b6a-4c7d-8e9f-0a1b2c3d4e5f"),
    });
    if (!practice.ok) throw new Error("not booked");
    await renderWith(graph, <PrepView />, {
      now: () => new Date("2026-12-01T14:00:00Z"),
      eventId: practice.event.id,
    });
    expect(await screen.findByText(/This is a practice call, not the interview/u)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Make this an information interview" })).toBeNull();
  });
});

describe("meeting section", { timeout: 20_000 }, () => {
  it("finds the thank-you in Sent Items when it opens and moves the stage to thanked", async () => {
    const graph = client();
    // The small tenant's student sent Morgan a thank-you on 2026-11-20 at 15:00 UTC.
    const { contactId } = await bookMorgan(
      graph,
      { start: "2026-11-20T13:00:00.000Z", end: "2026-11-20T13:30:00.000Z" },
      "met",
    );
    await renderWith(graph, <MeetingSection contactId={contactId} />, {
      now: () => new Date("2026-11-21T09:00:00Z"),
    });
    await screen.findByText("Your thank-you was found in Sent Items.");
    await waitFor(async () => {
      const record = decodeInterviewExtension(await readContactRecord(graph, contactId));
      expect(record.stage).toBe("thanked");
      expect(record.thankYou?.sentAt).toBe("2026-11-20T15:00:00.000Z");
    });
    expect(await screen.findByText(/Thank-you sent/)).toBeTruthy();
  });

  it("leaves the stage alone when nothing was sent since the meeting, and 'I sent it' marks it", async () => {
    const user = userEvent.setup();
    const graph = client();
    const { contactId } = await bookMorgan(
      graph,
      { start: "2026-11-24T13:00:00.000Z", end: "2026-11-24T13:30:00.000Z" },
      "met",
    );
    await renderWith(graph, <MeetingSection contactId={contactId} />, {
      now: () => new Date("2026-11-25T09:00:00Z"),
    });
    const sent = await screen.findByRole("button", { name: "I sent it" });
    expect(decodeInterviewExtension(await readContactRecord(graph, contactId)).stage).toBe("met");
    await user.click(sent);
    await waitFor(async () =>
      expect(decodeInterviewExtension(await readContactRecord(graph, contactId)).stage).toBe(
        "thanked",
      ),
    );
  });
});
