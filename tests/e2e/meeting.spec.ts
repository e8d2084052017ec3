// Step 5 in a browser: a booked interview open in the workbench's meeting side panel → questions
// and
// timekeeper → takeaways typed → "Draft thank-you" → a draft to the contact that names the takeaway.
import type { APIRequestContext } from "@playwright/test";
import { createPrepSheet, encodePrepSheetExtension } from "../../src/domain/prepSheet";
import { expect, surfaces, test } from "./fixtures";
import { graph, interviewExtension, meetingNow, STUDENT } from "./graphAsUser";

const CONTACT = { name: "Priya Raman", email: "priya.raman@northfield.example" };

/** Books an interview with Priya for the student, running now, with a prep sheet on it. */
async function bookInterview(request: APIRequestContext): Promise<{ eventId: string }> {
  const contact = await graph(request, "POST", "/me/contacts", {
    displayName: CONTACT.name,
    givenName: "Priya",
    surname: "Raman",
    emailAddresses: [{ address: CONTACT.email, name: CONTACT.name }],
    extensions: [
      interviewExtension({
        stage: "booked",
        source: "directory",
        questions: "[]",
        events: "[]",
        updatedAt: new Date().toISOString(),
      }),
    ],
  });
  const sheet = createPrepSheet({
    contactId: String(contact.id),
    researchNotes: "Leads the night-shift nursing team at the hospital.",
    questions: [
      { id: "q1", text: "What does a typical shift look like for you?" },
      { id: "q2", text: "What do you wish you had known as a new nurse?" },
    ],
    format: "teams",
  });
  const prep = encodePrepSheetExtension(sheet);
  if (!prep.ok) throw new Error("prep sheet too large");
  const event = await graph(request, "POST", "/me/events", {
    subject: "Information interview: Avery Chen and Priya Raman",
    body: { contentType: "html", content: "<p>Thank you for agreeing to talk.</p>" },
    ...meetingNow(),
    attendees: [{ emailAddress: { address: CONTACT.email, name: CONTACT.name }, type: "required" }],
    isOnlineMeeting: true,
    onlineMeetingProvider: "teamsForBusiness",
    categories: ["Information interview"],
    extensions: [prep.value],
  });
  return { eventId: String(event.id) };
}

test("side panel: questions and timer → takeaways → Draft thank-you → a draft to the contact naming a takeaway", async ({
  page,
  watch,
}) => {
  const { eventId } = await bookInterview(page.request);
  await page.goto(
    `/?as=${encodeURIComponent(STUDENT)}&surface=outlook-appointment&event=${encodeURIComponent(eventId)}`,
  );
  const panel = surfaces(page).sidePanel;

  const timer = panel.getByRole("timer", { name: "Time elapsed" });
  await expect(timer).toBeVisible({ timeout: 20_000 });
  await expect(timer).toContainText("of 30:00");
  await expect(
    panel.getByRole("checkbox", { name: "What does a typical shift look like for you?" }),
  ).toBeVisible();
  await panel
    .getByRole("checkbox", { name: "What does a typical shift look like for you?" })
    .check();

  const takeaway = "Shadow a charge nurse on the Tuesday night rotation";
  await panel.getByRole("textbox", { name: "Takeaways" }).fill(takeaway);
  await expect(panel.getByText("Saved", { exact: true })).toBeVisible({ timeout: 15_000 });

  await panel.getByRole("button", { name: "Draft thank-you" }).click();
  await expect(panel.getByText(/Draft saved in your Drafts folder/)).toBeVisible({
    timeout: 15_000,
  });

  const drafts = await graph(
    page.request,
    "GET",
    `/me/messages?$filter=${encodeURIComponent("isDraft eq true")}&$select=subject,body,toRecipients`,
  );
  const value = drafts.value as Array<{
    subject: string;
    body: { content: string };
    toRecipients: Array<{ emailAddress: { address: string } }>;
  }>;
  const thankYou = value.find((m) =>
    m.toRecipients.some((r) => r.emailAddress.address.toLowerCase() === CONTACT.email),
  );
  expect(thankYou?.subject).toContain("Thank you for your time");
  expect(thankYou?.body.content).toContain(takeaway);
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
});
