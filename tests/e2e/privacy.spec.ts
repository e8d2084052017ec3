// Privacy in a browser: after research notes, questions, a request, a booking, takeaways and a
// thank-you, nothing private reaches the contact — not in the request mail, the invitation or the
// attendee's copy of the event (which carries no prep sheet) — and the thank-you quotes only takeaways.
import type { APIRequestContext, Page } from "@playwright/test";
import { EXTENSION_NAME } from "../../src/domain/interview";
import { expect, SANDBOX, test } from "./fixtures";

const STUDENT = "avery.chen@northfield.example";
const CONTACT = { name: "Priya Raman", given: "Priya", email: "priya.raman@northfield.example" };

// Distinctive strings that must never reach the contact (except the takeaway, in the thank-you).
const NOTES_FROM_GRAPH = "PRIVATE-NOTE-7f3a: seems tired of students asking for jobs";
const NOTES_TYPED = "PRIVATE-TYPED-2c9e salary rumour from the forum";
const QUESTION = "PRIVATE-QUESTION-5b1d what do you earn as a Charge Nurse?";
const TAKEAWAY = "PRIVATE-TAKEAWAY-9e4c shadow the Tuesday night charge nurse rotation";

async function tokenFor(request: APIRequestContext, upn: string): Promise<string> {
  const answer = await request.post(`${SANDBOX}/_sandbox/token`, {
    data: { userPrincipalName: upn },
  });
  expect(answer.ok()).toBe(true);
  return ((await answer.json()) as { access_token: string }).access_token;
}

async function graph<T>(
  request: APIRequestContext,
  upn: string,
  method: string,
  path: string,
  data?: unknown,
): Promise<T> {
  const answer = await request.fetch(`${SANDBOX}/v1.0${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await tokenFor(request, upn)}`,
      "Content-Type": "application/json",
    },
    ...(data === undefined ? {} : { data }),
  });
  expect(answer.ok(), `${method} ${path}: ${answer.status()}`).toBe(true);
  return (await answer.json()) as T;
}

/** Priya as an interview with private notes and a private question. */
async function addInterview(request: APIRequestContext): Promise<string> {
  const folder = await graph<{ id: string }>(request, STUDENT, "POST", "/me/contactFolders", {
    displayName: "Information interviews",
  });
  const contact = await graph<{ id: string }>(
    request,
    STUDENT,
    "POST",
    `/me/contactFolders/${folder.id}/contacts`,
    {
      displayName: CONTACT.name,
      givenName: CONTACT.given,
      emailAddresses: [{ address: CONTACT.email, name: CONTACT.name }],
      personalNotes: NOTES_FROM_GRAPH,
      extensions: [
        {
          "@odata.type": "microsoft.graph.openTypeExtension",
          extensionName: EXTENSION_NAME,
          stage: "questionsReady",
          source: "directory",
          questions: JSON.stringify([{ id: "own-1", text: QUESTION }]),
          events: "[]",
          updatedAt: new Date().toISOString(),
        },
      ],
    },
  );
  return contact.id;
}

async function openSection(page: Page, name: string) {
  await page
    .getByRole("tablist", { name: "Interview sections" })
    .getByRole("tab", { name })
    .click();
}

interface Item {
  subject?: string;
  body?: { content?: string };
  bodyPreview?: string;
  location?: { displayName?: string };
  extensions?: unknown[];
  toRecipients?: Array<{ emailAddress: { address: string } }>;
}

/** Everything the contact could read in an item, as one string. */
function readable(item: Item): string {
  return [item.subject, item.body?.content, item.bodyPreview, item.location?.displayName].join(
    "\n",
  );
}

