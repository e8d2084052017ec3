// The side panel finds its meeting from Teams' chat id over real HTTP: that meeting, never another.
import { describe, expect, it } from "vitest";
import { resolveSidePanelMeeting } from "../../src/app/meeting/meetingEvent";
import { createPrepSheet, encodePrepSheetExtension } from "../../src/domain/prepSheet";
import { threadOfJoinUrl } from "../../src/domain/meetingThread";
import { createEvent, getEvent } from "../../src/graph/calendar";
import type { GraphClient } from "../../src/graph/client";
import { extensionData } from "../../src/graph/extensions";
import { MORGAN_RECIPIENT } from "../support/people";
import { useSandbox } from "../support/sandbox";

const sandbox = useSandbox();
const NOW = new Date("2026-12-01T14:00:00Z");

/** Books a Teams meeting (with a prep sheet unless `sheet` is false) and returns its chat id. */
async function teamsMeeting(
  graph: GraphClient,
  subject: string,
  start: string,
  sheet = true,
): Promise<{ id: string; chat: string }> {
  const encoded = encodePrepSheetExtension(
    createPrepSheet({
      contactId: "c",
      researchNotes: subject,
      questions: [{ id: "q1", text: "How did you start?" }],
      format: "teams",
    }),
  );
  if (!encoded.ok) throw new Error("sheet too large");
  const booked = await createEvent(graph, {
    subject,
    bodyHtml: "<p>Talk soon.</p>",
    start: new Date(start),
    end: new Date(new Date(start).getTime() + 30 * 60_000),
    timeZone: "UTC",
    attendees: [MORGAN_RECIPIENT],
    online: true,
    categories: sheet ? ["Information interview"] : [],
    ...(sheet ? { prep: extensionData(encoded.value) } : {}),
  });
  if (!booked.ok) throw new Error("not booked");
  const event = await getEvent(graph, booked.event.id, { timeZone: "UTC" });
  const chat = event.joinUrl ? threadOfJoinUrl(event.joinUrl) : null;
  if (!chat) throw new Error(`no Teams thread in ${event.joinUrl}`);
  return { id: booked.event.id, chat };
}

describe("the side panel's meeting", () => {
  it("is the meeting of the chat it is open in, even when another interview is sooner", async () => {
    const graph = sandbox.client();
    const sooner = await teamsMeeting(graph, "Interview with Morgan", "2026-12-01T14:15:00Z");
    const later = await teamsMeeting(graph, "Interview with Rae", "2026-12-03T16:00:00Z");
    const found = await resolveSidePanelMeeting(graph, later.chat, NOW);
    expect(found?.event.id).toBe(later.id);
    expect(found?.sheet?.researchSummary).toBe("Interview with Rae");
    const other = await resolveSidePanelMeeting(graph, sooner.chat.toUpperCase(), NOW);
    expect(other?.event.id).toBe(sooner.id);
  });

  it("finds a Teams meeting made outside the app, with no sheet, so it can be made an interview", async () => {
    const graph = sandbox.client();
    const plain = await teamsMeeting(graph, "Coffee chat", "2026-12-02T15:00:00Z", false);
    const found = await resolveSidePanelMeeting(graph, plain.chat, NOW);
    expect(found?.event.id).toBe(plain.id);
    expect(found?.sheet).toBeNull();
  });

  it("is nothing when the chat's meeting is not in the calendar or Teams gave no chat", async () => {
    const graph = sandbox.client();
    await teamsMeeting(graph, "Interview with Morgan", "2026-12-01T14:15:00Z");
    expect(await resolveSidePanelMeeting(graph, "19:meeting_elsewhere@thread.v2", NOW)).toBeNull();
    expect(await resolveSidePanelMeeting(graph, null, NOW)).toBeNull();
  });
});
