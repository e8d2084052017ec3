// The outbox on a shared device, over real HTTP: each user replays only their own unsent changes,
// a change whose contact or meeting is gone is dropped with a notice, old ones expire, and signing
// out leaves nothing of the user behind.
import { describe, expect, it } from "vitest";
import { addInterview } from "../../src/app/interviews/interviews";
import { interviewStoreFor } from "../../src/app/interviews/interviewStore";
import { prepOutboxKey } from "../../src/app/meeting/prepSession";
import { OUTBOX_MAX_AGE_MS } from "../../src/app/outbox/expiry";
import type { PendingNotes } from "../../src/app/outbox/outbox";
import { createMemoryOutboxStore, createUserOutbox } from "../../src/app/outbox/userOutbox";
import { forgetSignedInUser } from "../../src/app/forgetUser";
import { userKeyFor } from "../../src/app/userKey";
import { replayPendingOutbox } from "../../src/app/replayOutbox";
import { saveArrangeSettings, loadArrangeSettings } from "../../src/app/arrange/settings";
import { createEvent } from "../../src/graph/calendar";
import type { GraphClient } from "../../src/graph/client";
import { getInterviewContact } from "../../src/graph/contacts";
import { createPrepSheet } from "../../src/domain/prepSheet";
import { useSandbox } from "../support/sandbox";
import { MORGAN_RECIPIENT, STUDENT, morganInterview } from "../support/people";

const sandbox = useSandbox();
/** A second person on the same browser. */
const LEE = "lee.park@northfield.example";
const NOW = new Date("2026-11-26T15:00:00Z");

