// Checked recovery of every write over real HTTP, with the sandbox's fault injection: a lost answer
// after the store is found (never written twice), one before the store is sent again, a throttle
// waits Retry-After, and a 412 after our own lost write is told apart from someone else's change.
import { describe, expect, it } from "vitest";
import { createEvent, createEventWithRecord } from "../../src/graph/calendar";
import type { GraphClient } from "../../src/graph/client";
import {
  createInterviewContact,
  ensureInterviewFolder,
  getInterviewContact,
  readContactRecord,
  updateNotes,
  writeContactRecord,
} from "../../src/graph/contacts";
import { createDraft, createReplyDraft } from "../../src/graph/mail";
import { createRow, listRows } from "../../src/graph/lists";
import { recordingClock, useSandbox } from "../support/sandbox";
import { ADVISOR, MORGAN_RECIPIENT, PROFESSIONAL, morganContact } from "../support/people";
import { advisorTenant, CAREER_CENTRE } from "../support/tenants";

const sandbox = useSandbox({ tenant: () => advisorTenant(new Date("2026-11-26T12:00:00Z")) });

/** One kind of write: how to make it, where it goes, and how many the mailbox holds. */
interface WriteCase {
  name: string;
  method: string;
  path: string;
  /** Whatever must exist first (a contact for its extension); not counted. */
  setup?: (client: GraphClient) => Promise<string>;
  write: (client: GraphClient, target: string) => Promise<unknown>;
  stored: (client: GraphClient, target: string) => Promise<number>;
}

const ROW = {
  Title: "Information interview — Morgan Diaz",
  VolunteerEmail: PROFESSIONAL,
  MeetingDate: "2026-12-02T17:00:00.000Z",
  Stage: "booked",
};

const CASES: WriteCase[] = [
  {
    name: "interview folder",
    method: "POST",
    path: "^/v1\\.0/me/contactFolders$",
    write: (client) => ensureInterviewFolder(client),
    stored: async (client) =>
      (
        await client.call<{ value: { displayName: string }[] }>({
          method: "GET",
          path: "/me/contactFolders",
        })
      ).body.value.filter((f) => f.displayName === "Information interviews").length,
  },
  {
    name: "contact",
    method: "POST",
    path: "^/v1\\.0/me/contactFolders/[^/]+/contacts$",
    setup: (client) => ensureInterviewFolder(client),
    write: (client) =>
      createInterviewContact(client, morganContact({ record: { stage: "found" } })),
    stored: async (client, folder) =>
      (
        await client.call<{ value: unknown[] }>({
          method: "GET",
          path: `/me/contactFolders/${encodeURIComponent(folder)}/contacts`,
        })
      ).body.value.length,
  },
  {
    name: "contact without an address (found by its marker)",
    method: "POST",
    path: "^/v1\\.0/me/contactFolders/[^/]+/contacts$",
    setup: (client) => ensureInterviewFolder(client),
    write: (client) =>
      createInterviewContact(client, { displayName: "Pat Neighbour", record: { stage: "found" } }),
    stored: async (client, folder) =>
      (
        await client.call<{ value: unknown[] }>({
          method: "GET",
          path: `/me/contactFolders/${encodeURIComponent(folder)}/contacts`,
        })
      ).body.value.length,
  },
  {
    name: "event",
    method: "POST",
    path: "^/v1\\.0/me/events$",
    write: (client) =>
      createEvent(client, {
        subject: "Information interview: Avery and Morgan",
        bodyHtml: "<p>A short conversation.</p>",
        start: new Date("2026-12-02T17:00:00Z"),
        end: new Date("2026-12-02T17:30:00Z"),
        timeZone: "Eastern Standard Time",
        attendees: [MORGAN_RECIPIENT],
        online: true,
        transactionId: crypto.randomUUID(),
      }),
    stored: async (client) =>
      (await client.call<{ value: unknown[] }>({ method: "GET", path: "/me/events" })).body.value
        .length,
  },
  {
    name: "mail draft",
    method: "POST",
    path: "^/v1\\.0/me/messages$",
    write: (client) =>
      createDraft(client, {
        subject: "Could I ask you about your work?",
        bodyHtml: "<p>Bonjour 👋</p>",
        to: [MORGAN_RECIPIENT],
      }),
    stored: async (client) =>
      (
        await client.call<{ value: unknown[] }>({
          method: "GET",
          path: "/me/mailFolders/drafts/messages",
        })
      ).body.value.length,
  },
  {
    name: "extension",
    method: "POST",
    path: "^/v1\\.0/me/contacts/[^/]+/extensions$",
    setup: async (client) => {
      const added = await createInterviewContact(client, morganContact());
      if (!added.ok) throw new Error("contact refused");
      return added.contact.id;
    },
    write: (client, id) => writeContactRecord(client, id, { stage: "booked" }, false),
    // One extension holding the write, however often it was sent.
    stored: async (client, id) => ((await readContactRecord(client, id))?.stage ? 1 : 0),
  },
  {
    name: "list row",
    method: "POST",
    path: "^/v1\\.0/sites/[^/]+/lists/[^/]+/items$",
    write: (client) => createRow(client, CAREER_CENTRE.siteId, CAREER_CENTRE.lists.bookings, ROW),
    stored: async (client) =>
      (
        await listRows(client, CAREER_CENTRE.siteId, CAREER_CENTRE.lists.bookings, ["Title"])
      ).filter((row) => row.fields.Title === ROW.Title).length,
  },
];

