// Drafts and the career centre's lists over real HTTP: a draft POST is never repeated blindly; list
// edits honour etags.
import { describe, expect, it } from "vitest";
import { getSchedules } from "../../src/graph/calendar";
import { deleteRow, listRows, readCentreList, updateRow } from "../../src/graph/lists";
import { createDraft, createReplyDraft, findSentMessageTo } from "../../src/graph/mail";
import { sandboxTransport } from "../../src/graph/sandboxTransport";
import { useSandbox, recordingClock } from "../support/sandbox";
import { STUDENT, PROFESSIONAL, MORGAN_RECIPIENT } from "../support/people";

const sandbox = useSandbox();

const request = {
  subject: "Would you have 20 minutes to talk about your work?",
  bodyHtml: "<p>Dear Morgan, I am a student exploring careers in biology.</p>",
  to: [MORGAN_RECIPIENT],
};

describe("mail drafts", () => {
  it("creates a draft for the user to review (never sent)", async () => {
    const draft = await createDraft(sandbox.client(), request);
    expect(draft.subject).toBe(request.subject);
    expect(await sandbox.draftSubjects()).toEqual([request.subject]);
    const reply = await createReplyDraft(sandbox.client(), draft.id, "<p>Thank you!</p>");
    expect(reply.id).not.toBe(draft.id);
  });

  it("sends a draft POST refused with 503 again only after Drafts shows it was not stored", async () => {
    await sandbox.faults([{ method: "POST", path: "^/v1.0/me/messages$", status: 503, times: 1 }]);
    const clock = recordingClock(Date.now());
    const draft = await createDraft(sandbox.client({ clock }), request);
    expect(draft.subject).toBe(request.subject);
    expect(clock.sleeps).toHaveLength(1);
    const log = (await sandbox.requests()).map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(log).toEqual([
      "POST /v1.0/me/messages 503",
      "GET /v1.0/me/mailFolders/drafts/messages 200",
      "POST /v1.0/me/messages 201",
    ]);
    expect(await sandbox.draftSubjects()).toEqual([request.subject]);
  });

  it("finds the draft it stored when the answer was lost, instead of making a second one", async () => {
    const toSandbox = sandboxTransport(sandbox.origin);
    let lose = 1;
    const client = sandbox.client({
      clock: recordingClock(Date.now()),
      transport: async (req) => {
        const response = await toSandbox(req);
        if (req.method === "POST" && lose-- > 0) {
          await response.body?.cancel();
          return Response.json(
            { error: { code: "GatewayTimeout", message: "timed out" } },
            { status: 504 },
          );
        }
        return response;
      },
    });
    const draft = await createDraft(client, request);
    expect(draft.subject).toBe(request.subject);
    expect(await sandbox.draftSubjects()).toEqual([request.subject]);
    expect((await sandbox.requests()).filter((r) => r.method === "POST")).toHaveLength(1);
  });
});

describe("thank-you detection", () => {
  it("notices a message sent to the contact since the interview, and nothing before it", async () => {
    const client = sandbox.client();
    const sent = await findSentMessageTo(
      client,
      "Morgan.Diaz@northfield.example",
      new Date("2026-11-19T00:00:00Z"),
    );
    expect(sent).toMatchObject({
      subject: "Thank you for your time",
      sentAt: new Date("2026-11-20T15:00:00Z"),
    });
    expect(
      await findSentMessageTo(client, PROFESSIONAL, new Date("2026-11-21T00:00:00Z")),
    ).toBeNull();
  });
});

describe("career centre lists", () => {
  it("reads rows with their columns, refuses a stale edit with the current row, deletes", async () => {
    const client = sandbox.client();
    const rows = await listRows(client, "site-career", "list-volunteers", [
      "Title",
      "Email",
      "Field",
    ]);
    expect(rows.map((r) => r.fields.Title)).toEqual(["Morgan Diaz", "Rae Quinn"]);
    const morgan = rows[0];
    if (!morgan) throw new Error("no row");
    const saved = await updateRow(
      client,
      "site-career",
      "list-volunteers",
      morgan.id,
      { Field: "Plant biology" },
      morgan.etag,
    );
    expect(saved).toMatchObject({ ok: true, row: { fields: { Field: "Plant biology" } } });
    const stale = await updateRow(
      client,
      "site-career",
      "list-volunteers",
      morgan.id,
      { Field: "Zoology" },
      morgan.etag,
    );
    expect(stale).toMatchObject({
      ok: false,
      reason: "conflict",
      server: { fields: { Field: "Plant biology" } },
    });
    await deleteRow(client, "site-career", "list-volunteers", morgan.id);
    await deleteRow(client, "site-career", "list-volunteers", morgan.id);
    expect(
      (await listRows(client, "site-career", "list-volunteers", ["Title"])).map(
        (r) => r.fields.Title,
      ),
    ).toEqual(["Rae Quinn"]);
  });
});

describe("career centre lists by their configured names", () => {
  const centre = {
    siteId: "site-career",
    advisorsGroupId: "group-career",
    lists: {
      volunteers: "list-volunteers",
      volunteerNotes: "list-notes",
      questions: "list-questions",
      bookings: "list-bookings",
    },
  };

  it("reads a configured list by name", async () => {
    const rows = await readCentreList(sandbox.client(), centre, "volunteers", ["Title"]);
    expect(rows.map((r) => r.fields.Title)).toEqual(["Morgan Diaz", "Rae Quinn"]);
  });

  it("deletes under If-Match only while the row is unchanged; a row already gone counts as deleted", async () => {
    const client = sandbox.client();
    const [morgan] = await listRows(client, "site-career", "list-volunteers", ["Title"]);
    if (!morgan?.etag) throw new Error("no row with an etag");
    await updateRow(
      client,
      "site-career",
      "list-volunteers",
      morgan.id,
      { Field: "Zoology" },
      null,
    );
    expect(await deleteRow(client, "site-career", "list-volunteers", morgan.id, morgan.etag)).toBe(
      "conflict",
    );
    const [fresh] = await listRows(client, "site-career", "list-volunteers", ["Title"]);
    expect(fresh?.fields.Title).toBe("Morgan Diaz");
    expect(await deleteRow(client, "site-career", "list-volunteers", morgan.id, fresh!.etag)).toBe(
      "deleted",
    );
    expect(await deleteRow(client, "site-career", "list-volunteers", morgan.id, fresh!.etag)).toBe(
      "deleted",
    );
  });
});

describe("schedules", () => {
  it("reads the contact's busy time and working hours in UTC instants", async () => {
    const window = {
      start: new Date("2026-12-01T08:00:00Z"),
      end: new Date("2026-12-02T08:00:00Z"),
    };
    const [mine, theirs] = await getSchedules(
      sandbox.client(),
      [STUDENT, PROFESSIONAL],
      window,
      30,
    );
    expect(mine).toMatchObject({ email: STUDENT, busy: [], error: null });
    // The lab meeting: 10:00–11:00 Pacific on 1 December (UTC−8).
    expect(theirs?.busy).toEqual([
      {
        start: new Date("2026-12-01T18:00:00Z"),
        end: new Date("2026-12-01T19:00:00Z"),
        status: "busy",
      },
    ]);
    expect(theirs?.workingHours).toMatchObject({
      daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
      timeZone: "Pacific Standard Time",
    });
  });
});