test("nothing private reaches the contact: request, invitation, attendee's copy, thank-you", async ({
  page,
  watch,
}) => {
  const contactId = await addInterview(page.request);
  await page.goto(`/tab.html?as=${STUDENT}&contact=${contactId}`);

  // Research notes typed in the pane, on top of those already saved.
  const notes = page.getByRole("textbox", { name: "Research notes" });
  await expect(notes).toHaveValue(new RegExp(NOTES_FROM_GRAPH.slice(0, 12), "u"));
  await notes.fill(`${NOTES_FROM_GRAPH}\n${NOTES_TYPED}`);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  // The request, drafted, then the booking.
  await openSection(page, "Arrange");
  await expect(page.getByRole("textbox", { name: "Message" })).toHaveValue(
    /not looking for a job/u,
  );
  await page.getByRole("button", { name: "Draft request" }).click();
  await expect(page.getByText(/Saved in your Drafts folder/u)).toBeVisible();
  await page.getByRole("button", { name: "Find times" }).click();
  await page
    .getByRole("radiogroup", { name: "Times that suit you both" })
    .getByRole("radio")
    .first()
    .check();
  await page.getByRole("button", { name: "Book interview" }).click();
  await expect(page.getByText(/^Booked for/u)).toBeVisible();

  // Takeaways on the booked meeting, then the thank-you.
  await openSection(page, "Meeting");
  const takeaways = page.getByRole("textbox", { name: "Takeaways" });
  await takeaways.fill(TAKEAWAY);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "Draft thank-you" }).click();
  await expect(page.getByText(/Draft saved in your Drafts folder/u)).toBeVisible({
    timeout: 15_000,
  });

  const privateNotes = [NOTES_FROM_GRAPH, NOTES_TYPED, QUESTION].map((m) => m.slice(0, 16));
  const takeawayMarker = TAKEAWAY.slice(0, 20);

  // The mailbox: a request and a thank-you, both to Priya.
  const drafts = await graph<{ value: Item[] }>(
    page.request,
    STUDENT,
    "GET",
    `/me/messages?$filter=${encodeURIComponent("isDraft eq true")}&$select=subject,body,bodyPreview,toRecipients`,
  );
  const toPriya = drafts.value.filter((m) =>
    m.toRecipients?.some((r) => r.emailAddress.address.toLowerCase() === CONTACT.email),
  );
  const request = toPriya.find((m) => m.subject?.startsWith("Could I ask you about your work"));
  const thankYou = toPriya.find((m) => m.subject?.startsWith("Thank you for your time"));
  expect(request, "request draft").toBeDefined();
  expect(thankYou, "thank-you draft").toBeDefined();
  for (const marker of [...privateNotes, takeawayMarker]) {
    expect(readable(request!), "request mail").not.toContain(marker);
  }
  for (const marker of privateNotes) {
    expect(readable(thankYou!), "thank-you").not.toContain(marker);
  }
  // The thank-you is drafted from the takeaways on purpose (the user reviews it before sending).
  expect(readable(thankYou!)).toContain(takeawayMarker);

  // The organizer's event: the invitation text is clean; the prep sheet is on it, privately.
  const mine = await graph<{ value: Item[] }>(
    page.request,
    STUDENT,
    "GET",
    `/me/events?$select=subject,body,bodyPreview,location&$expand=extensions&$top=100`,
  );
  const booked = mine.value.filter((e) => e.subject?.startsWith("Information interview"));
  expect(booked).toHaveLength(1);
  for (const marker of [...privateNotes, takeawayMarker]) {
    expect(readable(booked[0]!), "invitation").not.toContain(marker);
  }
  expect(JSON.stringify(booked[0]!.extensions)).toContain(takeawayMarker);

  // Priya's own copy: clean, and no prep sheet (no extension at all).
  const theirs = await graph<{ value: Item[] }>(
    page.request,
    CONTACT.email,
    "GET",
    `/me/events?$select=subject,body,bodyPreview,location&$expand=extensions&$top=200`,
  );
  const copy = theirs.value.filter((e) => e.subject?.startsWith("Information interview"));
  expect(copy).toHaveLength(1);
  expect(copy[0]!.extensions ?? []).toEqual([]);
  const everything = JSON.stringify(copy[0]);
  for (const marker of [...privateNotes, takeawayMarker]) {
    expect(everything, "attendee's copy").not.toContain(marker);
  }
  expect(watch.errors).toEqual([]);
  expect(watch.external).toEqual([]);
});
