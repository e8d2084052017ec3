// A draft whose answer was lost while the check for it failed too: the user's "try again" finds the
// stored draft instead of making a second one (over real HTTP, with the sandbox's after-faults).
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
  it("is found by the user's next try, not made twice", async () => {
    // The POST is stored but its answer lost; the look in Drafts then loses its connection.
    await sandbox.faults([
      { method: "POST", path: "^/v1.0/me/messages$", status: 504, after: true, times: 1 },
      { method: "GET", path: "^/v1.0/me/mailFolders/drafts/messages$", status: 0, times: 1 },
    ]);
    const client = sandbox.client({ clock: recordingClock(Date.now()) });
    const failure = await createDraft(client, thankYou).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphError);
    expect(await sandbox.draftSubjects()).toEqual([thankYou.subject]);

    const draft = await createDraft(client, thankYou);
    expect(draft.subject).toBe(thankYou.subject);
    expect(await sandbox.draftSubjects()).toEqual([thankYou.subject]);
    const posts = (await sandbox.requests()).filter((r) => r.method === "POST");
    expect(posts).toHaveLength(1);
  });

  it("is made on the next try when the look finds it was never stored", async () => {
    await sandbox.faults([
      { method: "POST", path: "^/v1.0/me/messages$", status: 0, times: 1 },
      { method: "GET", path: "^/v1.0/me/mailFolders/drafts/messages$", status: 0, times: 1 },
    ]);
    const client = sandbox.client({ clock: recordingClock(Date.now()) });
    await expect(createDraft(client, thankYou)).rejects.toBeInstanceOf(GraphError);
    expect(await sandbox.draftSubjects()).toEqual([]);
    const draft = await createDraft(client, thankYou);
    expect(draft.subject).toBe(thankYou.subject);
    expect(await sandbox.draftSubjects()).toEqual([thankYou.subject]);
  });
});
