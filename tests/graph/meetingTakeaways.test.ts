// Takeaways on the event over real HTTP: two devices writing the same prep sheet lose nothing, and
// a
// sheet kept in the outbox while offline reaches the event later.
import { beforeEach, describe, expect, it } from "vitest";
import { findInterviewNear } from "../../src/app/meeting/meetingEvent";
import { createPrepSession, prepOutboxKey } from "../../src/app/meeting/prepSession";
import { createMemoryOutbox } from "../../src/app/outbox/outbox";
import {
  createPrepSheet,
  decodePrepSheetExtension,
  encodePrepSheetExtension,
  type PrepSheet,
} from "../../src/domain/prepSheet";
import { createEvent, readEventPrep } from "../../src/graph/calendar";
import type { GraphClient } from "../../src/graph/client";
import { extensionData } from "../../src/graph/extensions";
import { useSandbox } from "../support/sandbox";
import { MORGAN_RECIPIENT } from "../support/people";

const sandbox = useSandbox();
beforeEach(async () => {
  await fetch(`${sandbox.origin}/_sandbox/faults`, { method: "DELETE" });
});

const SHEET = createPrepSheet({
  contactId: "contact-morgan",
  researchNotes: "Runs the plankton survey.",
  questions: [
    { id: "q1", text: "What does a typical week look like?" },
    { id: "q2", text: "What would you study again?" },
  ],
  format: "teams",
});

async function book(
  graph: GraphClient,
  start = "2026-12-01T15:00:00Z",
  end = "2026-12-01T15:30:00Z",
  withSheet = true,
): Promise<string> {
  const encoded = encodePrepSheetExtension(SHEET);
  if (!encoded.ok) throw new Error("too large");
  const booked = await createEvent(graph, {
    subject: "Information interview",
    bodyHtml: "<p>Hello</p>",
    start: new Date(start),
    end: new Date(end),
    timeZone: "UTC",
    attendees: [MORGAN_RECIPIENT],
    online: true,
    ...(withSheet ? { prep: extensionData(encoded.value) } : {}),
  });
  if (!booked.ok) throw new Error("not booked");
  return booked.event.id;
}

function session(
  graph: GraphClient,
  eventId: string,
  initial: PrepSheet,
  outbox = createMemoryOutbox(),
) {
  return createPrepSession({
    graph,
    eventId,
    outbox,
    now: () => new Date("2026-12-01T15:20:00Z"),
    initial,
    // Saves happen when the test says (flush), one device after the other.
    debounceMs: 60_000,
    retryMs: 5,
    maxRetryMs: 10,
  });
}

describe("takeaways on the event", () => {
  it("keeps both devices' edits: notes, answers, ticks and referrals from two writers", async () => {
    const phone = sandbox.client();
    const laptop = sandbox.client();
    const eventId = await book(phone);
    // Both devices opened the sheet before either wrote.
    const a = session(phone, eventId, SHEET);
    const b = session(laptop, eventId, SHEET);
    a.edit((s) => ({
      ...s,
      questions: s.questions.map((q) => (q.id === "q1" ? { ...q, asked: true } : q)),
      takeaways: {
        ...s.takeaways,
        notes: "Learn R before June",
        referrals: [{ name: "Jo Smith", email: "jo.smith@northfield.example" }],
      },
    }));
    b.edit((s) => ({
      ...s,
      takeaways: {
        ...s.takeaways,
        answers: { q2: "Statistics, earlier" },
        referrals: [{ name: "Kim Lee", email: "kim.lee@northfield.example" }],
      },
    }));
    await a.flush();
    await b.flush();
    a.dispose();
    b.dispose();

    const stored = decodePrepSheetExtension(await readEventPrep(phone, eventId));
    expect(stored?.takeaways.notes).toBe("Learn R before June");
    expect(stored?.takeaways.answers).toEqual({ q2: "Statistics, earlier" });
    expect(stored?.takeaways.referrals.map((r) => r.name).sort()).toEqual(["Jo Smith", "Kim Lee"]);
    expect(stored?.questions.find((q) => q.id === "q1")?.asked).toBe(true);
    // The rest of the sheet survived the whole-extension PATCH.
    expect(stored?.researchSummary).toBe("Runs the plankton survey.");
    expect(stored?.questions).toHaveLength(2);
    // The second writer now shows the first one's notes as well.
    expect(b.state.sheet.takeaways.notes).toBe("Learn R before June");
  });

  it("keeps both versions of notes both devices changed, instead of overwriting one", async () => {
    const graph = sandbox.client();
    const eventId = await book(graph);
    const a = session(graph, eventId, SHEET);
    const b = session(sandbox.client(), eventId, SHEET);
    a.edit((s) => ({ ...s, takeaways: { ...s.takeaways, notes: "Typed on the phone" } }));
    b.edit((s) => ({ ...s, takeaways: { ...s.takeaways, notes: "Typed on the laptop" } }));
    await a.flush();
    await b.flush();
    a.dispose();
    b.dispose();
    const notes = decodePrepSheetExtension(await readEventPrep(graph, eventId))?.takeaways.notes;
    expect(notes).toContain("Typed on the phone");
    expect(notes).toContain("Typed on the laptop");
  });

  it("keeps takeaways typed offline in the outbox and sends them from the next session", async () => {
    const graph = sandbox.client({ backoff: { maxAttempts: 1 } });
    const eventId = await book(graph);
    const outbox = createMemoryOutbox();
    await sandbox.faults([{ path: "/extensions", status: 0, times: 1000 }]);
    const first = session(graph, eventId, SHEET, outbox);
    first.edit((s) => ({ ...s, takeaways: { ...s.takeaways, notes: "Written offline" } }));
    await first.flush();
    expect(first.state.status).toBe("offline");
    first.dispose();
    // The pane closed; the text waits under the meeting's own key, apart from any contact's notes.
    const kept = await outbox.get(prepOutboxKey(eventId));
    expect(kept?.notes).toContain("Written offline");

    await fetch(`${sandbox.origin}/_sandbox/faults`, { method: "DELETE" });
    const next = session(graph, eventId, SHEET, outbox);
    await next.start();
    next.dispose();
    expect(next.state.status).toBe("saved");
    const stored = decodePrepSheetExtension(await readEventPrep(graph, eventId));
    expect(stored?.takeaways.notes).toBe("Written offline");
    expect(await outbox.get(prepOutboxKey(eventId))).toBeNull();
  });
});

describe("the interview happening now or next", () => {
  it("picks the running interview, ignores ordinary meetings, and finds nothing past 12 hours", async () => {
    const graph = sandbox.client();
    await book(graph, "2026-12-01T14:00:00Z", "2026-12-01T16:00:00Z", false); // ordinary
    const running = await book(graph, "2026-12-01T15:00:00Z", "2026-12-01T15:30:00Z");
    const later = await book(graph, "2026-12-01T18:00:00Z", "2026-12-01T18:30:00Z");

    const now = await findInterviewNear(graph, new Date("2026-12-01T15:10:00Z"));
    expect(now?.event.id).toBe(running);
    expect(now?.sheet?.questions).toHaveLength(2);
    const next = await findInterviewNear(graph, new Date("2026-12-01T15:40:00Z"));
    expect(next?.event.id).toBe(later);
    expect(await findInterviewNear(graph, new Date("2026-11-30T05:00:00Z"))).toBeNull();
  });
});