/** Memory Storage, standing in for the browser's localStorage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function outboxOf(graph: GraphClient, store = createMemoryOutboxStore(), now = () => NOW) {
  const key = userKeyFor(graph);
  return createUserOutbox(store, () => key.get(), now);
}

async function morganFor(graph: GraphClient): Promise<string> {
  const added = await addInterview(graph, morganInterview(), { locale: "en", now: NOW });
  if (!added.ok) throw new Error("add failed");
  return added.interview.record.contactId;
}

const notes = (contactId: string, text: string, typedAt = NOW): PendingNotes => ({
  contactId,
  notes: text,
  baseEtag: null,
  typedAt: typedAt.toISOString(),
});

describe("the outbox on a shared device", () => {
  it("a second user replays none of the first user's unsent notes, and never sees them", async () => {
    const store = createMemoryOutboxStore();
    const avery = sandbox.client({ upn: STUDENT });
    const lee = sandbox.client({ upn: LEE });
    const averysContact = await morganFor(avery);
    await outboxOf(avery, store).put(notes(averysContact, "Avery's private notes"));

    // Lee's key is known (not the outbox's wait for Graph): Lee's view is the stored one.
    expect(await userKeyFor(lee).get()).toBe("u-chair");
    const leesOutbox = outboxOf(lee, store);
    expect(await leesOutbox.all()).toEqual([]);
    expect(await leesOutbox.get(averysContact)).toBeNull();
    const before = (await sandbox.requests()).length;
    const saved = await replayPendingOutbox(lee, leesOutbox, () => NOW);
    expect(saved).toBe(0);
    const requests = (await sandbox.requests()).slice(before);
    expect(requests.filter((r) => r.method !== "GET")).toEqual([]);
    expect((await getInterviewContact(avery, averysContact)).notes).not.toContain("private");
    // Avery's entry waits for Avery.
    expect((await outboxOf(avery, store).all()).map((e) => e.notes)).toEqual([
      "Avery's private notes",
    ]);
  });

  it("drops notes whose contact was deleted (404) and says so once in My interviews", async () => {
    const graph = sandbox.client();
    const gone = await morganFor(graph);
    const deleted = await sandbox.graph(`/me/contacts/${gone}`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    const outbox = outboxOf(graph);
    await outbox.put(notes(gone, "For a contact deleted in Outlook"));
    const dropped: string[] = [];
    expect(
      await replayPendingOutbox(
        graph,
        outbox,
        () => NOW,
        undefined,
        (k) => dropped.push(k),
      ),
    ).toBe(0);
    expect(dropped).toEqual([gone]);
    expect(await outbox.all()).toEqual([]);

    // Through the interview list, as the page runs it: a count for the quiet notice.
    await outbox.put(notes(gone, "Again"));
    const store = interviewStoreFor(graph, outbox, replayPendingOutbox);
    await store.load();
    const end = Date.now() + 3000;
    while (store.snapshot().droppedUnsent === 0 && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(store.snapshot().droppedUnsent).toBe(1);
    expect(await outbox.all()).toEqual([]);
  });

  it("drops a meeting's unsent takeaways when the event is gone, and keeps them on other failures", async () => {
    const graph = sandbox.client();
    const booked = await createEvent(graph, {
      subject: "Information interview",
      bodyHtml: "<p>Hello</p>",
      start: new Date("2026-12-01T15:00:00Z"),
      end: new Date("2026-12-01T15:30:00Z"),
      timeZone: "UTC",
      attendees: [MORGAN_RECIPIENT],
      online: true,
    });
    if (!booked.ok) throw new Error("not booked");
    const eventId = booked.event.id;
    const sheet = createPrepSheet({
      contactId: "c1",
      researchNotes: "",
      questions: [],
      format: "teams",
    });
    const edited = { ...sheet, takeaways: { ...sheet.takeaways, notes: "They said to call Jo" } };
    const outbox = outboxOf(graph);
    await outbox.put({
      contactId: prepOutboxKey(eventId),
      notes: JSON.stringify({ sheet: edited, base: sheet }),
      baseEtag: null,
      typedAt: NOW.toISOString(),
    });
    // A throttled write is not a vanished meeting: the entry stays.
    await sandbox.faults([{ method: "POST", path: "/extensions$", status: 503, times: 10 }]);
    const dropped: string[] = [];
    await replayPendingOutbox(
      graph,
      outbox,
      () => NOW,
      undefined,
      (k) => dropped.push(k),
    );
    expect(dropped).toEqual([]);
    expect(await outbox.all()).toHaveLength(1);
    await fetch(`${sandbox.origin}/_sandbox/faults`, { method: "DELETE" });

    expect((await sandbox.graph(`/me/events/${eventId}`, { method: "DELETE" })).status).toBe(204);
    await replayPendingOutbox(
      graph,
      outbox,
      () => NOW,
      undefined,
      (k) => dropped.push(k),
    );
    expect(dropped).toEqual([prepOutboxKey(eventId)]);
    expect(await outbox.all()).toEqual([]);
  });

  it("expires an entry after seven days: it is neither sent nor kept", async () => {
    const graph = sandbox.client();
    const contactId = await morganFor(graph);
    const before = (await getInterviewContact(graph, contactId)).notes;
    const store = createMemoryOutboxStore();
    const typed = new Date(NOW.getTime() - OUTBOX_MAX_AGE_MS - 60_000);
    await outboxOf(graph, store).put(notes(contactId, "Typed long ago", typed));
    expect(await replayPendingOutbox(graph, outboxOf(graph, store), () => NOW)).toBe(0);
    expect((await getInterviewContact(graph, contactId)).notes).toBe(before);
    expect(await outboxOf(graph, store).all()).toEqual([]);
    // A day younger than the limit is still sent.
    await outboxOf(graph, store).put(
      notes(contactId, "Typed last week", new Date(typed.getTime() + 86_400_000)),
    );
    expect(await replayPendingOutbox(graph, outboxOf(graph, store), () => NOW)).toBe(1);
  });

  it("signing out removes the user's unsent changes, settings and consent, and no one else's", async () => {
    const store = createMemoryOutboxStore();
    const storage = memoryStorage();
    const avery = sandbox.client({ upn: STUDENT });
    const lee = sandbox.client({ upn: LEE });
    const averyKey = await userKeyFor(avery).get();
    const leeKey = await userKeyFor(lee).get();
    expect(averyKey).not.toBe(leeKey);
    await outboxOf(avery, store).put(notes("c-avery", "Avery's"));
    await outboxOf(lee, store).put(notes("c-lee", "Lee's"));
    const consenting = {
      ...loadArrangeSettings(averyKey, storage),
      shareNameWithCareerCentre: true,
    };
    saveArrangeSettings(averyKey, consenting, storage);
    saveArrangeSettings(leeKey, { ...consenting, durationMinutes: 45 }, storage);

    expect(await forgetSignedInUser(avery, store, storage)).toBe(true);
    expect(await store.all(averyKey)).toEqual([]);
    expect(loadArrangeSettings(averyKey, storage).shareNameWithCareerCentre).toBe(false);
    expect((await store.all(leeKey)).map((e) => e.notes)).toEqual(["Lee's"]);
    expect(loadArrangeSettings(leeKey, storage).durationMinutes).toBe(45);
  });
});
