// My interviews over real HTTP: the folder is made once, a person is added once, notes never
// overwrite a newer version.
import { replayPendingOutbox } from "../../src/app/replayOutbox";
import { describe, expect, it } from "vitest";
import { interviewStoreFor } from "../../src/app/interviews/interviewStore";
import {
  addInterview,
  loadInterviews,
  type NewInterview,
} from "../../src/app/interviews/interviews";
import { createNotesSession, type NotesState } from "../../src/app/interviews/notesSession";
import { createMemoryOutbox } from "../../src/app/outbox/outbox";
import { getInterviewContact } from "../../src/graph/contacts";
import { useSandbox, type LoggedRequest } from "../support/sandbox";
import { PROFESSIONAL, morganInterview } from "../support/people";

const sandbox = useSandbox();

const NOW = new Date("2026-11-26T15:00:00Z");
const morgan = morganInterview({
  department: "Biology",
  organisation: "Northfield University",
  directoryId: "u-pro",
  research: {
    reportingLine: ["Lee Park (Chair)", "Sam Okafor (Dean of Science)"],
    directReports: ["Jo Smith", "Kim Lee"],
  },
});

const flat = (requests: LoggedRequest[]) =>
  requests.flatMap((r) => (r.batch ? [r, ...r.batch] : [r]));
const count = (requests: LoggedRequest[], method: string, path: RegExp) =>
  flat(requests).filter((r) => r.method === method && path.test(r.path)).length;

async function addFresh(person: NewInterview) {
  // A new client is a new page session: nothing cached about the folder.
  return addInterview(sandbox.client(), person, { locale: "en", now: NOW });
}

describe("adding to My interviews", () => {
  it("creates the 'Information interviews' folder on first use only, across sessions", async () => {
    const first = await addFresh(morgan);
    const second = await addFresh({
      displayName: "Jo Smith",
      email: "jo.smith@northfield.example",
      source: "directory",
    });
    expect(first).toMatchObject({ ok: true, created: true });
    expect(second).toMatchObject({ ok: true, created: true });
    const requests = await sandbox.requests();
    expect(count(requests, "POST", /^\/v1\.0\/me\/contactFolders$/)).toBe(1);
    const interviews = await loadInterviews(sandbox.client());
    expect(interviews.map((i) => i.record.displayName).sort()).toEqual(["Jo Smith", "Morgan Diaz"]);
  });

  it("stores stage, source and the prefilled research notes with the contact", async () => {
    const added = await addFresh(morgan);
    expect(added.ok).toBe(true);
    const [stored] = await loadInterviews(sandbox.client());
    expect(stored!.record).toMatchObject({
      displayName: "Morgan Diaz",
      emailAddress: PROFESSIONAL,
      stage: "found",
      source: "directory",
      directoryId: "u-pro",
      jobTitle: "Research Scientist",
      questions: [],
    });
    expect(stored!.notes).toContain(
      "- Reports to: Lee Park (Chair) → Sam Okafor (Dean of Science)",
    );
    expect(stored!.notes).toContain("[ ] Recent news about the organisation or the person");
    expect(stored!.etag).toBeTruthy();
  });

  it("never makes a duplicate: the same address added again (other case, other session) returns the first", async () => {
    const first = await addFresh(morgan);
    const again = await addFresh({
      ...morgan,
      email: PROFESSIONAL.toUpperCase(),
      displayName: "Morgan D.",
    });
    expect(again).toMatchObject({ ok: true, created: false });
    if (!first.ok || !again.ok) throw new Error("add failed");
    expect(again.interview.record.contactId).toBe(first.interview.record.contactId);
    expect(await loadInterviews(sandbox.client())).toHaveLength(1);
  });

  it("shares one request between two quick clicks, and asks nothing for someone already listed", async () => {
    const store = interviewStoreFor(sandbox.client());
    await store.load();
    const [a, b] = await Promise.all([
      store.add(morgan, { locale: "en", now: NOW }),
      store.add(morgan, { locale: "en", now: NOW }),
    ]);
    expect(a).toBe(b);
    const before = (await sandbox.requests()).length;
    const third = await store.add(morgan, { locale: "en", now: NOW });
    expect(third).toMatchObject({ ok: true, created: false });
    expect((await sandbox.requests()).length).toBe(before);
    expect(count(await sandbox.requests(), "POST", /\/contacts$/)).toBe(1);
  });

  it("adds a person from outside the directory by hand, with how we met", async () => {
    const added = await addFresh({
      displayName: "Pat Neighbour",
      email: "pat@home.example",
      organisation: "Harbour Bakery",
      howWeMet: "Lives next door",
      source: "manual",
    });
    expect(added).toMatchObject({ ok: true, created: true });
    const [stored] = await loadInterviews(sandbox.client());
    expect(stored!.record).toMatchObject({
      source: "manual",
      howWeMet: "Lives next door",
      organisation: "Harbour Bakery",
    });
    expect(stored!.notes).toContain("- How we met: Lives next door");
  });

  it("keeps a first add to at most four requests and a later add to two", async () => {
    await addFresh(morgan);
    const firstAdd = (await sandbox.requests()).length;
    await fetch(`${sandbox.origin}/_sandbox/reset`, { method: "POST" });
    const client = sandbox.client();
    await addInterview(client, morgan, { locale: "en", now: NOW });
    const before = (await sandbox.requests()).length;
    await addInterview(
      client,
      { displayName: "Kim Lee", email: "kim.lee@northfield.example", source: "directory" },
      { locale: "en", now: NOW },
    );
    const laterAdd = (await sandbox.requests()).length - before;
    // Folder lookup + folder creation + duplicate check + contact creation; the folder is known afterwards.
    expect(firstAdd).toBeLessThanOrEqual(4);
    expect(laterAdd).toBe(2);
  });
});

