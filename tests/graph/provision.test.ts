// `npm run provision` end to end against the sandbox over HTTP: a dry run changes nothing, a run
// builds the site as docs/DEPLOY.md describes, a second run changes nothing; the permissions it
// sets keep advisors' notes and other students' bookings away from students.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/domain/config";
import { useSandbox } from "../support/sandbox";
import { ADMIN, FRESH_GROUP_ID, FRESH_SITE_ID, freshCentreTenant } from "../support/freshCentre";
import { ADVISOR, OTHER_STUDENT, STUDENT } from "../support/people";

const run = promisify(execFile);
const sandbox = useSandbox({ tenant: freshCentreTenant, reset: false });

async function provision(configPath: string, ...extra: string[]) {
  const { stdout } = await run(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/provision.ts",
      "--sandbox",
      sandbox.origin,
      "--as",
      ADMIN,
      "--group",
      FRESH_GROUP_ID,
      "--config",
      configPath,
      ...extra,
    ],
    { timeout: 60_000 },
  );
  return stdout;
}

type Lists = { value: { id: string; displayName: string }[] };

describe("npm run provision", { timeout: 60_000 }, () => {
  it("lists every change in a dry run and makes none", async () => {
    const dir = await mkdtemp(join(tmpdir(), "provision-"));
    const config = join(dir, "config.json");
    await writeFile(config, JSON.stringify({ mode: "sandbox", sandboxOrigin: sandbox.origin }));
    const out = await provision(config, "--dry-run");
    expect(out).toContain("would create list Volunteers with columns Email (text, indexed)");
    expect(out).toContain("would create list VolunteerNotes");
    expect(out).toContain("would give Bookings unique permissions");
    expect(out).toContain('would grant the app 00000000-0000-0000-0000-000000000000 "write"');
    expect(out).toContain("nothing was changed");
    const lists = await sandbox.graphJson<Lists>(`/sites/${FRESH_SITE_ID}/lists`, { as: ADMIN });
    expect(lists.body.value).toEqual([]);
    expect(JSON.parse(await readFile(config, "utf8"))).not.toHaveProperty("sharePoint");
  });

  it("builds the site, writes config.json, and changes nothing when run again", async () => {
    const dir = await mkdtemp(join(tmpdir(), "provision-"));
    const config = join(dir, "config.json");
    await writeFile(config, JSON.stringify({ mode: "sandbox", sandboxOrigin: sandbox.origin }));
    const first = await provision(config);
    expect(first).toContain("Changes made:");
    expect(first).toContain("make Bookings item-level");
    expect(first).toContain("remove the site's Visitors from VolunteerNotes");
    const written = parseConfig(JSON.parse(await readFile(config, "utf8")));
    expect(written.ok).toBe(true);
    const sharePoint = written.ok ? written.config.sharePoint : null;
    expect(sharePoint?.siteId).toBe(FRESH_SITE_ID);
    expect(sharePoint?.advisorsGroupId).toBe(FRESH_GROUP_ID);

    const lists = await sandbox.graphJson<Lists>(`/sites/${FRESH_SITE_ID}/lists`, { as: ADMIN });
    expect(lists.body.value.map((l) => l.displayName)).toEqual([
      "Volunteers",
      "VolunteerNotes",
      "Questions",
      "Bookings",
      "Resources",
      "TakeawayCounts",
    ]);
    expect(first).toContain("make TakeawayCounts item-level");
    expect(sharePoint?.lists.takeawayCounts).toBe(
      lists.body.value.find((l) => l.displayName === "TakeawayCounts")?.id,
    );
    expect(sharePoint?.lists.resources).toBe(
      lists.body.value.find((l) => l.displayName === "Resources")?.id,
    );
    const resourceColumns = await sandbox.graphJson<{ value: { name: string }[] }>(
      `/sites/${FRESH_SITE_ID}/lists/${sharePoint?.lists.resources}/columns`,
      { as: ADMIN },
    );
    expect(resourceColumns.body.value.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Title", "Link", "Kind", "Industries", "Organisation", "Language"]),
    );
    const columns = await sandbox.graphJson<{ value: { name: string }[] }>(
      `/sites/${FRESH_SITE_ID}/lists/${sharePoint?.lists.volunteers}/columns`,
      { as: ADMIN },
    );
    expect(columns.body.value.map((c) => c.name)).not.toContain("AdvisorNotes");
    expect(columns.body.value.map((c) => c.name)).toContain("BookedThisMonth");

    const before = await readFile(config, "utf8");
    const second = await provision(config);
    expect(second).toContain("(none: the site is already set up)");
    expect(second).toContain("already names this site and its lists");
    expect(await readFile(config, "utf8")).toBe(before);
  });

  it("leaves a site where students read volunteers, never notes, and only their own bookings", async () => {
    const lists = await sandbox.graphJson<Lists>(`/sites/${FRESH_SITE_ID}/lists`, { as: ADMIN });
    const id = (name: string) => lists.body.value.find((l) => l.displayName === name)?.id ?? "";
    const items = (name: string) => `/sites/${FRESH_SITE_ID}/lists/${id(name)}/items`;

    // The starter question bank is there for everyone.
    const questions = await sandbox.graphJson<{ value: unknown[] }>(items("Questions"), {
      as: STUDENT,
    });
    expect(questions.body.value.length).toBeGreaterThan(50);
    // Students (Visitors) read volunteers and cannot write them; advisors can.
    const add = (as: string) =>
      sandbox.graph(items("Volunteers"), {
        method: "POST",
        body: { fields: { Title: "Robin Field", Email: "robin@field.example" } },
        as,
      });
    expect((await add(STUDENT)).status).toBe(403);
    expect((await add(ADVISOR)).status).toBe(201);
    // Notes: advisors only.
    const note = await sandbox.graph(items("VolunteerNotes"), {
      method: "POST",
      body: { fields: { Title: "Robin Field", VolunteerId: 1, Notes: "Call after 3." } },
      as: ADVISOR,
    });
    expect(note.status).toBe(201);
    expect((await sandbox.graph(items("VolunteerNotes"), { as: STUDENT })).status).toBe(403);
    // Bookings: each student adds and sees their own; the advisor sees all.
    for (const as of [STUDENT, OTHER_STUDENT]) {
      const booked = await sandbox.graph(items("Bookings"), {
        method: "POST",
        body: { fields: { Title: "Booked", VolunteerEmail: "robin@field.example" } },
        as,
      });
      expect(booked.status).toBe(201);
    }
    const mine = await sandbox.graphJson<{ value: unknown[] }>(items("Bookings"), { as: STUDENT });
    expect(mine.body.value).toHaveLength(1);
    const all = await sandbox.graphJson<{ value: unknown[] }>(items("Bookings"), { as: ADVISOR });
    expect(all.body.value).toHaveLength(2);
  });

  it("leaves a counts list where each student keeps one row of their own and advisors read all", async () => {
    const lists = await sandbox.graphJson<Lists>(`/sites/${FRESH_SITE_ID}/lists`, { as: ADMIN });
    const id = lists.body.value.find((l) => l.displayName === "TakeawayCounts")?.id ?? "";
    const items = `/sites/${FRESH_SITE_ID}/lists/${id}/items`;
    const columns = await sandbox.graphJson<{ value: { name: string; indexed?: boolean }[] }>(
      `/sites/${FRESH_SITE_ID}/lists/${id}/columns`,
      { as: ADMIN },
    );
    expect(columns.body.value.find((c) => c.name === "StudentKey")?.indexed).toBe(true);
    const ids: Record<string, string> = {};
    for (const [as, key] of [
      [STUDENT, "a1"],
      [OTHER_STUDENT, "b2"],
    ] as const) {
      const added = await sandbox.graph(items, {
        method: "POST",
        body: { fields: { Title: "Takeaway counts", StudentKey: key, Path: 2, Conversations: 1 } },
        as,
      });
      expect(added.status).toBe(201);
      ids[as] = ((await added.json()) as { id: string }).id;
    }
    const mine = await sandbox.graphJson<{ value: unknown[] }>(items, { as: STUDENT });
    expect(mine.body.value).toHaveLength(1);
    // A student can neither change nor remove another student's row.
    const theirs = `${items}/${ids[OTHER_STUDENT]}`;
    expect(
      (
        await sandbox.graph(`${theirs}/fields`, {
          method: "PATCH",
          body: { Path: 99 },
          as: STUDENT,
        })
      ).status,
    ).not.toBeLessThan(400);
    expect(
      (await sandbox.graph(theirs, { method: "DELETE", as: STUDENT })).status,
    ).not.toBeLessThan(400);
    // Their own row they may remove (turning sharing off).
    const own = await sandbox.graph(`${items}/${ids[STUDENT]}`, { method: "DELETE", as: STUDENT });
    expect(own.status).toBe(204);
    const all = await sandbox.graphJson<{ value: unknown[] }>(items, { as: ADVISOR });
    expect(all.body.value).toHaveLength(1);
  });

  it("leaves a resource library advisors edit and students only read", async () => {
    const lists = await sandbox.graphJson<Lists>(`/sites/${FRESH_SITE_ID}/lists`, { as: ADMIN });
    const id = lists.body.value.find((l) => l.displayName === "Resources")?.id ?? "";
    const items = `/sites/${FRESH_SITE_ID}/lists/${id}/items`;
    const add = (as: string, Title: string) =>
      sandbox.graph(items, {
        method: "POST",
        body: {
          fields: { Title, Link: "https://example.org/guide", Kind: "guide", Language: "both" },
        },
        as,
      });
    expect((await add(STUDENT, "Student's own link")).status).toBe(403);
    const created = await add(ADVISOR, "Interview guide");
    expect(created.status).toBe(201);
    const read = await sandbox.graphJson<{ value: { fields: { Title: string } }[] }>(
      `${items}?$expand=fields`,
      { as: STUDENT },
    );
    expect(read.status).toBe(200);
    expect(read.body.value.map((item) => item.fields.Title)).toEqual(["Interview guide"]);
    // Editing and removing are refused to students too.
    const itemId = ((await created.json()) as { id: string }).id;
    const patch = await sandbox.graph(`${items}/${itemId}/fields`, {
      method: "PATCH",
      body: { Link: "https://example.org/other" },
      as: STUDENT,
    });
    expect(patch.status).toBe(403);
    expect(
      (await sandbox.graph(`${items}/${itemId}`, { method: "DELETE", as: STUDENT })).status,
    ).toBe(403);
  });
});
