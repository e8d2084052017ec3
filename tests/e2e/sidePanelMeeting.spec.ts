// The workbench's meeting side panel, told only Teams' chat id: of two upcoming interviews it shows
// the one whose chat it is in, and a Teams meeting booked outside the app is found and can be made
// an information interview.
import type { APIRequestContext } from "@playwright/test";
import { EXTENSION_NAME } from "../../src/domain/interview";
import { threadOfJoinUrl } from "../../src/domain/meetingThread";
import { createPrepSheet, encodePrepSheetExtension } from "../../src/domain/prepSheet";
import { expect, test } from "./fixtures";
import {
  addToInterviews,
  firstProfessional,
  graph,
  interviewExtension,
  STUDENT,
} from "./graphAsUser";

const DAY = 24 * 60 * 60_000;

/** Graph's start/end for half an hour starting `days` from now (whole minutes, UTC). */
function inDays(days: number) {
  const start = new Date(Math.floor((Date.now() + days * DAY) / 60_000) * 60_000);
  const at = (d: Date) => ({ dateTime: d.toISOString().slice(0, 19), timeZone: "UTC" });
  return { start: at(start), end: at(new Date(start.getTime() + 30 * 60_000)) };
}

/** Books a Teams meeting as the student, with a prep sheet when `contactId` is given; its chat. */
async function teamsMeeting(
  request: APIRequestContext,
  subject: string,
  days: number,
  attendee: { name: string; address: string },
  contactId?: string,
): Promise<{ id: string; chat: string }> {
  const sheet = contactId
    ? encodePrepSheetExtension(
        createPrepSheet({
          contactId,
          researchNotes: subject,
          questions: [{ id: "q1", text: "How did you start?" }],
          format: "teams",
        }),
      )
    : null;
  if (sheet && !sheet.ok) throw new Error("prep sheet too large");
  const event = await graph<{ id: string }>(request, "POST", "/me/events", {
    subject,
    body: { contentType: "html", content: "<p>Talk soon.</p>" },
    ...inDays(days),
    attendees: [{ emailAddress: attendee, type: "required" }],
    isOnlineMeeting: true,
    onlineMeetingProvider: "teamsForBusiness",
    ...(sheet?.ok ? { categories: ["Information interview"], extensions: [sheet.value] } : {}),
  });
  const read = await graph<{ onlineMeeting?: { joinUrl?: string } }>(
    request,
    "GET",
    `/me/events/${event.id}?$select=onlineMeeting`,
  );
  const chat = threadOfJoinUrl(read.onlineMeeting?.joinUrl ?? "");
  if (!chat) throw new Error("the meeting has no Teams chat");
  return { id: event.id, chat };
}

function sidePanelUrl(chat: string): string {
  return `/?surface=teams-meeting&chat=${encodeURIComponent(chat)}&as=${STUDENT}`;
}

test("a side panel opened in one of two upcoming interviews shows that one, not the sooner", async ({
  page,
  request,
  watch,
}) => {
  const person = await firstProfessional(request);
  const attendee = { name: person.displayName, address: person.mail };
  const contactId = await addToInterviews(request, {
    displayName: person.displayName,
    emailAddresses: [{ address: person.mail, name: person.displayName }],
    extensions: [interviewExtension({ stage: "booked", source: "directory", questions: "[]" })],
  });
  await teamsMeeting(request, "Information interview: the sooner one", 1, attendee, contactId);
  const later = await teamsMeeting(
    request,
    "Information interview: the later one",
    2,
    attendee,
    contactId,
  );

  await page.goto(sidePanelUrl(later.chat));
  const panel = page.frameLocator('iframe[title="Teams meeting side panel"]');
  await expect(
    panel.getByRole("heading", { name: "Information interview: the later one" }),
  ).toBeVisible();
  await expect(panel.getByText("the sooner one")).toHaveCount(0);
  expect(watch.errors).toEqual([]);
});

test("a Teams meeting booked outside the app is found and can be made an interview", async ({
  page,
  request,
}) => {
  const person = await firstProfessional(request);
  const coffee = await teamsMeeting(request, "Coffee chat", 1, {
    name: person.displayName,
    address: person.mail,
  });

  await page.goto(sidePanelUrl(coffee.chat));
  const panel = page.frameLocator('iframe[title="Teams meeting side panel"]');
  await expect(
    panel.getByRole("heading", { name: "This is not an information interview yet" }),
  ).toBeVisible();
  await panel.getByRole("button", { name: "Make this an information interview" }).click();
  await expect(
    panel.getByRole("heading", { name: "This is not an information interview yet" }),
  ).toHaveCount(0);
  await expect(panel.getByRole("heading", { name: "Coffee chat" })).toBeVisible();
  // The prep sheet now lives on that event, where Outlook and Teams will find it again.
  const event = await graph<{ extensions?: unknown[] }>(
    request,
    "GET",
    `/me/events/${coffee.id}?$select=subject&$expand=extensions($filter=id eq '${EXTENSION_NAME}')`,
  );
  expect(event.extensions).toHaveLength(1);
});
