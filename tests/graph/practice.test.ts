// The practice run against the sandbox over HTTP: the friend's draft written once (even after a lost
// answer) with nothing private in it, and practice notes saved to the record's practice field only.
import { describe, expect, it } from "vitest";
import { createMemoryOutbox } from "../../src/app/outbox/outbox";
import { draftPracticeInvite } from "../../src/app/practice/practiceInvite";
import { createPracticeSession, practiceOutboxKey } from "../../src/app/practice/practiceSession";
import { replayPendingOutbox } from "../../src/app/replayOutbox";
import { decodeInterviewExtension } from "../../src/domain/interview";
import { getInterviewContact, readContactRecord } from "../../src/graph/contacts";
import { addMorganContact, storedRecord } from "../support/interviews";
import { recordingClock, useSandbox } from "../support/sandbox";

const sandbox = useSandbox();

const RESEARCH = "- Runs the plankton survey every June (private research).";

const invite = {
  locale: "en" as const,
  student: { displayName: "Avery Chen" },
  friend: { displayName: "Sam <Lee>", emailAddress: "sam.lee@example.com" },
  minutes: 15,
  questions: ["What does a typical week look like for you?"],
};

interface DraftMessage {
  subject: string;
  body: { content: string };
  toRecipients: Array<{ emailAddress: { address: string } }>;
}

async function drafts(): Promise<DraftMessage[]> {
  const answer = await sandbox.graphJson<{ value: DraftMessage[] }>(
    "/me/mailFolders/drafts/messages?$select=subject,body,toRecipients",
  );
  return answer.body.value;
}

describe("the friend's practice-call draft", () => {
  it("is written once after a lost answer, to the friend only, holding only the chosen questions", async () => {
    const graph = sandbox.client({ clock: recordingClock(Date.now()) });
    await addMorganContact(graph, { notes: RESEARCH });
    // The POST is stored but its answer is lost: the checked write looks in Drafts, never posts twice.
    await sandbox.faults([
      { method: "POST", path: "^/v1.0/me/messages$", status: 504, after: true, times: 1 },
    ]);
    const draft = await draftPracticeInvite(graph, invite);
    expect(draft.subject).toBe("Practice interview with Avery Chen (15 min)");
    const posts = (await sandbox.requests()).filter(
      (r) => r.method === "POST" && r.path.endsWith("/me/messages"),
    );
    expect(posts).toHaveLength(1);

    const stored = await drafts();
    expect(stored).toHaveLength(1);
    const [message] = stored;
    expect(message?.toRecipients.map((r) => r.emailAddress.address)).toEqual([
      "sam.lee@example.com",
    ]);
    expect(message?.body.content).toContain("What does a typical week look like for you?");
    expect(message?.body.content).toContain("practice run");
    expect(message?.body.content).toContain("Sam &lt;Lee&gt;");
    expect(message?.body.content).not.toContain("plankton");
    expect(message?.body.content).not.toContain("Morgan");
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
