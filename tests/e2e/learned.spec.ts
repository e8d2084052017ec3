// "What I've learned" in a browser: answers typed on a meeting's prep sheet in the side panel show
// in the personal tab under their question's theme, with who said them, export as Markdown, and
// only their counts reach the career centre when the student shares.
import { readFile } from "node:fs/promises";
import type { APIRequestContext } from "@playwright/test";
import { createPrepSheet, encodePrepSheetExtension } from "../../src/domain/prepSheet";
import { EXTENSION_NAME } from "../../src/domain/interview";
import { DEMO_LIST_IDS, DEMO_SITE_ID } from "../../sandbox/tenants/demo";
import { axeProblems } from "./a11yHelpers";
import { expect, SANDBOX, surfaces, test } from "./fixtures";
import {
  ADVISOR,
  addToInterviews,
  graph,
  interviewExtension,
  meetingNow,
  STUDENT,
} from "./graphAsUser";

const CONTACT = { name: "Priya Raman", email: "priya.raman@northfield.example" };
const PATH_QUESTION = "What steps brought you to nursing?";
const OWN_QUESTION = "Do night shifts get easier?";
const ANSWERS_SUMMARY = "Answers";

/** Priya in My interviews, a meeting with her running now, its prep sheet linked both ways. */
async function bookInterview(request: APIRequestContext): Promise<{ eventId: string }> {
  const record = {
    stage: "booked",
    source: "directory",
    questions: "[]",
    updatedAt: new Date().toISOString(),
  };
  const contactId = await addToInterviews(request, {
    displayName: CONTACT.name,
    givenName: "Priya",
    surname: "Raman",
    jobTitle: "Charge Nurse",
    emailAddresses: [{ address: CONTACT.email, name: CONTACT.name }],
    extensions: [interviewExtension({ ...record, events: "[]" })],
  });
  const sheet = createPrepSheet({
    contactId,
    researchNotes: "Leads the night-shift nursing team at the hospital.",
    questions: [
      { id: "bank:path-02", text: PATH_QUESTION },
      { id: "own-1", text: OWN_QUESTION },
    ],
    format: "teams",
  });
  const prep = encodePrepSheetExtension(sheet);
  if (!prep.ok) throw new Error("prep sheet too large");
  const times = meetingNow();
  const event = await graph(request, "POST", "/me/events", {
    subject: "Information interview: Avery Chen and Priya Raman",
    body: { contentType: "html", content: "<p>Thank you for agreeing to talk.</p>" },
    ...times,
    attendees: [{ emailAddress: { address: CONTACT.email, name: CONTACT.name }, type: "required" }],
    isOnlineMeeting: true,
    onlineMeetingProvider: "teamsForBusiness",
    categories: ["Information interview"],
    extensions: [prep.value],
  });
  const eventId = String(event.id);
  // Link the event in Priya's record as the booking does (an extension PATCH answers 204).
  const token = (await (
    await request.post(`${SANDBOX}/_sandbox/token`, { data: { userPrincipalName: STUDENT } })
  ).json()) as { access_token: string };
  const linked = await request.fetch(
    `${SANDBOX}/v1.0/me/contacts/${encodeURIComponent(contactId)}/extensions/${EXTENSION_NAME}`,
    {
      method: "PATCH",
      headers: {
        Authorization: `Bearer ${token.access_token}`,
        "Content-Type": "application/json",
      },
      data: interviewExtension({
        ...record,
        events: JSON.stringify([
          { eventId, start: `${times.start.dateTime}Z`, end: `${times.end.dateTime}Z` },
        ]),
      }),
    },
  );
  expect(linked.ok()).toBe(true);
  return { eventId };
}

test("answers typed in the side panel → What I've learned groups them by theme, names Priya, exports Markdown", async ({
  page,
  watch,
}) => {
  const { eventId } = await bookInterview(page.request);
  await page.goto(
    `/?as=${encodeURIComponent(STUDENT)}&surface=outlook-appointment&event=${encodeURIComponent(eventId)}`,
  );
  const { sidePanel, tab } = surfaces(page);

  const notes = sidePanel.getByRole("textbox", { name: "Takeaways" });
  await expect(notes).toBeVisible({ timeout: 20_000 });
  // The answers under each question are folded away until opened.
  await sidePanel.getByText(ANSWERS_SUMMARY, { exact: true }).click();
  const answer = sidePanel.getByRole("textbox", { name: `Answer: ${PATH_QUESTION}` });
  await answer.fill("Two years as a *care aide*, then the nursing degree.");
  await sidePanel
    .getByRole("textbox", { name: `Answer: ${OWN_QUESTION}` })
    .fill("Only with a fixed sleep routine.");
  await notes.fill("Ask about the co-op unit.");
  await expect(sidePanel.getByText("Saved", { exact: true })).toBeVisible({ timeout: 15_000 });

  await tab.getByRole("tab", { name: "What I've learned" }).click();
  await expect(tab.getByRole("heading", { name: "What I've learned", level: 2 })).toBeVisible();
  const path = tab.getByRole("region", { name: /The path into the role/ });
  await expect(path).toContainText(PATH_QUESTION, { timeout: 15_000 });
  await expect(path).toContainText("Two years as a *care aide*, then the nursing degree.");
  await expect(path).toContainText("Priya Raman, Charge Nurse");
  await expect(tab.getByRole("region", { name: /My own questions/ })).toContainText(
    "Only with a fixed sleep routine.",
  );
  await expect(tab.getByRole("region", { name: "General notes" })).toContainText(
    "Ask about the co-op unit.",
  );

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    tab.getByRole("button", { name: "Export as Markdown" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("what-i-have-learned.md");
  const markdown = await readFile((await download.path())!, "utf8");
  expect(markdown).toContain("## The path into the role");
  expect(markdown).toContain(`### ${PATH_QUESTION}`);
  expect(markdown).toContain("Two years as a \\*care aide\\*, then the nursing degree.");
  expect(markdown).toContain("*— Priya Raman, Charge Nurse · ");

  // Sharing counts: off until Avery turns it on; then the centre's list holds numbers, no words.
  const share = tab.getByRole("switch", { name: "Share my counts with the career centre" });
  await expect(share).not.toBeChecked();
  await share.click();
  const shared = tab.getByRole("table", { name: "What the career centre has" });
  await expect(shared.getByRole("row", { name: /The path into the role/ })).toContainText("1");
  await expect(share).toBeChecked();
  // The view with its sharing section passes axe (WCAG A/AA) in the Teams tab.
  expect(
    await axeProblems(page, "What I've learned, sharing on", ['iframe[title="Teams tab"]']),
  ).toEqual([]);
  const rows = await graph<{ value: Array<{ fields: Record<string, unknown> }> }>(
    page.request,
    "GET",
    `/sites/${DEMO_SITE_ID}/lists/${DEMO_LIST_IDS.takeawayCounts}/items?$expand=fields`,
    undefined,
    ADVISOR,
  );
  // The demo's five sharing students, and now Avery.
  expect(rows.value).toHaveLength(6);
  expect(JSON.stringify(rows.value.map((row) => row.fields))).not.toMatch(
    /care aide|sleep routine|co-op|Priya|nursing/u,
  );
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
});
