// The IndexedDB outbox: typed notes outlive the page's objects, each user sees only their own,
// a save never forgets a newer keystroke, and version 1's unowned entries are not handed on.
import { IDBFactory } from "fake-indexeddb";
import { openDB } from "idb";
import { afterEach, describe, expect, it } from "vitest";
import { createIndexedDbStore } from "../../src/app/outbox/indexedDbOutbox";
import { createUserOutbox } from "../../src/app/outbox/userOutbox";

const NOW = new Date("2026-11-26T12:00:00Z");
const entry = (contactId: string, notes: string) => ({
  contactId,
  notes,
  baseEtag: 'W/"1"',
  typedAt: "2026-11-26T10:00:00Z",
});
const outboxFor = (user: string) =>
  createUserOutbox(
    createIndexedDbStore()!,
    async () => user,
    () => NOW,
  );

describe("IndexedDB outbox", () => {
  const original = globalThis.indexedDB;
  afterEach(() => {
    globalThis.indexedDB = original;
  });

  it("keeps notes across outbox instances (a reopened pane finds them)", async () => {
    await outboxFor("u-avery").put(entry("c1", "typed"));
    const after = outboxFor("u-avery");
    expect(await after.get("c1")).toEqual(entry("c1", "typed"));
    expect((await after.all()).map((e) => e.contactId)).toContain("c1");
  });

  it("shows a second user on the same browser none of the first user's entries", async () => {
    await outboxFor("u-avery").put(entry("c-shared", "Avery's notes"));
    const lee = outboxFor("u-lee");
    expect(await lee.get("c-shared")).toBeNull();
    expect(await lee.all()).toEqual([]);
    await lee.put(entry("c-shared", "Lee's notes"));
    expect((await outboxFor("u-avery").get("c-shared"))?.notes).toBe("Avery's notes");
    // Signing out clears one user's entries only.
    await createIndexedDbStore()!.clear("u-avery");
    expect(await outboxFor("u-avery").all()).toEqual([]);
    expect((await outboxFor("u-lee").get("c-shared"))?.notes).toBe("Lee's notes");
  });

  it("forgets an entry after its save only if nothing newer was typed meanwhile", async () => {
    const outbox = outboxFor("u-avery");
    await outbox.put({ ...entry("c2", "first"), typedAt: "2026-11-26T10:00:00Z" });
    await outbox.put({ ...entry("c2", "first and more"), typedAt: "2026-11-26T10:01:00Z" });
    // The save of "first" comes back: the newer text must stay.
    await outbox.remove("c2", "first");
    expect((await outbox.get("c2"))?.notes).toBe("first and more");
    await outbox.remove("c2", "first and more");
    expect(await outbox.get("c2")).toBeNull();
  });

  it("drops version 1's entries, whose owner is unknown, instead of handing them to anyone", async () => {
    globalThis.indexedDB = new IDBFactory();
    const v1 = await openDB("information-interviews", 1, {
      upgrade: (db) => db.createObjectStore("notes", { keyPath: "contactId" }),
    });
    await v1.put("notes", entry("c-old", "someone's notes"));
    v1.close();
    expect(await outboxFor("u-avery").all()).toEqual([]);
    expect(await outboxFor("u-lee").get("c-old")).toBeNull();
    // Gone from the device, not merely unread.
    const upgraded = await openDB("information-interviews");
    expect([...upgraded.objectStoreNames]).toEqual(["entries"]);
    upgraded.close();
  });

  it("holds what was typed before Graph said who the user is, then files it under them", async () => {
    let known: string | null = null;
    const outbox = createUserOutbox(
      createIndexedDbStore()!,
      async () => {
        if (known === null) throw new Error("offline");
        return known;
      },
      () => NOW,
    );
    await outbox.put(entry("c-wait", "typed offline"));
    expect((await outbox.get("c-wait"))?.notes).toBe("typed offline");
    expect(await outboxFor("u-avery").get("c-wait")).toBeNull();
    known = "u-avery";
    expect((await outbox.all()).map((e) => e.notes)).toEqual(["typed offline"]);
    expect((await outboxFor("u-avery").get("c-wait"))?.notes).toBe("typed offline");
  });
});