/** The client for a case: the advisor's for the career centre's list, else the student's. */
function clientFor(c: WriteCase, clock = recordingClock(Date.now())) {
  return c.name === "list row"
    ? sandbox.client({ upn: ADVISOR, clock })
    : sandbox.client({ clock });
}

async function prepare(c: WriteCase) {
  const clock = recordingClock(Date.now());
  const client = clientFor(c, clock);
  const target = c.setup ? await c.setup(client) : "";
  const before = await sandbox.requests();
  return { client, clock, target, from: before.length };
}

/** The statuses of this case's write requests since `from`. */
async function writeStatuses(c: WriteCase, from: number): Promise<number[]> {
  const pattern = new RegExp(c.path);
  return (await sandbox.requests())
    .slice(from)
    .filter((r) => r.method === c.method && pattern.test(r.path))
    .map((r) => r.status);
}

describe.each(CASES)("recovery of a $name write", (c) => {
  it("finds the write a lost answer stored (504 after the store) and never sends it twice", async () => {
    const { client, target, from } = await prepare(c);
    await sandbox.faults([{ method: c.method, path: c.path, status: 504, after: true, times: 1 }]);
    await c.write(client, target);
    expect(await writeStatuses(c, from)).toEqual([504]);
    expect(await c.stored(client, target)).toBe(1);
  });

  it("sends again a write whose connection dropped before the store, once a look says it is not there", async () => {
    const { client, target, from } = await prepare(c);
    await sandbox.faults([{ method: c.method, path: c.path, status: 0, times: 1 }]);
    await c.write(client, target);
    expect((await writeStatuses(c, from)).length).toBe(2);
    expect(await c.stored(client, target)).toBe(1);
  });

  it("waits Retry-After twice when throttled, then writes once", async () => {
    const { client, clock, target, from } = await prepare(c);
    await sandbox.faults([
      { method: c.method, path: c.path, status: 429, retryAfter: 3, times: 2 },
    ]);
    await c.write(client, target);
    expect(await writeStatuses(c, from)).toEqual([429, 429, c.method === "POST" ? 201 : 200]);
    expect(clock.sleeps.slice(-2)).toEqual([3000, 3000]);
    expect(await c.stored(client, target)).toBe(1);
  });
});

describe("notes saved with If-Match", () => {
  async function contact(client: GraphClient) {
    const added = await createInterviewContact(client, morganContact());
    if (!added.ok) throw new Error("contact refused");
    return added.contact;
  }

  it("a 412 after our own lost answer reads as saved, not as a conflict", async () => {
    const client = sandbox.client();
    const { id, etag } = await contact(client);
    await sandbox.faults([
      { method: "PATCH", path: "^/v1\\.0/me/contacts/", status: 504, after: true, times: 1 },
    ]);
    await expect(
      updateNotes(client, id, "Asked about night shifts ✅", etag),
    ).rejects.toMatchObject({ status: 504 });
    // The autosave's next try meets the etag our stored write made.
    const again = await updateNotes(client, id, "Asked about night shifts ✅", etag);
    expect(again.ok).toBe(true);
    expect((await getInterviewContact(client, id)).notes).toBe("Asked about night shifts ✅");
  });

  it("a 412 from someone else's change is a conflict with their version, nothing overwritten", async () => {
    const client = sandbox.client();
    const { id, etag } = await contact(client);
    const phone = await updateNotes(sandbox.client(), id, "From the phone", etag);
    expect(phone.ok).toBe(true);
    const mine = await updateNotes(client, id, "From the laptop", etag);
    expect(mine).toMatchObject({ ok: false, reason: "conflict" });
    if (!mine.ok) expect(mine.server.notes).toBe("From the phone");
    expect((await getInterviewContact(client, id)).notes).toBe("From the phone");
  });
});

