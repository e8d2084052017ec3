// The keep-in-touch note over real HTTP: one draft in Drafts and the record saying "drafted", in one
// round trip, even when the answer is lost (the thank-you's checked write, reused).
import { describe, expect, it } from "vitest";
import { loadInterview, prepareRecordWrite } from "../../src/app/interviews/interviewExtension";
import {
  composeKeepInTouch,
  recordKeepInTouchDrafted,
  saveThankYou,
} from "../../src/app/meeting/thankYou";
import { decodeInterviewExtension, encodeInterviewExtension } from "../../src/domain/interview";
import { createInterviewContact, readContactRecord } from "../../src/graph/contacts";
import { extensionData } from "../../src/graph/extensions";
import { createFakeHost } from "../../src/hosts/fake";
import { morganContact } from "../support/people";
import { recordingClock, useSandbox } from "../support/sandbox";

const sandbox = useSandbox();
const NOW = new Date("2027-03-05T15:00:00Z");

async function thankedContact() {
  const client = sandbox.client({ clock: recordingClock(Date.now()) });
  const encoded = encodeInterviewExtension({
    stage: "thanked",
    source: "directory",
    questions: [],
    events: [],
    thankYou: { sentAt: "2026-12-02T15:00:00.000Z" },
    keepInTouch: { months: 3 },
    updatedAt: "2026-12-02T15:00:00.000Z",
  });
  if (!encoded.ok) throw new Error("record too large");
  const created = await createInterviewContact(
    client,
    morganContact({ record: extensionData(encoded.value) }),
  );
  if (!created.ok) throw new Error("contact not created");
  const loaded = await loadInterview(client, created.contact.id);
  return { client, contactId: created.contact.id, contact: loaded.contact };
}

async function draftNote(faults: object[] = []) {
  const { client, contactId, contact } = await thankedContact();
  const { mail } = composeKeepInTouch({
    locale: "en",
    student: { displayName: "Avery Chen" },
    contact: { displayName: contact.displayName, email: contact.email ?? "", givenName: "Morgan" },
    takeaways: {
      notes: "Take the GIS course before applying to <fieldwork> jobs",
      answers: {},
      referrals: [],
    },
    meetingDate: new Date("2026-12-01T15:00:00Z"),
    zone: "America/Toronto",
  });
  const prepared = prepareRecordWrite(contact.record ?? null, (r) =>
    recordKeepInTouchDrafted(r, null, NOW),
  );
  if (!prepared.ok) throw new Error("record too large");
  await sandbox.faults(faults);
  const saved = await saveThankYou(
    client,
    createFakeHost(),
    { displayName: contact.displayName, email: contact.email ?? "" },
    mail,
    { record: { contactId, data: prepared.data, exists: prepared.exists } },
  );
  await sandbox.control("DELETE", "faults");
  const stored = decodeInterviewExtension(await readContactRecord(client, contactId));
  return { saved, stored, mail };
}

describe("drafting the keep-in-touch note", () => {
  it("saves one draft to the contact and records it on the interview in the same round trip", async () => {
    const { saved, stored, mail } = await draftNote();
    expect(saved).toMatchObject({ kind: "draft", recorded: true });
    expect(await sandbox.draftSubjects()).toEqual(["An update since our conversation, Morgan"]);
    expect(mail.htmlBody).toContain("&lt;fieldwork&gt;");
    expect(stored.keepInTouch).toEqual({ months: 3, draftedAt: NOW.toISOString() });
    // The thank-you's own state is kept beside it.
    expect(stored.thankYou).toEqual({ sentAt: "2026-12-02T15:00:00.000Z" });
  });

  it("finds the draft a lost answer stored instead of making a second one", async () => {
    const { stored } = await draftNote([
      { method: "POST", path: "^/v1.0/\\$batch$", status: 504, after: true, times: 1 },
    ]);
    const batches = (await sandbox.requests()).filter(
      (r) => r.method === "POST" && r.path.endsWith("$batch"),
    );
    expect(batches[0]?.status).toBe(504);
    expect(await sandbox.draftSubjects()).toEqual(["An update since our conversation, Morgan"]);
    expect(stored.keepInTouch?.draftedAt).toBe(NOW.toISOString());
  });
});
