// The IndexedDB outbox: typed notes outlive the page's objects, and a save never forgets a newer
// keystroke.
import { describe, expect, it } from "vitest";
import { createIndexedDbOutbox } from "../../src/app/outbox/indexedDbOutbox";

describe("IndexedDB outbox", () => {
  it("keeps notes across outbox instances (a reopened pane finds them)", async () => {
    const before = createIndexedDbOutbox();
    expect(before.durable).toBe(true);
    await before.put({
      contactId: "c1",
      notes: "typed",
      baseEtag: 'W/"1"',
      typedAt: "2026-11-26T10:00:00Z",
    });
    const after = createIndexedDbOutbox();
    expect(await after.get("c1")).toEqual({
      contactId: "c1",
      notes: "typed",
      baseEtag: 'W/"1"',
      typedAt: "2026-11-26T10:00:00Z",
    });
    expect((await after.all()).map((e) => e.contactId)).toContain("c1");
  });

  it("forgets an entry after its save only if nothing newer was typed meanwhile", async () => {
    const outbox = createIndexedDbOutbox();
    await outbox.put({ contactId: "c2", notes: "first", baseEtag: null, typedAt: "t1" });
    await outbox.put({ contactId: "c2", notes: "first and more", baseEtag: null, typedAt: "t2" });
    // The save of "first" comes back: the newer text must stay.
    await outbox.remove("c2", "first");
    expect((await outbox.get("c2"))?.notes).toBe("first and more");
    await outbox.remove("c2", "first and more");
    expect(await outbox.get("c2")).toBeNull();
  });
});
