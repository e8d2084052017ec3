// The practice run from an interview's meeting section, against a real sandbox: rehearse alone with
// the clock and the coach, private notes that survive a reload apart from the real takeaways, and
// the friend's practice call (reviewed before it is sent, then booked and cancelled); in English
// and Canadian French.
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { decodeInterviewExtension } from "../../src/domain/interview";
import type { Locale } from "../../src/domain/locale";
import { createPrepSheet, decodePrepSheetExtension } from "../../src/domain/prepSheet";
import { readEventPrep } from "../../src/graph/calendar";
import type { GraphClient } from "../../src/graph/client";
import { readContactRecord } from "../../src/graph/contacts";
import { createFakeHost } from "../../src/hosts/fake";
import MeetingSection from "../../src/ui/meeting/MeetingSection";
import { addMorganContact, bookMorganEvent, storedRecord } from "../support/interviews";
import { STUDENT, STUDENT_USER } from "../support/people";
import { AppProviders, appServices } from "../support/renderApp";
import { useSandbox } from "../support/sandbox";

const sandbox = useSandbox();
beforeEach(() => localStorage.clear());

const QUESTIONS = [
  { id: "q1", text: "What does a typical week look like for you?" },
  { id: "q2", text: "Do you like your job?" },
];
const TAKEAWAYS = "She said fieldwork matters most.";

/** The practice calls in the student's calendar (the interview's own event left out). */
async function practiceEvents(
  graph: GraphClient,
): Promise<Array<{ id: string; webLink: string; body: { content: string } }>> {
  const answer = await graph.call<{
    value: Array<{ id: string; subject: string; webLink: string; body: { content: string } }>;
  }>({ method: "GET", path: "/me/events", query: { $select: "subject,webLink,body", $top: 50 } });
  return answer.body.value.filter((e) => e.subject.startsWith("Practice interview"));
}

/** Morgan with two chosen questions and a booked meeting whose sheet already holds takeaways. */
async function morganBooked(graph: GraphClient): Promise<{ contactId: string; eventId: string }> {
  const start = "2026-12-10T15:00:00.000Z";
  const end = "2026-12-10T15:30:00.000Z";
  const { id: contactId } = await addMorganContact(graph, {
    notes: "Private research about Morgan.",
    record: storedRecord("booked", {
      questions: JSON.stringify(QUESTIONS),
      updatedAt: "2026-11-01T00:00:00.000Z",
    }),
  });
  const sheet = createPrepSheet({
    contactId,
    researchNotes: "Private research about Morgan.",
    questions: QUESTIONS,
    format: "teams",
  });
  sheet.takeaways.notes = TAKEAWAYS;
  const eventId = await bookMorganEvent(graph, sheet, { start, end });
  await graph.call({
    method: "PATCH",
    path: `/me/contacts/${encodeURIComponent(contactId)}/extensions/com.northfield.informationInterviews`,
    body: {
      "@odata.type": "microsoft.graph.openTypeExtension",
      extensionName: "com.northfield.informationInterviews",
      ...(await readContactRecord(graph, contactId)),
      events: JSON.stringify([{ eventId, start, end }]),
    },
    read: "none",
  });
  return { contactId, eventId };
}

function renderSection(
  graph: GraphClient,
  contactId: string,
  now: () => Date,
  locale: Locale = "en",
) {
  const services = appServices(sandbox.url, {
    host: createFakeHost({ kind: "browser", user: { userPrincipalName: STUDENT } }),
    graph,
    user: STUDENT_USER,
    now,
  });
  return render(
    <AppProviders services={services} locale={locale} route={{ view: "pipeline" }}>
      <MeetingSection contactId={contactId} />
    </AppProviders>,
  );
}

