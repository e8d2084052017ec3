// The keep-in-touch note over real HTTP: one draft in Drafts and the record saying "drafted", in one
// round trip, even when the answer is lost (the thank-you's checked write, reused); once the user
// sends it, Sent Items says so (only what was sent after the draft counts, not the thank-you).
import { describe, expect, it } from "vitest";
import {
  loadInterview,
  prepareRecordWrite,
  rememberRecord,
  updateInterviewExtension,
} from "../../src/app/interviews/interviewExtension";
import {
  composeKeepInTouch,
  findSentFollowUp,
  keepInTouchSentSince,
  recordKeepInTouchDrafted,
  recordKeepInTouchSent,
  saveThankYou,
} from "../../src/app/meeting/thankYou";
import { decodeInterviewExtension, encodeInterviewExtension } from "../../src/domain/interview";
import { pipelineStage } from "../../src/domain/pipeline";
import { createInterviewContact, readContactRecord } from "../../src/graph/contacts";
import { extensionData } from "../../src/graph/extensions";
import { createFakeHost } from "../../src/hosts/fake";
import { morganContact, PROFESSIONAL } from "../support/people";
import { recordingClock, useSandbox } from "../support/sandbox";

const NOW = new Date("2027-03-05T15:00:00Z");
// The sandbox's own clock (Sent Items' sentDateTime), set by each test; it stays within the hour
// after NOW, for which the sandbox's tokens are valid.
let mailboxNow = NOW;
const sandbox = useSandbox({ now: () => mailboxNow });

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
  mailboxNow = NOW;
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
  // As the view does once the record rode along (draftWithRecord): the page's copy is the new one.
  if (saved.kind === "draft" && saved.recorded) rememberRecord(client, contactId, prepared.data);
  const stored = decodeInterviewExtension(await readContactRecord(client, contactId));
  return { client, contactId, saved, stored, mail };
}

/** Plays the user pressing Send in Outlook on the draft with `subject`, at `at`. */
async function sendFromOutlook(subject: string, at: Date): Promise<void> {
  const drafts = await sandbox.graphJson<{ value: Array<{ id: string; subject: string }> }>(
    "/me/mailFolders/drafts/messages?$select=id,subject",
  );
  const draft = drafts.body.value.find((m) => m.subject === subject);
  if (!draft) throw new Error(`no draft "${subject}"`);
  mailboxNow = at;
  const sent = await sandbox.graph(`/me/messages/${draft.id}/send`, { method: "POST" });
  expect(sent.status).toBe(202);
}

/** The thank-you as the user sent it from Outlook on `at`: a draft to Morgan, then Send. */
async function thankYouSent(at: Date): Promise<void> {
  mailboxNow = at;
  const made = await sandbox.graph("/me/messages", {
    method: "POST",
    body: {
      subject: "Thank you, Morgan",
      toRecipients: [{ emailAddress: { address: PROFESSIONAL, name: "Morgan Diaz" } }],
    },
  });
  expect(made.status).toBe(201);
  await sendFromOutlook("Thank you, Morgan", at);
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

describe("noticing the keep-in-touch note in Sent Items", () => {
  it("finds the note once sent, records when, and takes the contact out of keeping in touch", async () => {
    const { client, contactId, stored } = await draftNote();
    // The thank-you the tenant holds in Sent Items (2026-11-20) is to the same contact.
    expect(await findSentFollowUp(client, PROFESSIONAL, new Date(0))).toMatchObject({
      subject: "Thank you for your time",
    });
    const since = keepInTouchSentSince(stored);
    expect(since).toEqual(NOW);
    expect(pipelineStage(stored)).toBe("keepingInTouch");

    // Drafted, not sent: the thank-you (and the older one the tenant holds) are before the draft.
    expect(await findSentFollowUp(client, PROFESSIONAL, since ?? NOW)).toBeNull();

    const sentAt = new Date("2027-03-05T15:40:00Z");
    await sendFromOutlook("An update since our conversation, Morgan", sentAt);
    const before = (await sandbox.requests()).length;
    const found = await findSentFollowUp(client, PROFESSIONAL, since ?? NOW);
    expect(found).toMatchObject({ subject: "An update since our conversation, Morgan", sentAt });
    // One GET, narrowed by Graph: messages sent since the draft, newest first, a few fields.
    const reads = (await sandbox.requests()).slice(before);
    expect(reads).toHaveLength(1);
    expect(reads[0]?.query).toMatchObject({
      $filter: `sentDateTime ge ${NOW.toISOString()}`,
      $orderby: "sentDateTime desc",
      $top: "50",
    });

    const written = await updateInterviewExtension(client, contactId, (r) =>
      recordKeepInTouchSent(r, found?.sentAt ?? NOW),
    );
    expect(written.ok).toBe(true);
    const after = decodeInterviewExtension(await readContactRecord(client, contactId));
    expect(after.keepInTouch).toEqual({
      months: 3,
      draftedAt: NOW.toISOString(),
      sentAt: sentAt.toISOString(),
    });
    expect(pipelineStage(after)).toBe("thanked");
    expect(keepInTouchSentSince(after)).toBeNull();
  });

  it("does not count a message to the contact sent before the note was drafted", async () => {
    // The thank-you went out late, a minute before the note was drafted.
    await thankYouSent(new Date("2027-03-05T14:59:00Z"));
    const { client, stored } = await draftNote();
    expect(
      await findSentFollowUp(client, PROFESSIONAL, keepInTouchSentSince(stored) ?? NOW),
    ).toBeNull();
  });
});
