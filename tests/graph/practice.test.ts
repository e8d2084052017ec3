// The practice run against the sandbox over HTTP: the friend's practice call created once (even
// after a lost answer) as a Teams event with nothing private in it, cancelled, and practice notes
// saved to the record's practice field only, never dropping the booked call.
import { describe, expect, it } from "vitest";
import { createMemoryOutbox } from "../../src/app/outbox/outbox";
import {
  cancelPracticeCall,
  sendPracticeCall,
  type PracticeCallRequest,
} from "../../src/app/practice/practiceCall";
import { createPracticeSession, practiceOutboxKey } from "../../src/app/practice/practiceSession";
import { updateInterviewExtension } from "../../src/app/interviews/interviewExtension";
import { replayPendingOutbox } from "../../src/app/replayOutbox";
import { decodeInterviewExtension } from "../../src/domain/interview";
import { withPracticeCall } from "../../src/domain/practice";
import { getInterviewContact, readContactRecord } from "../../src/graph/contacts";
import { addMorganContact, storedRecord } from "../support/interviews";
import { losingEventPostAnswers, recordingClock, useSandbox } from "../support/sandbox";

const sandbox = useSandbox();

const RESEARCH = "- Runs the plankton survey every June (private research).";
const TAKEAWAYS = "She said fieldwork matters most.";

const request = (transactionId: string): PracticeCallRequest => ({
  invitation: {
    locale: "en",
    student: { displayName: "Avery Chen" },
    friend: { displayName: "Sam <Lee>", emailAddress: "sam.lee@example.com" },
    minutes: 20,
    questions: ["What does a typical week look like for you?"],
  },
  start: new Date("2026-12-09T23:00:00Z"),
  // A browser zone Graph does not list: the event must still be written (as a Windows zone).
  timeZone: "America/Vancouver",
  transactionId,
});

interface StoredEvent {
  id: string;
  subject: string;
  body: { content: string };
  attendees: Array<{ emailAddress: { address: string } }>;
  showAs: string;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  onlineMeeting: { joinUrl: string } | null;
  categories: string[];
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
}

async function practiceEvents(): Promise<StoredEvent[]> {
  const answer = await sandbox.graphJson<{ value: StoredEvent[] }>(
    "/me/events?$select=subject,body,attendees,showAs,isOnlineMeeting,onlineMeetingProvider," +
      "onlineMeeting,categories,start,end&$top=100",
    { headers: { Prefer: 'outlook.timezone="UTC"' } },
  );
  return answer.body.value.filter((e) => e.subject.startsWith("Practice interview"));
}