describe("practice run", { timeout: 30_000 }, () => {
  it("rehearses alone with the clock and the coach; the notes survive a reload and the real takeaways are untouched", async () => {
    const user = userEvent.setup();
    const graph = sandbox.appClient();
    const { contactId, eventId } = await morganBooked(graph);
    let clock = new Date("2026-12-05T18:00:00Z");
    const view = renderSection(graph, contactId, () => clock);

    await user.click(await screen.findByRole("button", { name: "Practice run" }));
    const panel = await screen.findByRole("region", { name: "Practice run" });
    expect(await within(panel).findByRole("radio", { name: "Rehearse alone" })).toHaveProperty(
      "checked",
      true,
    );
    // A shorter practice, then the clock.
    await user.selectOptions(
      within(panel).getByRole("combobox", { name: "Practice length" }),
      "10",
    );
    await user.click(within(panel).getByRole("button", { name: "Start the clock" }));
    const timer = within(panel).getByRole("timer", { name: "Time elapsed" });
    expect(timer.textContent).toContain("0:00 of 10:00");
    clock = new Date("2026-12-05T18:03:00Z");
    await waitFor(() => expect(timer.textContent).toContain("3:00 of 10:00"), { timeout: 3000 });
    expect(timer.textContent).toContain("7:00 left");
    expect(within(panel).getByText("About 5:00 per question")).toBeTruthy();

    // One question at a time; the coach flags the closed one and its open version replaces it.
    expect(within(panel).getByText("Question 1 of 2")).toBeTruthy();
    expect(within(panel).getByText(QUESTIONS[0]!.text)).toBeTruthy();
    await user.click(within(panel).getByRole("button", { name: "Next question" }));
    expect(within(panel).getByText(QUESTIONS[1]!.text)).toBeTruthy();
    await user.click(
      within(panel).getByRole("button", { name: "Use the open version of question 2" }),
    );
    await within(panel).findByText("Question 2 is updated in your list.");
    const reworked = decodeInterviewExtension(await readContactRecord(graph, contactId)).questions;
    expect(reworked[1]?.text).not.toBe(QUESTIONS[1]!.text);
    expect(reworked[0]?.text).toBe(QUESTIONS[0]!.text);

    // Private notes autosave.
    await user.type(
      within(panel).getByRole("textbox", { name: /Practice notes/ }),
      "Slow down at question 2.",
    );
    await within(panel).findByText("Saved", {}, { timeout: 5000 });
    await waitFor(async () => {
      const record = decodeInterviewExtension(await readContactRecord(graph, contactId));
      expect(record.practice?.notes).toBe("Slow down at question 2.");
      expect(record.practice?.minutes).toBe(10);
    });

    // Reload: the note (and the length) are still there.
    view.unmount();
    renderSection(graph, contactId, () => clock);
    await user.click(await screen.findByRole("button", { name: "Practice run" }));
    const again = await screen.findByRole("region", { name: "Practice run" });
    const notes = await within(again).findByRole("textbox", { name: /Practice notes/ });
    await waitFor(() =>
      expect((notes as HTMLTextAreaElement).value).toBe("Slow down at question 2."),
    );
    expect(
      (within(again).getByRole("combobox", { name: "Practice length" }) as HTMLSelectElement).value,
    ).toBe("10");

    // The real interview's takeaways and stage are untouched.
    const sheet = decodePrepSheetExtension(await readEventPrep(graph, eventId));
    expect(sheet?.takeaways.notes).toBe(TAKEAWAYS);
    expect(JSON.stringify(sheet)).not.toContain("Slow down");
    expect(decodeInterviewExtension(await readContactRecord(graph, contactId)).stage).toBe(
      "booked",
    );
  });

  it("books a practice call with a friend only after showing what they will receive, then cancels it", async () => {
    const user = userEvent.setup();
    const graph = sandbox.appClient();
    const { contactId, eventId } = await morganBooked(graph);
    renderSection(graph, contactId, () => new Date("2026-12-05T18:00:00Z"));
    await user.click(await screen.findByRole("button", { name: "Practice run" }));
    const panel = await screen.findByRole("region", { name: "Practice run" });
    await user.click(await within(panel).findByRole("radio", { name: "Invite someone you know" }));

    // The form offers a start and 20 minutes; a bad address is caught before anything is sent.
    expect((within(panel).getByLabelText(/^Call date/) as HTMLInputElement).value).toMatch(
      /^2026-12-0\d$/,
    );
    expect(
      (within(panel).getByRole("combobox", { name: "Call length" }) as HTMLSelectElement).value,
    ).toBe("20");
    await user.type(within(panel).getByRole("textbox", { name: /Their name/ }), "Sam Lee");
    await user.type(within(panel).getByRole("textbox", { name: /Their email address/ }), "sam");
    await user.click(within(panel).getByRole("checkbox", { name: QUESTIONS[1]!.text }));
    await user.click(within(panel).getByRole("button", { name: "Review the invitation" }));
    expect(
      await within(panel).findByText("Enter an email address such as name@example.com."),
    ).toBeTruthy();
    await user.type(
      within(panel).getByRole("textbox", { name: /Their email address/ }),
      ".lee@example.com",
    );
    const date = within(panel).getByLabelText(/^Call date/);
    await user.clear(date);
    await user.type(date, "2026-12-09");
    const time = within(panel).getByLabelText(/^Start time/);
    await user.clear(time);
    await user.type(time, "19:30");
    await user.selectOptions(within(panel).getByRole("combobox", { name: "Call length" }), "30");
    await user.click(within(panel).getByRole("button", { name: "Review the invitation" }));

    // The review: exactly what Sam gets, and still nothing in the calendar.
    const review = await within(panel).findByRole("region", { name: "What Sam Lee will receive" });
    expect(review.textContent).toContain("Sam Lee <sam.lee@example.com>");
    expect(review.textContent).toContain("Practice interview with Avery Chen (30 min)");
    expect(review.textContent).toContain(QUESTIONS[0]!.text);
    expect(review.textContent).not.toContain(QUESTIONS[1]!.text);
    expect(review.textContent).not.toContain("Morgan");
    expect(review.textContent).toContain("December 9");
    expect(await practiceEvents(graph)).toEqual([]);

    await user.click(within(review).getByRole("button", { name: "Send the invitation" }));
    await within(panel).findByText("Invitation sent to Sam Lee.");
    const booked = await within(panel).findByRole("region", { name: /^Practice call booked for/ });
    const sent = await practiceEvents(graph);
    expect(sent).toHaveLength(1);
    const body = sent[0]!.body.content;
    expect(body).toContain(QUESTIONS[0]!.text);
    expect(body).not.toContain(QUESTIONS[1]!.text);
    expect(body).not.toContain("Private research");
    expect(body).not.toContain(TAKEAWAYS);
    expect(
      within(booked).getByRole("link", { name: "Open the practice call in Outlook" }),
    ).toHaveProperty("href", sent[0]!.webLink);

    // Noted on the record's practice field; the interview's own event link is unchanged.
    const record = decodeInterviewExtension(await readContactRecord(graph, contactId));
    expect(record.practice?.call?.eventId).toBe(sent[0]!.id);
    expect(record.events.map((e) => e.eventId)).toEqual([eventId]);
    // Cancel asks first, then the event and the note are gone.
    await user.click(within(booked).getByRole("button", { name: "Cancel the practice call" }));
    await user.click(within(booked).getByRole("button", { name: "Yes, cancel the call" }));
    await within(panel).findByText("The practice call is cancelled.");
    expect(await practiceEvents(graph)).toEqual([]);
    const after = decodeInterviewExtension(await readContactRecord(graph, contactId));
    expect(after.practice?.call).toBeUndefined();
    expect(within(panel).getByRole("button", { name: "Review the invitation" })).toBeTruthy();
  });

  it("speaks Canadian French", async () => {
    const user = userEvent.setup();
    const graph = sandbox.appClient();
    const { contactId } = await morganBooked(graph);
    renderSection(graph, contactId, () => new Date("2026-12-05T18:00:00Z"), "fr-CA");
    await user.click(await screen.findByRole("button", { name: "Répétition" }));
    const panel = await screen.findByRole("region", { name: "Répétition" });
    expect(await within(panel).findByRole("radio", { name: "Répéter en solo" })).toBeTruthy();
    expect(within(panel).getByRole("button", { name: "Démarrer le chrono" })).toBeTruthy();
    expect(within(panel).getByText("Question 1 sur 2")).toBeTruthy();
    await user.click(
      within(panel).getByRole("radio", { name: "Inviter une personne que vous connaissez" }),
    );
    expect(await within(panel).findByRole("button", { name: "Relire l'invitation" })).toBeTruthy();
    expect(within(panel).getByRole("combobox", { name: "Durée de l'appel" })).toBeTruthy();
    await act(async () => undefined);
  });
});
