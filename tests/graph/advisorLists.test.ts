// The advisor tab's list work over real HTTP: add, edit with a stale etag, all-or-nothing CSV
// import, roles read from Graph, advisors' notes in their own list, the counts students see.
import { describe, expect, it } from "vitest";
import { readCentreRole } from "../../src/graph/sites/roles";
import {
  addVolunteer,
  importVolunteers,
  readBookings,
  readCentreTimeZone,
  readNotes,
  readVolunteers,
  removeVolunteer,
  saveVolunteer,
  storeBookingCounts,
  writeNotes,
} from "../../src/app/advisor/volunteerList";
import { volunteersToCsv } from "../../src/domain/volunteers/csvExport";
import { parseVolunteerCsv } from "../../src/domain/volunteers/csvImport";
import { volunteerLoads } from "../../src/domain/volunteers/load";
import { EMPTY_VOLUNTEER, draftOf } from "../../src/domain/volunteers/record";
import { addressKey } from "../../src/domain/person";
import { useSandbox } from "../support/sandbox";
import { advisorTenant, CAREER_CENTRE } from "../support/tenants";
import { ADVISOR, READONLY_ADVISOR } from "../support/people";

const now = new Date();
const sandbox = useSandbox({ tenant: () => advisorTenant(now) });

const advisor = () => sandbox.client({ upn: ADVISOR });
const writes = async () =>
  (await sandbox.requests()).filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`);

describe("volunteers on the SharePoint list", () => {
  it("adds a volunteer from outside the directory, readable with every field and an etag", async () => {
    const added = await addVolunteer(advisor(), CAREER_CENTRE, {
      ...EMPTY_VOLUNTEER,
      name: "Isabelle Thériault",
      email: "isabelle@bluewatervet.example",
      organisation: "Bluewater Veterinary Clinic",
      topics: ["Veterinary school", "Animal health"],
      languages: ["English", "French"],
      preferredFormat: "In person",
      monthlyCapacity: 2,
      advisorNotes: "Met at career week.",
    });
    expect(added.etag).toMatch(/^".+,1"$/u);
    const list = await readVolunteers(advisor(), CAREER_CENTRE);
    expect(list.find((v) => v.itemId === added.itemId)).toMatchObject({
      name: "Isabelle Thériault",
      topics: ["Veterinary school", "Animal health"],
      preferredFormat: "In person",
      monthlyCapacity: 2,
      active: true,
      // Notes never go on the public row: the hook writes them to the notes list.
      advisorNotes: "",
    });
  });

  it("refuses to overwrite a row another advisor changed, and hands back both versions", async () => {
    const [morgan] = await readVolunteers(advisor(), CAREER_CENTRE);
    expect(morgan?.name).toBe("Morgan Diaz");
    // Another advisor raises the cap first.
    const first = await saveVolunteer(advisor(), CAREER_CENTRE, morgan!, {
      ...draftOf(morgan!),
      monthlyCapacity: 4,
    });
    expect(first.ok).toBe(true);
    // This advisor still holds the old etag.
    const second = await saveVolunteer(advisor(), CAREER_CENTRE, morgan!, {
      ...draftOf(morgan!),
      advisorNotes: "On leave in March.",
    });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.conflict.mine.advisorNotes).toBe("On leave in March.");
    expect(second.conflict.theirs).toMatchObject({ monthlyCapacity: 4, advisorNotes: "" });
    // Nothing of the stale edit was written.
    const [stored] = await readVolunteers(advisor(), CAREER_CENTRE);
    expect(stored).toMatchObject({ monthlyCapacity: 4, advisorNotes: "" });
    // Keeping mine against their etag works and keeps nothing of theirs silently.
    const kept = await saveVolunteer(
      advisor(),
      CAREER_CENTRE,
      second.conflict.theirs!,
      second.conflict.mine,
    );
    expect(kept.ok && kept.record).toMatchObject({
      monthlyCapacity: 2,
      advisorNotes: "",
    });
  });

  it("removes a row only if nobody changed it since it was read", async () => {
    const [morgan] = await readVolunteers(advisor(), CAREER_CENTRE);
    await saveVolunteer(advisor(), CAREER_CENTRE, morgan!, {
      ...draftOf(morgan!),
      industry: "Research",
    });
    expect(await removeVolunteer(advisor(), CAREER_CENTRE, morgan!)).toBe("conflict");
    const [fresh] = await readVolunteers(advisor(), CAREER_CENTRE);
    expect(fresh).toMatchObject({ name: "Morgan Diaz", industry: "Research" });
    expect(await removeVolunteer(advisor(), CAREER_CENTRE, fresh!)).toBe("removed");
    expect((await readVolunteers(advisor(), CAREER_CENTRE)).map((v) => v.name)).not.toContain(
      "Morgan Diaz",
    );
  });

  it("writes nothing when one line of an import is bad", async () => {
    const existing = await readVolunteers(advisor(), CAREER_CENTRE);
    const taken = new Set(existing.map((v) => addressKey(v.email)));
    const csv = [
      "Name,Email,Organisation,Monthly capacity",
      "Grace Lam,grace.lam@pha.example,Public Health Agency,2",
      "Diego Fuentes,diego@film.example,Northern Lights,three",
      "Morgan Again,morgan.diaz@northfield.example,Northfield,1",
    ].join("\r\n");
    const checked = parseVolunteerCsv(csv, taken);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors.map((e) => [e.line, e.code])).toEqual([
      [3, "capacity-invalid"],
      [4, "email-duplicate"],
    ]);
    expect(await writes()).toEqual([]);
    expect(await readVolunteers(advisor(), CAREER_CENTRE)).toHaveLength(existing.length);
  });

  it("imports a good file in order and exports it back", async () => {
    const csv =
      'Name,Email,Topics\r\n"Lam, Grace",grace.lam@pha.example,"Public health;Biostatistics"\r\nDiego Fuentes,diego@film.example,Film\r\n';
    const checked = parseVolunteerCsv(csv);
    if (!checked.ok) throw new Error("valid file refused");
    const outcome = await importVolunteers(advisor(), CAREER_CENTRE, checked.drafts);
    expect(outcome.failure).toBeNull();
    expect(outcome.written.map((v) => v.name)).toEqual(["Lam, Grace", "Diego Fuentes"]);
    const exported = volunteersToCsv(await readVolunteers(advisor(), CAREER_CENTRE));
    expect(exported).toContain(
      '"Lam, Grace","grace.lam@pha.example","","","","Public health;Biostatistics"',
    );
  });

  it("stops at the first refused write and says which rows exist", async () => {
    const checked = parseVolunteerCsv("Name,Email\nA One,a1@x.example\nB Two,b2@x.example\n");
    if (!checked.ok) throw new Error("valid file refused");
    await sandbox.faults([
      { method: "POST", path: "^/v1.0/sites/.*/items$", status: 503, times: 99 },
    ]);
    const outcome = await importVolunteers(advisor(), CAREER_CENTRE, checked.drafts);
    expect(outcome.written).toEqual([]);
    expect(outcome.failure).toBeTruthy();
    // Creates are never repeated blindly: each POST after the first follows a look that found no
    // such row, and recovery stops when its time is up.
    const log = await sandbox.requests();
    const posts = log.flatMap((r, i) => (r.method === "POST" ? [i] : []));
    expect(posts.length).toBeGreaterThan(1);
    for (const at of posts.slice(1)) expect(log[at - 1]?.method).toBe("GET");
  });
});

describe("load and access", () => {
  it("counts this month's bookings per volunteer in the zone of the advisor's working hours", async () => {
    const zone = await readCentreTimeZone(advisor(), ADVISOR, now);
    expect(zone).toBe("America/New_York");
    // Read with the calendar permission the app holds, never from mailbox settings it may not read.
    const paths = (await sandbox.requests()).map((r) => r.path);
    expect(paths).toContain("/v1.0/me/calendar/getSchedule");
    expect(paths.some((p) => p.includes("mailboxSettings"))).toBe(false);
    const loads = volunteerLoads(
      await readVolunteers(advisor(), CAREER_CENTRE),
      await readBookings(advisor(), CAREER_CENTRE),
      now,
      zone,
    );
    expect(loads.map((l) => [l.name, l.booked, l.full])).toEqual([
      ["Morgan Diaz", 2, true],
      ["Rae Quinn", 1, false],
      ["Sam Ito", 0, false],
    ]);
  });

  it("reads each role from Graph, never from a write: editor, reader, student", async () => {
    expect(await readCentreRole(advisor(), CAREER_CENTRE)).toBe("editor");
    expect(await readCentreRole(sandbox.client({ upn: READONLY_ADVISOR }), CAREER_CENTRE)).toBe(
      "reader",
    );
    expect(await readCentreRole(sandbox.client(), CAREER_CENTRE)).toBe("student");
    expect(await writes()).toEqual([]);
  });

  it("keeps notes in the advisors-only list: saved there, never on the volunteer row", async () => {
    const [morgan] = await readVolunteers(advisor(), CAREER_CENTRE);
    if (!morgan) throw new Error("no volunteer");
    const note = await writeNotes(
      advisor(),
      CAREER_CENTRE,
      morgan,
      "Ask about field work.",
      undefined,
    );
    expect(note?.notes).toBe("Ask about field work.");
    const notes = await readNotes(advisor(), CAREER_CENTRE);
    expect(notes.get(morgan.itemId)?.notes).toBe("Ask about field work.");
    const row = await sandbox.graphJson<{ fields: Record<string, unknown> }>(
      `/sites/${CAREER_CENTRE.siteId}/lists/${CAREER_CENTRE.lists.volunteers}/items/${morgan.itemId}?$expand=fields`,
      { as: ADVISOR },
    );
    expect(JSON.stringify(row.body)).not.toContain("field work");
    await expect(readNotes(sandbox.client(), CAREER_CENTRE)).rejects.toMatchObject({ status: 403 });
  });

  it("stores each volunteer's count of bookings this month, only where it changed", async () => {
    const list = await readVolunteers(advisor(), CAREER_CENTRE);
    const loads = list.map((v) => ({
      itemId: v.itemId,
      name: v.name,
      booked: v.name === "Rae Quinn" ? 2 : (v.bookedThisMonth ?? 0),
      capacity: v.monthlyCapacity,
      full: false,
    }));
    const updated = await storeBookingCounts(advisor(), CAREER_CENTRE, list, loads, now);
    // Morgan's 2 and Sam's 0 are already stored: only Rae's row is written.
    expect(updated.map((v) => [v.name, v.bookedThisMonth])).toEqual([["Rae Quinn", 2]]);
    const again = await storeBookingCounts(
      advisor(),
      CAREER_CENTRE,
      await readVolunteers(advisor(), CAREER_CENTRE),
      loads,
      now,
    );
    expect(again).toEqual([]);
  });
});
