// Sharing takeaway counts, against the sandbox over HTTP: a student's row holds numbers and a
// one-way key only, no other student can read or change it, turning sharing off removes it, and
// the advisors' totals appear only once three students share.
import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import {
  readOwnCounts,
  shareCounts,
  stopSharingCounts,
  studentKey,
  updateSharedCounts,
  type CountsList,
} from "../../src/app/learned/sharedCounts";
import {
  centreTotals,
  countsFromFields,
  studentKeySource,
  type TakeawayCounts,
} from "../../src/domain/takeawayCounts";
import { listRows } from "../../src/graph/lists";
import { ADVISOR, OTHER_STUDENT, STUDENT } from "../support/people";
import { useSandbox } from "../support/sandbox";
import { advisorTenant, WITH_COUNTS, withTakeawayCounts } from "../support/tenants";

vi.setConfig({ testTimeout: 30_000 });

const LIST: CountsList = { siteId: WITH_COUNTS.siteId, listId: "list-counts" };
const NOW = new Date("2026-12-01T15:00:00Z");

const counts = (path: number, conversations = 1): TakeawayCounts => ({
  conversations,
  byTheme: { path, day: 0, skills: 1, outlook: 0, advice: 2, referrals: 0, other: 0 },
});

const sandbox = useSandbox({
  tenant: () =>
    withTakeawayCounts(advisorTenant(new Date()), [
      // Sam Rivera already shares.
      {
        authorId: "u-sam",
        authorUpn: OTHER_STUDENT,
        key: "sam-key",
        fields: { Path: 4, Conversations: 2 },
      },
    ]),
});

describe("a student's shared takeaway counts", () => {
  it("files them under a one-way key, as numbers only, where no other student can reach them", async () => {
    const graph = sandbox.appClient(STUDENT);
    const key = await studentKey("u-student");
    expect(key).toMatch(/^[0-9a-f]{32}$/u);
    expect(key).not.toContain("student");
    // The demo tenant seeds its students' rows with Node's hash: the same key the page makes.
    const seeded = createHash("sha256").update(studentKeySource("u-student")).digest("hex");
    expect(key).toBe(seeded.slice(0, 32));
    // Avery has not shared: Sam's row is not theirs to see.
    expect(await readOwnCounts(graph, LIST, key)).toEqual([]);

    const shared = await shareCounts(graph, LIST, key, counts(3), NOW);
    expect(shared.counts).toEqual(counts(3));
    // What the list holds: the fixed title, numbers, the key and the date — no word of the student's.
    const stored = await sandbox.graphJson<{ fields: Record<string, unknown> }>(
      `/sites/${LIST.siteId}/lists/${LIST.listId}/items/${shared.row.id}?$expand=fields`,
      { as: ADVISOR },
    );
    const written = Object.entries(stored.body.fields).filter(
      ([name]) => !name.startsWith("@odata") && !["id", "Created", "Modified"].includes(name),
    );
    expect(written.map(([name]) => name)).toEqual(
      expect.arrayContaining(["Title", "Path", "Own", "Conversations", "StudentKey", "CountedAt"]),
    );
    for (const [name, value] of written) {
      if (name === "Title") expect(value).toBe("Takeaway counts");
      else if (name === "StudentKey") expect(value).toBe(key);
      else if (name === "CountedAt") expect(value).toBe(NOW.toISOString());
      else expect(typeof value).toBe("number");
    }

    // Sam cannot read, change or remove Avery's row.
    const sam = sandbox.appClient(OTHER_STUDENT);
    expect(await readOwnCounts(sam, LIST, key)).toEqual([]);
    const item = `/sites/${LIST.siteId}/lists/${LIST.listId}/items/${shared.row.id}`;
    const patched = await sandbox.graph(`${item}/fields`, {
      method: "PATCH",
      body: { Path: 0 },
      as: OTHER_STUDENT,
    });
    expect(patched.status).toBeGreaterThanOrEqual(400);

    // Later counts replace the numbers; stopping removes the row.
    const [found] = await readOwnCounts(graph, LIST, key);
    const updated = await updateSharedCounts(graph, LIST, found!, key, counts(5, 2), NOW);
    expect(updated.counts).toEqual(counts(5, 2));
    await stopSharingCounts(graph, LIST, [updated]);
    expect(await readOwnCounts(graph, LIST, key)).toEqual([]);
    // Sam's own row is untouched.
    const samRows = await readOwnCounts(sam, LIST, "sam-key");
    expect(samRows.map((r) => r.counts?.byTheme.path)).toEqual([4]);
  });

  it("gives advisors totals only once three students share", async () => {
    const advisor = sandbox.appClient(ADVISOR);
    const read = async () =>
      centreTotals(
        (await listRows(advisor, LIST.siteId, LIST.listId, ["Path", "Conversations"])).map((row) =>
          countsFromFields(row.fields),
        ),
      );
    expect(await read()).toEqual({ shown: false, students: 1 });
    await shareCounts(
      sandbox.appClient(STUDENT),
      LIST,
      await studentKey("u-student"),
      counts(3),
      NOW,
    );
    expect(await read()).toEqual({ shown: false, students: 2 });
    await shareCounts(advisor, LIST, await studentKey("u-advisor"), counts(1), NOW);
    const totals = await read();
    expect(totals.shown).toBe(true);
    expect(totals.shown && totals.byTheme.path).toBe(4 + 3 + 1);
    expect(totals.shown && totals.conversations).toBe(2 + 1 + 1);
  });
});