async function addedId(): Promise<string> {
  const added = await addFresh(morgan);
  if (!added.ok) throw new Error("add failed");
  return added.interview.record.contactId;
}

function session(contactId: string, outbox = createMemoryOutbox()) {
  const states: NotesState[] = [];
  const notes = createNotesSession({
    graph: sandbox.client(),
    contactId,
    outbox,
    now: () => NOW,
    debounceMs: 5,
    retryMs: 20,
    maxRetryMs: 40,
    onChange: (s) => states.push(s),
  });
  return { notes, states, outbox };
}

async function until(check: () => boolean | Promise<boolean>, ms = 3000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("research notes", () => {
  it("notes left unsent by a closed page are sent when My interviews next loads", async () => {
    const id = await addedId();
    const outbox = createMemoryOutbox();
    await outbox.put({
      contactId: id,
      notes: "Written on the bus",
      baseEtag: null,
      typedAt: NOW.toISOString(),
    });
    const store = interviewStoreFor(sandbox.client(), outbox, replayPendingOutbox);
    await store.load();
    await until(
      async () => (await getInterviewContact(sandbox.client(), id)).notes === "Written on the bus",
    );
    await until(async () => (await outbox.get(id)) === null);
    await until(
      () =>
        store.snapshot().interviews.find((i) => i.record.contactId === id)?.notes ===
        "Written on the bus",
    );
  });

  it("shows both versions when the notes changed elsewhere (412), and writes only the one the user keeps", async () => {
    const id = await addedId();
    const laptop = session(id);
    const phone = session(id);
    await Promise.all([laptop.notes.start(), phone.notes.start()]);

    phone.notes.edit("Notes from my phone");
    await until(() => phone.notes.state.status === "saved");
    laptop.notes.edit("Notes from my laptop");
    await until(() => laptop.notes.state.status === "conflict");
    expect(laptop.notes.state.conflict).toEqual({
      mine: "Notes from my laptop",
      theirs: "Notes from my phone",
    });
    // Nothing was overwritten while the user decides.
    expect((await getInterviewContact(sandbox.client(), id)).notes).toBe("Notes from my phone");
    expect(count(await sandbox.requests(), "PATCH", /\/me\/contacts\//)).toBe(2);

    await laptop.notes.keep("mine");
    expect(laptop.notes.state).toMatchObject({
      status: "saved",
      text: "Notes from my laptop",
      conflict: null,
    });
    expect((await getInterviewContact(sandbox.client(), id)).notes).toBe("Notes from my laptop");
    expect(await laptop.outbox.get(id)).toBeNull();
  });

  it("typing while a save meets a newer version never sends over it", async () => {
    const id = await addedId();
    const laptop = session(id);
    const phone = session(id);
    await Promise.all([laptop.notes.start(), phone.notes.start()]);
    phone.notes.edit("From the phone");
    await until(() => phone.notes.state.status === "saved");
    // The laptop's save is slow to answer; the user keeps typing meanwhile.
    await sandbox.faults([
      { method: "PATCH", path: "^/v1.0/me/contacts/", delayMs: 300, times: 1 },
    ]);
    laptop.notes.edit("a");
    await until(() => laptop.notes.state.status === "saving");
    laptop.notes.edit("ab");
    await new Promise((r) => setTimeout(r, 30));
    laptop.notes.edit("abc");
    await until(() => laptop.notes.state.status === "conflict");
    await new Promise((r) => setTimeout(r, 200));
    expect(laptop.notes.state.conflict).toEqual({ mine: "abc", theirs: "From the phone" });
    expect((await getInterviewContact(sandbox.client(), id)).notes).toBe("From the phone");
  });

  it("keeping the other version drops the local text and sends nothing", async () => {
    const id = await addedId();
    const laptop = session(id);
    const phone = session(id);
    await Promise.all([laptop.notes.start(), phone.notes.start()]);
    phone.notes.edit("Theirs");
    await until(() => phone.notes.state.status === "saved");
    laptop.notes.edit("Mine");
    await until(() => laptop.notes.state.status === "conflict");
    const patches = count(await sandbox.requests(), "PATCH", /\/me\/contacts\//);
    await laptop.notes.keep("theirs");
    expect(laptop.notes.state).toMatchObject({ status: "saved", text: "Theirs" });
    expect(count(await sandbox.requests(), "PATCH", /\/me\/contacts\//)).toBe(patches);
    expect(await laptop.outbox.get(id)).toBeNull();
  });

  it("keeps typing in the outbox while Graph is unreachable, then saves the latest text once", async () => {
    const id = await addedId();
    const { notes, states, outbox } = session(id);
    await notes.start();
    await sandbox.faults([{ method: "PATCH", path: "^/v1.0/me/contacts/", status: 0, times: 3 }]);
    notes.edit("First thought");
    notes.edit("First thought, second thought");
    await until(() => states.some((s) => s.status === "offline"));
    expect(await outbox.get(id)).toMatchObject({ notes: "First thought, second thought" });
    await until(() => notes.state.status === "saved");
    const patches = flat(await sandbox.requests()).filter(
      (r) => r.method === "PATCH" && /\/me\/contacts\//.test(r.path),
    );
    expect(patches.filter((r) => r.status === 200)).toHaveLength(1);
    expect((await getInterviewContact(sandbox.client(), id)).notes).toBe(
      "First thought, second thought",
    );
    expect(await outbox.get(id)).toBeNull();
  });

  it("a later session sends what an earlier one left in the outbox (a closed pane loses nothing)", async () => {
    const id = await addedId();
    const outbox = createMemoryOutbox();
    const closed = session(id, outbox);
    await closed.notes.start();
    await sandbox.faults([{ method: "PATCH", path: "^/v1.0/me/contacts/", status: 0, times: 1 }]);
    closed.notes.edit("Typed before the pane closed");
    await until(async () => (await outbox.get(id)) !== null);
    await until(() => closed.notes.state.status === "offline");
    closed.notes.dispose();

    const reopened = session(id, outbox);
    await reopened.notes.start();
    await until(() => reopened.notes.state.status === "saved");
    expect(reopened.notes.state.text).toBe("Typed before the pane closed");
    expect((await getInterviewContact(sandbox.client(), id)).notes).toBe(
      "Typed before the pane closed",
    );
  });
});
