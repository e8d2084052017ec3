// The practice run from an interview's meeting section, against a real sandbox: rehearse alone with
// the clock and the coach, private notes that survive a reload apart from the real takeaways, and
// the friend's draft; in English and Canadian French.
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

  it("drafts a practice call for a friend after checking the details, with only the ticked questions", async () => {
    const user = userEvent.setup();
    const graph = sandbox.appClient();
    const { contactId } = await morganBooked(graph);
    renderSection(graph, contactId, () => new Date("2026-12-05T18:00:00Z"));
    await user.click(await screen.findByRole("button", { name: "Practice run" }));
    const panel = await screen.findByRole("region", { name: "Practice run" });
    await user.click(await within(panel).findByRole("radio", { name: "Invite someone you know" }));

    await user.type(within(panel).getByRole("textbox", { name: /Their name/ }), "Sam Lee");
    await user.type(within(panel).getByRole("textbox", { name: /Their email address/ }), "sam");
    await user.click(within(panel).getByRole("checkbox", { name: QUESTIONS[1]!.text }));
    await user.click(within(panel).getByRole("button", { name: "Create the draft" }));
    expect(
      await within(panel).findByText("Enter an email address such as name@example.com."),
    ).toBeTruthy();
    expect(await sandbox.draftSubjects()).toEqual([]);

    await user.type(
      within(panel).getByRole("textbox", { name: /Their email address/ }),
      ".lee@example.com",
    );
    await user.click(within(panel).getByRole("button", { name: "Create the draft" }));
    await within(panel).findByText("The draft is in your Outlook Drafts. Review it, then send it.");
    const answer = await sandbox.graphJson<{
      value: Array<{ subject: string; body: { content: string } }>;
    }>("/me/mailFolders/drafts/messages?$select=subject,body");
    expect(answer.body.value).toHaveLength(1);
    const body = answer.body.value[0]!.body.content;
    expect(body).toContain(QUESTIONS[0]!.text);
    expect(body).not.toContain(QUESTIONS[1]!.text);
    expect(body).not.toContain("Private research");
    expect(body).not.toContain(TAKEAWAYS);
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
    await act(async () => undefined);
  });
});
