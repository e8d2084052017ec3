// The practice run in a browser: open an interview, "Practice run", rehearse alone with the clock,
// jot a note → reload → the note is still there and the real meeting's takeaways are untouched.
import type { APIRequestContext } from "@playwright/test";
import { createPrepSheet, encodePrepSheetExtension } from "../../src/domain/prepSheet";
import { expect, test } from "./fixtures";
import { addToInterviews, graph, interviewExtension, meetingNow, STUDENT } from "./graphAsUser";

const TAKEAWAYS = "Night shifts are easier with a mentor.";
const QUESTIONS = [
  { id: "q1", text: "What does a typical shift look like for you?" },
  { id: "q2", text: "Do you like working nights?" },
];

/** Priya in My interviews, with two chosen questions and a booked meeting holding takeaways. */
async function priyaBooked(request: APIRequestContext): Promise<string> {
  const record = {
    stage: "booked",
    source: "directory",
    questions: JSON.stringify(QUESTIONS),
    events: "[]",
    updatedAt: new Date().toISOString(),
  };
  const contactId = await addToInterviews(request, {
    displayName: "Priya Raman",
    givenName: "Priya",
    surname: "Raman",
    emailAddresses: [{ address: "priya.raman@northfield.example", name: "Priya Raman" }],
    extensions: [interviewExtension(record)],
  });
  const sheet = createPrepSheet({
    contactId,
    researchNotes: "Leads the night-shift nursing team.",
    questions: QUESTIONS,
    format: "teams",
  });
  sheet.takeaways.notes = TAKEAWAYS;
  const prep = encodePrepSheetExtension(sheet);
  if (!prep.ok) throw new Error("prep sheet too large");
  const times = meetingNow();
  const event = await graph(request, "POST", "/me/events", {
    subject: "Information interview: Avery Chen and Priya Raman",
    body: { contentType: "html", content: "<p>Thank you for agreeing to talk.</p>" },
    ...times,
    attendees: [
      {
        emailAddress: { address: "priya.raman@northfield.example", name: "Priya Raman" },
        type: "required",
      },
    ],
    isOnlineMeeting: true,
    onlineMeetingProvider: "teamsForBusiness",
    categories: ["Information interview"],
    extensions: [prep.value],
  });
  const iso = (t: { dateTime: string }) => new Date(`${t.dateTime}Z`).toISOString();
  await graph(
    request,
    "PATCH",
    `/me/contacts/${encodeURIComponent(contactId)}/extensions/com.northfield.informationInterviews`,
    interviewExtension({
      ...record,
      events: JSON.stringify([
        { eventId: String(event.id), start: iso(times.start), end: iso(times.end) },
      ]),
    }),
  );
  return contactId;
}

test("interview → Practice run → rehearse alone with the clock → note → reload → note kept, takeaways untouched", async ({
  page,
  watch,
}) => {
  const contactId = await priyaBooked(page.request);
  const open = async () => {
    await page.goto(
      `/tab.html?as=${encodeURIComponent(STUDENT)}&contact=${encodeURIComponent(contactId)}`,
    );
    await page.getByRole("tab", { name: "Meeting" }).click();
    await page.getByRole("button", { name: "Practice run" }).click();
    return page.getByRole("region", { name: "Practice run" });
  };
  let panel = await open();
  await panel.getByRole("button", { name: "Start the clock" }).click();
  await expect(panel.getByRole("timer", { name: "Time elapsed" })).toContainText("of 15:00");
  await expect(panel.getByText("Question 1 of 2")).toBeVisible();
  await panel.getByRole("button", { name: "Next question" }).click();
  await expect(panel.getByText(QUESTIONS[1]!.text)).toBeVisible();
  await panel
    .getByRole("textbox", { name: /Practice notes/ })
    .pressSequentially("Pause before answering.", { delay: 10 });
  await expect(panel.getByText("Saved", { exact: true })).toBeVisible();

  await page.reload();
  panel = await open();
  await expect(panel.getByRole("textbox", { name: /Practice notes/ })).toHaveValue(
    "Pause before answering.",
  );
  // The real meeting's takeaways, below, are as they were.
  await expect(page.getByRole("textbox", { name: /^Takeaways/ })).toHaveValue(TAKEAWAYS);
  expect(watch.errors).toEqual([]);
});
