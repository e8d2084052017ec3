// Step 4 in a browser: find times, pick one, book — the event is in the sandbox calendar at that
// time — and "Draft request" leaves a draft in the sandbox mailbox.
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  addToInterviews,
  type DirectoryPerson,
  firstProfessional,
  graph,
  interviewExtension,
  STUDENT,
} from "./graphAsUser";

/** A professional from the demo directory, added to the student's interviews. */
async function addInterview(
  request: APIRequestContext,
): Promise<{ id: string; person: DirectoryPerson }> {
  const person = await firstProfessional(request);
  const id = await addToInterviews(request, {
    displayName: person.displayName,
    givenName: person.givenName,
    emailAddresses: [{ address: person.mail, name: person.displayName }],
    personalNotes: "Private: remember to ask about the move from the lab",
    extensions: [
      interviewExtension({
        stage: "questionsReady",
        source: "directory",
        questions: JSON.stringify([{ id: "own-1", text: "What drew you to this field?" }]),
        events: "[]",
        updatedAt: "2026-11-26T00:00:00.000Z",
      }),
    ],
  });
  return { id, person };
}

async function openArrange(page: Page, contactId: string) {
  await page.goto(`/tab.html?as=${STUDENT}&contact=${contactId}`);
  await page
    .getByRole("tablist", { name: "Interview sections" })
    .getByRole("tab", { name: "Arrange" })
    .click();
}

test("find times, pick one, book: the event is in the calendar at that time", async ({
  page,
  request,
  watch,
}) => {
  const { id, person } = await addInterview(request);
  await openArrange(page, id);
  await page.getByRole("button", { name: "Find times" }).click();
  const group = page.getByRole("radiogroup", { name: "Times that suit you both" });
  const first = group.getByRole("radio").first();
  await expect(first).toBeVisible();
  const start = await first.getAttribute("value");
  // Each option is named by its start, the date spelled out.
  await expect(first).toHaveAccessibleName(/^You: \w+day, \w+ \d+, \d+:\d\d [ap]\.m\./u);
  await first.check();
  await page.getByRole("button", { name: "Book interview" }).click();
  await expect(page.getByText(/^Booked for/u)).toBeVisible();

  const events = (await graph(
    request,
    "GET",
    "/me/events?$select=subject,start,end,attendees&$top=100",
    undefined,
    STUDENT,
    { Prefer: 'outlook.timezone="UTC"' },
  )) as {
    value: Array<{
      subject: string;
      start: { dateTime: string };
      attendees: Array<{ emailAddress: { address: string } }>;
    }>;
  };
  const booked = events.value.filter((e) => e.subject.startsWith("Information interview"));
  expect(booked).toHaveLength(1);
  expect(new Date(`${booked[0]!.start.dateTime.replace(/Z$/u, "")}Z`).toISOString()).toBe(
    new Date(start!).toISOString(),
  );
  expect(booked[0]!.attendees.map((a) => a.emailAddress.address)).toEqual([person.mail]);
  await expect(page.getByRole("button", { name: "Move to the chosen time" })).toBeVisible();
  expect(watch.external).toEqual([]);
});

test("Draft request leaves a draft to the contact in the mailbox", async ({ page, request }) => {
  const { id, person } = await addInterview(request);
  await openArrange(page, id);
  await expect(page.getByRole("textbox", { name: "Message" })).toHaveValue(
    /I am not looking for a job/u,
  );
  await page.getByRole("button", { name: "Draft request" }).click();
  await expect(page.getByText(/Saved in your Drafts folder/u)).toBeVisible();
  const drafts = (await graph(
    request,
    "GET",
    "/me/mailFolders/drafts/messages?$select=subject,toRecipients,body",
  )) as {
    value: Array<{
      subject: string;
      toRecipients: Array<{ emailAddress: { address: string } }>;
      body: { content: string };
    }>;
  };
  const draft = drafts.value.find((m) => m.toRecipients[0]?.emailAddress.address === person.mail);
  expect(draft?.subject).toMatch(/^Could I ask you about your work\?/u);
  expect(draft?.body.content).not.toContain("Private");
});
