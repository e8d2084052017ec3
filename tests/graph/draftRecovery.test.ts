// A draft whose answer was lost while the check for it failed too: the look is tried again, and
// past the recovery budget the user's next try looks first (over real HTTP, with after-faults).
import { describe, expect, it } from "vitest";
import { GraphError } from "../../src/graph/errors";
import { createDraft } from "../../src/graph/mail";
import { useSandbox, recordingClock } from "../support/sandbox";
import { MORGAN_RECIPIENT } from "../support/people";

const sandbox = useSandbox();

const thankYou = {
  subject: "Thank you for your time, Morgan",
  bodyHtml: "<p>Merci ! Your advice about fieldwork 🌊 was very helpful.</p>",
  to: [MORGAN_RECIPIENT],
};

describe("a draft stored by a lost answer, its check failing too", () => {
  it("looks again until a look answers, finds it, and never posts it twice", async () => {
    // The POST is stored but its answer lost; the first look in Drafts then loses its connection.
    await sandbox.faults([
      { method: "POST", path: "^/v1.0/me/messages$", status: 504, after: true, times: 1 },
      { method: "GET", path: "^/v1.0/me/mailFolders/drafts/messages$", status: 0, times: 1 },
    ]);
    const clock = recordingClock(Date.now());
    const draft = await createDraft(sandbox.client({ clock }), thankYou);
    expect(draft.subject).toBe(thankYou.subject);
    expect(await sandbox.draftSubjects()).toEqual([thankYou.subject]);
    const posts = (await sandbox.requests()).filter((r) => r.method === "POST");
    expect(posts).toHaveLength(1);
    expect(clock.sleeps).toHaveLength(2);
  });

  it("is found by the user's next try when every look failed until recovery ran out of time", async () => {
    await sandbox.faults([
      { method: "POST", path: "^/v1.0/me/messages$", status: 504, after: true, times: 1 },
      { method: "GET", path: "^/v1.0/me/mailFolders/drafts/messages$", status: 0, times: 50 },
    ]);
    const client = sandbox.client({ clock: recordingClock(Date.now()) });
    const failure = await createDraft(client, thankYou).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphError);
    await sandbox.control("DELETE", "faults");
    const draft = await createDraft(client, thankYou);
    expect(draft.subject).toBe(thankYou.subject);
    expect(await sandbox.draftSubjects()).toEqual([thankYou.subject]);
    const posts = (await sandbox.requests()).filter((r) => r.method === "POST");
    expect(posts).toHaveLength(1);
  });

  it("is posted again once a look finds it was never stored", async () => {
    await sandbox.faults([
      { method: "POST", path: "^/v1.0/me/messages$", status: 0, times: 1 },
      { method: "GET", path: "^/v1.0/me/mailFolders/drafts/messages$", status: 0, times: 1 },
    ]);
    const client = sandbox.client({ clock: recordingClock(Date.now()) });
    const draft = await createDraft(client, thankYou);
    expect(draft.subject).toBe(thankYou.subject);
    expect(await sandbox.draftSubjects()).toEqual([thankYou.subject]);
    const posts = (await sandbox.requests()).filter((r) => r.method === "POST");
    expect(posts.map((r) => r.status)).toEqual([0, 201]);
  });
});