describe("when recovery cannot succeed", () => {
  it("gives up with the failure after its time budget, never having written twice", async () => {
    const c = CASES.find((x) => x.name === "mail draft") as WriteCase;
    const { client, target } = await prepare(c);
    await sandbox.faults([{ method: "POST", path: c.path, status: 503, times: 100 }]);
    await expect(c.write(client, target)).rejects.toMatchObject({ status: 503 });
    expect(await c.stored(client, target)).toBe(0);
  });
});

describe("a booking's $batch: the event and the contact's record in one round trip", () => {
  async function book(client: GraphClient) {
    const added = await createInterviewContact(
      client,
      morganContact({ record: { stage: "found" } }),
    );
    if (!added.ok) throw new Error("contact refused");
    const transactionId = crypto.randomUUID();
    const result = await createEventWithRecord(
      client,
      {
        subject: "Information interview: Avery and Morgan",
        bodyHtml: "<p>A short conversation.</p>",
        start: new Date("2026-12-02T17:00:00Z"),
        end: new Date("2026-12-02T17:30:00Z"),
        timeZone: "Eastern Standard Time",
        attendees: [MORGAN_RECIPIENT],
        online: true,
        transactionId,
      },
      { contactId: added.contact.id, data: { stage: "booked", link: transactionId }, exists: true },
    );
    return { contactId: added.contact.id, result, transactionId };
  }

  const inner = async () =>
    (await sandbox.requests()).flatMap((r) => r.batch ?? []).map((r) => `${r.method} ${r.status}`);

  it("whole batch answer lost after both were stored: each is found, nothing is sent twice", async () => {
    const client = sandbox.client({ clock: recordingClock(Date.now()) });
    await sandbox.faults([
      { method: "POST", path: "^/v1\\.0/\\$batch$", status: 0, after: true, times: 1 },
    ]);
    const { contactId, result, transactionId } = await book(client);
    expect(result.ok).toBe(true);
    expect(await inner()).toEqual(["POST 201", "PATCH 200"]);
    expect(await readContactRecord(client, contactId)).toEqual({
      stage: "booked",
      link: transactionId,
    });
    expect(
      (await client.call<{ value: unknown[] }>({ method: "GET", path: "/me/events" })).body.value,
    ).toHaveLength(1);
  });

  it("event throttled twice inside the batch: the record waits (424) and both go once it passes", async () => {
    const clock = recordingClock(Date.now());
    const client = sandbox.client({ clock });
    await sandbox.faults([
      { method: "POST", path: "^/v1\\.0/me/events$", status: 429, retryAfter: 2, times: 2 },
    ]);
    const { contactId, result } = await book(client);
    expect(result.ok).toBe(true);
    expect(await inner()).toEqual([
      "POST 429",
      "PATCH 424",
      "POST 429",
      "PATCH 424",
      "POST 201",
      "PATCH 200",
    ]);
    expect(clock.sleeps.slice(-2)).toEqual([2000, 2000]);
    expect((await readContactRecord(client, contactId))?.stage).toBe("booked");
  });

  it("record answer lost after its store: found by its marker, not written again", async () => {
    const client = sandbox.client({ clock: recordingClock(Date.now()) });
    await sandbox.faults([
      { method: "PATCH", path: "/extensions/", status: 504, after: true, times: 1 },
    ]);
    const { result } = await book(client);
    expect(result.ok).toBe(true);
    expect(await inner()).toEqual(["POST 201", "PATCH 504"]);
  });
});

describe("a reply draft", () => {
  it("stored by a lost answer is found in its conversation, not made twice", async () => {
    const client = sandbox.client({ clock: recordingClock(Date.now()) });
    const original = await createDraft(client, {
      subject: "Could I ask you about your work?",
      bodyHtml: "<p>Bonjour</p>",
      to: [MORGAN_RECIPIENT],
    });
    await sandbox.faults([
      { method: "POST", path: "/createReply$", status: 504, after: true, times: 1 },
    ]);
    const reply = await createReplyDraft(client, original.id, "<p>Merci 🙏</p>");
    expect(reply.id).not.toBe(original.id);
    const posts = (await sandbox.requests()).filter((r) => r.path.endsWith("/createReply"));
    expect(posts.map((r) => r.status)).toEqual([504]);
    expect(await sandbox.draftSubjects()).toHaveLength(2);
  });
});
