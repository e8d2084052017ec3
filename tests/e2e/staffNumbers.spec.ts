// A sender whose sign-in name is a staff number (UPN ≠ mail): card, add, notes, book, prep, thanks.
import { expect, surfaces, test } from "./fixtures";
import { graph, meetingNow, STUDENT } from "./graphAsUser";

/** Jordan Blake signs in as s1234567@northfield.example; Outlook shows their mail. */
const JORDAN = { name: "Jordan Blake", mail: "jordan.blake@northfield.example" };

interface BookedEvent {
  id: string;
  subject: string;
  attendees: Array<{ emailAddress: { address: string } }>;
}

test("Outlook message from a staff-number sender: card, Add, notes, book, prep sheet, thank-you", async ({
  page,
  watch,
}) => {
  test.setTimeout(120_000);
  await page.goto(
    `/?as=${encodeURIComponent(STUDENT)}&surface=outlook-message&from=${encodeURIComponent(JORDAN.mail)}`,
  );
  const pane = surfaces(page).taskPane;
  await expect(pane.getByRole("heading", { name: JORDAN.name, exact: true })).toBeVisible();
  await expect(pane.getByText("Research Engineer").first()).toBeVisible();
  await expect(pane.getByText("Not in your organisation's directory.")).toHaveCount(0);

  await pane.getByRole("button", { name: "Add to my interviews" }).click();
  await pane.getByRole("button", { name: "Open interview" }).click();

  await pane.getByRole("textbox", { name: "Research notes" }).fill("Ask about the robotics lab");
  await expect(pane.getByText("Saved", { exact: true })).toBeVisible({ timeout: 15_000 });

  await pane
    .getByRole("tablist", { name: "Interview sections" })
    .getByRole("tab", { name: "Arrange" })
    .click();
  await pane.getByRole("button", { name: "Find times" }).click();
  const first = pane
    .getByRole("radiogroup", { name: "Times that suit you both" })
    .getByRole("radio");
  await first.first().check();
  await pane.getByRole("button", { name: "Book interview" }).click();
  await expect(pane.getByText(/^Booked for/u)).toBeVisible({ timeout: 15_000 });

  const events = (await graph(page.request, "GET", "/me/events?$select=subject,attendees&$top=100"))
    .value as BookedEvent[];
  const booked = events.filter((e) => e.subject.startsWith("Information interview"));
  const withJordan = booked.filter((e) =>
    e.attendees.some((a) => a.emailAddress.address.toLowerCase() === JORDAN.mail),
  );
  expect(withJordan).toHaveLength(1);

  // The meeting panel shows the interview running now: bring the booked meeting to now.
  const eventId = withJordan[0]!.id;
  await graph(page.request, "PATCH", `/me/events/${encodeURIComponent(eventId)}`, meetingNow());
  await page.goto(
    `/?as=${encodeURIComponent(STUDENT)}&surface=outlook-appointment&event=${encodeURIComponent(eventId)}`,
  );
  const panel = surfaces(page).sidePanel;
  await expect(panel.getByRole("timer", { name: "Time elapsed" })).toBeVisible({
    timeout: 20_000,
  });
  const takeaway = "Visit the robotics lab open house";
  await panel.getByRole("textbox", { name: "Takeaways" }).fill(takeaway);
  await expect(panel.getByText("Saved", { exact: true })).toBeVisible({ timeout: 15_000 });
  await panel.getByRole("button", { name: "Draft thank-you" }).click();
  await expect(panel.getByText(/Draft saved in your Drafts folder/)).toBeVisible({
    timeout: 15_000,
  });
  const drafts = (
    await graph(
      page.request,
      "GET",
      `/me/messages?$filter=${encodeURIComponent("isDraft eq true")}&$select=subject,body,toRecipients`,
    )
  ).value as Array<{
    subject: string;
    body: { content: string };
    toRecipients: Array<{ emailAddress: { address: string } }>;
  }>;
  const thanks = drafts.find((m) =>
    m.toRecipients.some((r) => r.emailAddress.address.toLowerCase() === JORDAN.mail),
  );
  expect(thanks?.subject).toContain("Thank you for your time");
  expect(thanks?.body.content).toContain(takeaway);
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
});
