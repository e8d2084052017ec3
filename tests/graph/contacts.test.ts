// The pipeline's home over real HTTP: one "Information interviews" folder, no duplicate contacts,
// notes guarded by etags.
import { describe, expect, it } from "vitest";
import {
  createInterviewContact,
  ensureInterviewFolder,
  findContactByEmail,
  listInterviewContacts,
  mergeContactRecord,
  readContactRecord,
  updateNotes,
  writeContactRecord,
} from "../../src/graph/contacts";
import { sandboxTransport } from "../../src/graph/sandboxTransport";
import { useSandbox } from "../support/sandbox";
import { PROFESSIONAL, morganContact } from "../support/people";

const sandbox = useSandbox();

const morgan = morganContact({ record: { stage: "found", source: "directory" } });

describe("interview contacts", () => {
  it("creates the folder once, even when asked twice at the same time, and remembers it", async () => {
    const client = sandbox.client();
    const [a, b] = await Promise.all([
      ensureInterviewFolder(client),
      ensureInterviewFolder(client),
    ]);
    expect(a).toBe(b);
    expect(await ensureInterviewFolder(client)).toBe(a);
    const log = await sandbox.requests();
    expect(log.filter((r) => r.method === "POST").map((r) => r.path)).toEqual([
      "/v1.0/me/contactFolders",
    ]);
    expect(log.filter((r) => r.method === "GET")).toHaveLength(1);
    // A new session finds the existing folder instead of making a second one.
    expect(await ensureInterviewFolder(sandbox.client())).toBe(a);
  });

  it("reading before the first add leaves the mailbox alone: no folder is created", async () => {
    const client = sandbox.client();
    expect(await listInterviewContacts(client)).toEqual([]);
    expect(await findContactByEmail(client, PROFESSIONAL)).toBeNull();
    const log = await sandbox.requests();
    expect(log.filter((r) => r.method !== "GET")).toEqual([]);
    // One look per session: the first add creates the folder without looking again or checking an
    // empty folder for duplicates, and the list then reads from it.
    expect(log.map((r) => r.path)).toEqual(["/v1.0/me/contactFolders"]);
    expect(await createInterviewContact(client, morgan)).toMatchObject({ ok: true, created: true });
    const afterAdd = (await sandbox.requests()).slice(log.length);
    expect(afterAdd.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /v1.0/me/contactFolders",
      expect.stringMatching(/^POST \/v1\.0\/me\/contactFolders\/[^/]+\/contacts$/u),
    ]);
    expect(await listInterviewContacts(client)).toHaveLength(1);
  });

  it("a session that saw no folder, while another device made one, adds into that one", async () => {
    const here = sandbox.client();
    expect(await listInterviewContacts(here)).toEqual([]);
    const elsewhere = sandbox.client();
    expect(await createInterviewContact(elsewhere, morgan)).toMatchObject({ ok: true });
    // The create answers 409 (the name is taken); the folder is looked up and used.
    const kim = { ...morgan, displayName: "Kim Lee", email: "kim.lee@northfield.example" };
    expect(await createInterviewContact(here, kim)).toMatchObject({ ok: true, created: true });
    const all = await listInterviewContacts(sandbox.client());
    expect(all.map((c) => c.displayName).sort()).toEqual(["Kim Lee", "Morgan Diaz"]);
  });

  it("adds a person once: adding the same address again returns the existing contact", async () => {
    const client = sandbox.client();
    const first = await createInterviewContact(client, morgan);
    const again = await createInterviewContact(client, {
      ...morgan,
      email: PROFESSIONAL.toUpperCase(),
    });
    expect(first).toMatchObject({ ok: true, created: true });
    expect(again).toMatchObject({ ok: true, created: false });
    const all = await listInterviewContacts(client);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      displayName: "Morgan Diaz",
      email: PROFESSIONAL,
      record: { stage: "found", source: "directory" },
    });
    expect((await findContactByEmail(client, PROFESSIONAL))?.id).toBe(all[0]?.id);
    expect(await findContactByEmail(client, "nobody@northfield.example")).toBeNull();
  });

  it("saves notes against the etag it read, and returns the server's version on a conflict", async () => {
    const client = sandbox.client();
    const created = await createInterviewContact(client, morgan);
    if (!created.ok) throw new Error("not created");
    const { id, etag } = created.contact;
    const saved = await updateNotes(client, id, "Works on plant genetics.", etag);
    expect(saved.ok).toBe(true);
    // Another device saved meanwhile: the first etag is now stale.
    const stale = await updateNotes(client, id, "Overwriting with old text", etag);
    expect(stale).toMatchObject({
      ok: false,
      reason: "conflict",
      server: { notes: "Works on plant genetics." },
    });
  });

  it("merges the record extension, keeping what it does not change", async () => {
    const client = sandbox.client();
    const created = await createInterviewContact(client, morgan);
    if (!created.ok) throw new Error("not created");
    await mergeContactRecord(client, created.contact.id, {
      stage: "researched",
      checklist: "organisation,role",
    });
    expect(await readContactRecord(client, created.contact.id)).toEqual({
      stage: "researched",
      source: "directory",
      checklist: "organisation,role",
    });
    await mergeContactRecord(client, created.contact.id, { checklist: undefined });
    expect(await readContactRecord(client, created.contact.id)).toEqual({
      stage: "researched",
      source: "directory",
    });
  });

  it("writes the whole record: created on a contact without one, then replaced (one request each)", async () => {
    const client = sandbox.client();
    const created = await createInterviewContact(client, { ...morgan, record: undefined });
    if (!created.ok) throw new Error("not created");
    const id = created.contact.id;
    expect(await readContactRecord(client, id)).toBeNull();
    const before = (await sandbox.requests()).length;
    await writeContactRecord(client, id, { stage: "found", source: "manual" }, false);
    await writeContactRecord(client, id, { stage: "researched" }, true);
    const sent = (await sandbox.requests()).slice(before);
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /v1.0/me/contacts/${encodeURIComponent(id)}/extensions`,
      `PATCH /v1.0/me/contacts/${encodeURIComponent(id)}/extensions/com.northfield.informationInterviews`,
    ]);
    expect(await readContactRecord(client, id)).toEqual({ stage: "researched" });
    const refused = await writeContactRecord(client, id, { notes: "x".repeat(20_000) }, true);
    expect(refused).toMatchObject({ ok: false, reason: "too-large", limit: 16_384 });
  });

  // api-reference/v1.0/api/opentypeextension-update.md and opentypeextension-post-opentypeextension.md
  // list @odata.type and extensionName as required in the body of both writes.
  it("sends @odata.type and extensionName in every extension write, POST and PATCH", async () => {
    const bodies: { method: string; url: string; body: Record<string, unknown> }[] = [];
    const transport = sandboxTransport(sandbox.origin, async (request) => {
      const text = await request.clone().text();
      if (request.url.includes("/extensions")) {
        bodies.push({
          method: request.method,
          url: request.url,
          body: text ? JSON.parse(text) : {},
        });
      }
      return fetch(request);
    });
    const client = sandbox.client({ transport });
    const created = await createInterviewContact(client, { ...morgan, record: undefined });
    if (!created.ok) throw new Error("not created");
    await writeContactRecord(client, created.contact.id, { stage: "found" }, false);
    await mergeContactRecord(client, created.contact.id, { stage: "researched" });
    const writes = bodies.filter((b) => b.method !== "GET");
    expect(writes.map((b) => b.method)).toEqual(["POST", "PATCH"]);
    for (const { body } of writes) {
      expect(body).toMatchObject({
        "@odata.type": "microsoft.graph.openTypeExtension",
        extensionName: "com.northfield.informationInterviews",
      });
    }
  });
});
