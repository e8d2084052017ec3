// Offline in a browser: the network goes while research notes and takeaways are being typed, the
// pane is closed and opened again (same browser profile, so IndexedDB stays), the network comes
// back: every word is saved exactly once, in the order typed, and the pane said it was offline.
import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { EXTENSION_NAME } from "../../src/domain/interview";
import { createPrepSheet, encodePrepSheetExtension } from "../../src/domain/prepSheet";
import {
  graphAsStudent,
  recordTransientTexts,
  sandboxRequests,
  seenTexts,
  watchConsole,
  type Logged,
} from "./chaosHelpers";
import { expect, SANDBOX, test } from "./fixtures";
import { STUDENT } from "./graphAsUser";

const CONTACT = { name: "Priya Raman", email: "priya.raman@northfield.example" };
const FIRST_NOTES = "\nOffline 1: café au lait ☕ avec Zoë.";
const SECOND_NOTES = "\nBack online, in the reopened pane: naïve 🚀.";
const FIRST_TAKEAWAY = "Parler à Jérôme — équipe de nuit 🌙.";
const SECOND_TAKEAWAY = " Then: shadow a charge nurse ✅.";

async function send(
  request: APIRequestContext,
  token: string,
  method: string,
  path: string,
  data: unknown,
) {
  const response = await request.fetch(`${SANDBOX}/v1.0${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    data,
  });
  expect(response.ok(), `${method} ${path}: ${response.status()}`).toBe(true);
  return (await response.json().catch(() => ({}))) as Record<string, unknown>;
}

/** Priya in the student's interviews with research notes, and a booked meeting with a prep sheet. */
async function bookedInterview(
  request: APIRequestContext,
): Promise<{ contactId: string; eventId: string; notes: string }> {
  const token = (
    (await (
      await request.post(`${SANDBOX}/_sandbox/token`, { data: { userPrincipalName: STUDENT } })
    ).json()) as { access_token: string }
  ).access_token;
  const folder = await send(request, token, "POST", "/me/contactFolders", {
    displayName: "Information interviews",
  });
  const notes = "Research notes: Priya Raman\n- Chair, Department of Biology";
  const start = new Date(Date.now() - 5 * 60_000);
  const end = new Date(start.getTime() + 30 * 60_000);
  const contact = await send(request, token, "POST", `/me/contactFolders/${folder.id}/contacts`, {
    displayName: CONTACT.name,
    givenName: "Priya",
    surname: "Raman",
    emailAddresses: [{ address: CONTACT.email, name: CONTACT.name }],
    personalNotes: notes,
    extensions: [
      {
        "@odata.type": "microsoft.graph.openTypeExtension",
        extensionName: EXTENSION_NAME,
        stage: "booked",
        source: "directory",
        questions: "[]",
        events: "[]",
        updatedAt: new Date().toISOString(),
      },
    ],
  });
  const contactId = String(contact.id);
  const sheet = createPrepSheet({
    contactId,
    researchNotes: notes,
    questions: [{ id: "q1", text: "What does a typical week look like for you?" }],
    format: "teams",
  });
  const prep = encodePrepSheetExtension(sheet);
  if (!prep.ok) throw new Error("prep sheet too large");
  const at = (d: Date) => ({ dateTime: d.toISOString().slice(0, 19), timeZone: "UTC" });
  const event = await send(request, token, "POST", "/me/events", {
    subject: "Information interview: Avery Chen and Priya Raman",
    body: { contentType: "html", content: "<p>Thank you for agreeing to talk.</p>" },
    start: at(start),
    end: at(end),
    attendees: [{ emailAddress: { address: CONTACT.email, name: CONTACT.name }, type: "required" }],
    categories: ["Information interview"],
    extensions: [prep.value],
  });
  const eventId = String(event.id);
  await send(request, token, "PATCH", `/me/contacts/${contactId}/extensions/${EXTENSION_NAME}`, {
    "@odata.type": "microsoft.graph.openTypeExtension",
    extensionName: EXTENSION_NAME,
    stage: "booked",
    source: "directory",
    questions: "[]",
    events: JSON.stringify([{ eventId, start: start.toISOString(), end: end.toISOString() }]),
    updatedAt: new Date().toISOString(),
  });
  return { contactId, eventId, notes };
}

const SANDBOX_ORIGIN = new RegExp(`^${SANDBOX.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}/`, "u");

/** Graph stops answering this profile's pages (the web app itself still loads). */
async function cutGraph(context: BrowserContext): Promise<void> {
  await context.route(SANDBOX_ORIGIN, (route) => route.abort("internetdisconnected"));
}

async function restoreGraph(context: BrowserContext): Promise<void> {
  await context.unroute(SANDBOX_ORIGIN);
}

function section(page: Page, name: string) {
  return {
    tab: page.getByRole("tablist", { name: "Interview sections" }).getByRole("tab", { name }),
    panel: page.getByRole("tabpanel", { name }),
  };
}

/** Successful writes since `from` in the sandbox log (batches flattened). */
function writes(log: Logged[], from: number, path: RegExp): Logged[] {
  return log
    .slice(from)
    .filter((r) => r.method === "PATCH" && path.test(r.path) && r.status >= 200 && r.status < 300);
}

test("notes and takeaways typed offline survive a closed pane and are saved once, in order, when the network returns", async ({
  context,
  page,
  request,
}) => {
  const { contactId, eventId, notes } = await bookedInterview(request);
  const consoles = [watchConsole(page, true)];
  await recordTransientTexts(page);

  // Pane 1: research notes and the meeting open, then the network goes.
  await page.goto(`/tab.html?as=${STUDENT}&contact=${contactId}`);
  const research = section(page, "Research");
  await research.tab.click();
  const box = research.panel.getByRole("textbox", { name: "Research notes" });
  await expect(box).toHaveValue(notes);
  const meeting = section(page, "Meeting");
  await meeting.tab.click();
  const takeaways = meeting.panel.getByRole("textbox", { name: "Takeaways" });
  await expect(takeaways).toBeVisible();

  await context.setOffline(true);
  await takeaways.click();
  await page.keyboard.insertText(FIRST_TAKEAWAY);
  await expect(meeting.panel.getByText("Offline — kept on this device")).toBeVisible({
    timeout: 15_000,
  });
  await takeaways.press("End");
  await page.keyboard.insertText(SECOND_TAKEAWAY);
  await research.tab.click();
  await expect(box).toHaveValue(notes);
  await box.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText(FIRST_NOTES);
  await expect(research.panel.getByText("Offline — kept on this device")).toBeVisible({
    timeout: 15_000,
  });
  const seenInFirst = await seenTexts(page);
  await page.close();

  // Pane 2, same profile: the page loads but Graph does not answer yet, and the pane says so.
  await cutGraph(context);
  await context.setOffline(false);
  const second = await context.newPage();
  consoles.push(watchConsole(second, true));
  await recordTransientTexts(second);
  await second.goto(`/tab.html?as=${STUDENT}&contact=${contactId}`);
  await expect(second.getByText(/^You're offline/).first()).toBeVisible({ timeout: 20_000 });

  // The network returns: what waited on this device goes, once, without opening the sections.
  const from = (await sandboxRequests(request)).length;
  await restoreGraph(context);
  await second
    .getByRole("button", { name: /^(Reload|Try again)$/u })
    .first()
    .click();
  await expect
    .poll(
      async () =>
        (
          await graphAsStudent<{ personalNotes: string }>(
            request,
            `/me/contacts/${contactId}?$select=personalNotes`,
          )
        ).personalNotes,
      { timeout: 30_000 },
    )
    .toBe(notes + FIRST_NOTES);
  await expect
    .poll(
      async () =>
        (
          JSON.parse(
            (
              await graphAsStudent<{ takeaways: string }>(
                request,
                `/me/events/${eventId}/extensions/${EXTENSION_NAME}`,
              )
            ).takeaways,
          ) as { notes: string }
        ).notes,
      { timeout: 30_000 },
    )
    .toBe(FIRST_TAKEAWAY + SECOND_TAKEAWAY);

  // Both sections show what was saved, and typing goes on from there.
  const research2 = section(second, "Research");
  await research2.tab.click();
  const box2 = research2.panel.getByRole("textbox", { name: "Research notes" });
  await expect(box2).toHaveValue(notes + FIRST_NOTES);
  await expect(research2.panel.getByText("Saved", { exact: true })).toBeVisible();
  const meeting2 = section(second, "Meeting");
  await meeting2.tab.click();
  await expect(meeting2.panel.getByRole("textbox", { name: "Takeaways" })).toHaveValue(
    FIRST_TAKEAWAY + SECOND_TAKEAWAY,
  );
  await expect(meeting2.panel.getByText("Saved", { exact: true })).toBeVisible();

  const log = await sandboxRequests(request);
  expect(writes(log, from, /^\/v1\.0\/me\/contacts\/[^/]+$/u), "notes saves").toHaveLength(1);
  expect(
    writes(log, from, /^\/v1\.0\/me\/events\/[^/]+\/extensions\//u),
    "prep sheet saves",
  ).toHaveLength(1);
  const contact = await graphAsStudent<{ personalNotes: string }>(
    request,
    `/me/contacts/${contactId}?$select=personalNotes`,
  );
  expect(contact.personalNotes).toBe(notes + FIRST_NOTES);

  // Typing goes on after what was kept, in order.
  await research2.tab.click();
  await box2.click();
  await second.keyboard.press("ControlOrMeta+End");
  await second.keyboard.insertText(SECOND_NOTES);
  await expect(research2.panel.getByText("Saved", { exact: true })).toBeVisible({
    timeout: 15_000,
  });
  await expect
    .poll(
      async () =>
        (
          await graphAsStudent<{ personalNotes: string }>(
            request,
            `/me/contacts/${contactId}?$select=personalNotes`,
          )
        ).personalNotes,
    )
    .toBe(notes + FIRST_NOTES + SECOND_NOTES);
  const prep = await graphAsStudent<{ takeaways: string }>(
    request,
    `/me/events/${eventId}/extensions/${EXTENSION_NAME}`,
  );
  expect((JSON.parse(prep.takeaways) as { notes: string }).notes).toBe(
    FIRST_TAKEAWAY + SECOND_TAKEAWAY,
  );
  const seen = [...seenInFirst, ...(await seenTexts(second))];
  expect(seen).toContain("Offline — kept on this device");
  expect(consoles.flatMap((c) => c.unexpected)).toEqual([]);
});
