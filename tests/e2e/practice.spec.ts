// The practice run in a browser: open an interview, "Practice run", rehearse alone with the clock,
// jot a note → reload → the note is still there and the real meeting's takeaways are untouched;
// and a friend's practice call reviewed, sent once, kept across a reload, then cancelled.
import type { APIRequestContext } from "@playwright/test";
import { createPrepSheet, encodePrepSheetExtension } from "../../src/domain/prepSheet";
import { expect, test } from "./fixtures";
import { axeProblems } from "./a11yHelpers";
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

/** The practice calls in the student's calendar (the interview's own event left out). */
async function practiceEvents(
  request: APIRequestContext,
): Promise<Array<{ id: string; subject: string; body: { content: string } }>> {
  const answer = await graph<{
    value: Array<{ id: string; subject: string; body: { content: string } }>;
  }>(request, "GET", "/me/events?$select=subject,body&$top=50");
  return answer.value.filter((e) => e.subject.startsWith("Practice interview"));
}

test("Practice run → invite a friend → review what they get → send once → booked line → cancel", async ({
  page,
  watch,
}) => {
  // The narrow pane first: every step must fit 320 px without sideways scrolling, and pass axe.
  await page.setViewportSize({ width: 320, height: 900 });
  const fits = async (label: string) => {
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      label,
    ).toBeLessThanOrEqual(320);
    expect(await axeProblems(page, label)).toEqual([]);
  };
  const contactId = await priyaBooked(page.request);
  await page.goto(
    `/tab.html?as=${encodeURIComponent(STUDENT)}&contact=${encodeURIComponent(contactId)}`,
  );
  await page.getByRole("tab", { name: "Meeting" }).click();
  await page.getByRole("button", { name: "Practice run" }).click();
  const panel = page.getByRole("region", { name: "Practice run" });
  await panel.getByRole("radio", { name: "Invite someone you know" }).check();
  await fits("practice call form");
  await panel.getByRole("textbox", { name: /Their name/ }).fill("Jo Park");
  await panel.getByRole("textbox", { name: /Their email address/ }).fill("jo.park@example.com");
  await panel.getByRole("checkbox", { name: QUESTIONS[1]!.text }).uncheck();
  // The offered start (the next sensible half hour) and the default 20 minutes are kept.
  await panel.getByRole("button", { name: "Review the invitation" }).click();

  const review = panel.getByRole("region", { name: "What Jo Park will receive" });
  await expect(review).toContainText("Practice interview with Avery Chen (20 min)");
  await expect(review).toContainText(QUESTIONS[0]!.text);
  await expect(review).not.toContainText(QUESTIONS[1]!.text);
  await expect(review).not.toContainText("Priya");
  expect(await practiceEvents(page.request)).toEqual([]);
  await fits("practice call review");

  await review.getByRole("button", { name: "Send the invitation" }).click();
  await expect(panel.getByText("Invitation sent to Jo Park.")).toBeVisible();
  const booked = panel.getByRole("region", { name: /^Practice call booked for/ });
  await expect(
    booked.getByRole("link", { name: "Open the practice call in Outlook" }),
  ).toHaveAttribute("href", /^https:\/\//);
  await fits("practice call booked");
  const sent = await practiceEvents(page.request);
  expect(sent).toHaveLength(1);
  expect(sent[0]!.body.content).not.toContain("night-shift");
  expect(sent[0]!.body.content).not.toContain(TAKEAWAYS);

  // Still booked after a reload (it is on the record), then cancelled after a confirmation.
  await page.reload();
  await page.getByRole("tab", { name: "Meeting" }).click();
  await page.getByRole("button", { name: "Practice run" }).click();
  const again = page.getByRole("region", { name: /^Practice call booked for/ });
  await again.getByRole("button", { name: "Cancel the practice call" }).click();
  await again.getByRole("button", { name: "Yes, cancel the call" }).click();
  await expect(page.getByText("The practice call is cancelled.")).toBeVisible();
  expect(await practiceEvents(page.request)).toEqual([]);
  // The real meeting below is untouched.
  await expect(page.getByRole("textbox", { name: /^Takeaways/ })).toHaveValue(TAKEAWAYS);
  expect(watch.errors).toEqual([]);
});