describe("the friend's practice call", () => {
  for (const reading of ["first-event", "error"] as const) {
    it(`is one Teams event after a lost answer, holding only the chosen questions (repeat answers ${reading})`, async () => {
      await sandbox.control("POST", "quirks", { repeatedTransactionId: reading });
      const graph = sandbox.client({
        clock: recordingClock(Date.now()),
        transport: losingEventPostAnswers(sandbox.origin),
      });
      await addMorganContact(graph, { notes: RESEARCH });
      // The POST is stored but its answer is lost: the event is looked for by its transactionId.
      const event = await sendPracticeCall(graph, request(`tx-practice-${reading}`));
      expect(event.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
      expect(event.webLink).toMatch(/^https:\/\//);

      const posts = (await sandbox.requests()).filter(
        (r) => r.method === "POST" && r.path.endsWith("/me/events"),
      );
      expect(posts).toHaveLength(1);
      const stored = await practiceEvents();
      expect(stored).toHaveLength(1);
      const [practice] = stored;
      expect(practice?.id).toBe(event.id);
      expect(practice?.subject).toBe("Practice interview with Avery Chen (20 min)");
      expect(practice?.attendees.map((a) => a.emailAddress.address)).toEqual([
        "sam.lee@example.com",
      ]);
      expect(practice?.isOnlineMeeting).toBe(true);
      expect(practice?.onlineMeetingProvider).toBe("teamsForBusiness");
      expect(practice?.showAs).toBe("busy");
      // Not the interview: no category, so the side panel and the pipeline never take it for one.
      expect(practice?.categories).toEqual([]);
      expect(practice?.start.dateTime.startsWith("2026-12-09T23:00:00")).toBe(true);
      expect(practice?.end.dateTime.startsWith("2026-12-09T23:20:00")).toBe(true);
      const body = practice?.body.content ?? "";
      expect(body).toContain("What does a typical week look like for you?");
      expect(body).toContain("only a practice run");
      expect(body).toContain("Sam &lt;Lee&gt;");
      expect(body).not.toContain("plankton");
      expect(body).not.toContain("Morgan");
      expect(body).not.toContain(TAKEAWAYS);

      // The same request sent again (Send pressed after an error) still gives the one event.
      const again = await sendPracticeCall(sandbox.client(), request(`tx-practice-${reading}`));
      expect(again.id).toBe(event.id);
      expect(await practiceEvents()).toHaveLength(1);
    });
  }

  it("is cancelled once, and a cancel of an event already gone counts as done", async () => {
    const graph = sandbox.client();
    const event = await sendPracticeCall(graph, request("tx-cancel"));
    await cancelPracticeCall(graph, event.id, "en");
    expect(await practiceEvents()).toEqual([]);
    const cancels = (await sandbox.requests()).filter(
      (r) => r.method === "POST" && r.path.endsWith("/cancel"),
    );
    expect(cancels.map((r) => r.status)).toEqual([202]);
    // Cancelled in Outlook meanwhile, or a cancel whose answer was lost: no error for the student.
    await expect(cancelPracticeCall(graph, event.id, "en")).resolves.toBeUndefined();
  });

  it("cannot pass a misspelt showAs or provider: the sandbox refuses them as Graph does", async () => {
    const answer = await sandbox.graph("/me/events", {
      method: "POST",
      body: {
        subject: "Practice",
        start: { dateTime: "2026-12-09T23:00:00", timeZone: "UTC" },
        end: { dateTime: "2026-12-09T23:20:00", timeZone: "UTC" },
        isOnlineMeeting: true,
        onlineMeetingProvider: "teams",
        showAs: "occupied",
      },
    });
    expect(answer.status).toBe(400);
    expect(await practiceEvents()).toEqual([]);
  });
});

describe("practice notes", () => {
  it("save to the record's practice field, leaving the contact's research notes and takeaways alone", async () => {
    const graph = sandbox.client();
    const contact = await addMorganContact(graph, {
      notes: RESEARCH,
      record: storedRecord("booked", { updatedAt: "2026-11-01T00:00:00.000Z" }),
    });
    const outbox = createMemoryOutbox();
    const now = () => new Date("2026-12-01T10:00:00Z");
    const session = createPracticeSession({
      graph,
      contactId: contact.id,
      outbox,
      now,
      debounceMs: 5,
    });
    await session.start();
    session.edit({ notes: "Say less about my courses.", minutes: 20 });
    await session.flush();
    session.dispose();
    expect(session.state.status).toBe("saved");

    const record = decodeInterviewExtension(await readContactRecord(graph, contact.id));
    expect(record.practice).toEqual({
      notes: "Say less about my courses.",
      at: "2026-12-01T10:00:00.000Z",
      minutes: 20,
    });
    expect(record.stage).toBe("booked");
    expect((await getInterviewContact(graph, contact.id)).notes).toBe(RESEARCH);
    expect(await outbox.get(practiceOutboxKey(contact.id))).toBeNull();
  });

  it("keep the booked practice call noted on the record when they save", async () => {
    const graph = sandbox.client();
    const contact = await addMorganContact(graph, { record: storedRecord("booked") });
    const call = {
      eventId: "AAMkPractice",
      transactionId: "tx-keep",
      start: "2026-12-09T23:00:00.000Z",
      end: "2026-12-09T23:20:00.000Z",
    };
    const now = () => new Date("2026-12-01T10:00:00Z");
    await updateInterviewExtension(graph, contact.id, (record) => ({
      ...record,
      practice: withPracticeCall(record.practice, call, now()),
    }));
    const session = createPracticeSession({
      graph,
      contactId: contact.id,
      outbox: createMemoryOutbox(),
      now,
      debounceMs: 5,
    });
    await session.start();
    session.edit({ notes: "Ask Sam for feedback." });
    await session.flush();
    session.dispose();
    const record = decodeInterviewExtension(await readContactRecord(graph, contact.id));
    expect(record.practice?.notes).toBe("Ask Sam for feedback.");
    expect(record.practice?.call).toEqual(call);
    // Never among the interview's events.
    expect(record.events).toEqual([]);
  });

  it("left unsent by a closed pane are sent by the next page's replay, to the record and not the notes", async () => {
    const graph = sandbox.client();
    const contact = await addMorganContact(graph, { notes: RESEARCH });
    const outbox = createMemoryOutbox();
    await outbox.put({
      contactId: practiceOutboxKey(contact.id),
      notes: JSON.stringify({ notes: "Breathe before question 1.", minutes: 10 }),
      baseEtag: null,
      typedAt: "2026-12-01T09:59:00.000Z",
    });
    const saved = await replayPendingOutbox(graph, outbox, () => new Date("2026-12-01T10:00:00Z"));
    expect(saved).toBe(1);
    const record = decodeInterviewExtension(await readContactRecord(graph, contact.id));
    expect(record.practice?.notes).toBe("Breathe before question 1.");
    expect(record.practice?.minutes).toBe(10);
    expect((await getInterviewContact(graph, contact.id)).notes).toBe(RESEARCH);
    expect(await outbox.all()).toEqual([]);
  });
});
