// The demo career centre's takeaway counts: five students share (enough for the advisors' totals),
// each row keyed as the page keys it, the list protected item by item, and the demo's own student
// not among them, so sharing starts off for whoever tries the workbench.
import { describe, expect, it } from "vitest";
import { studentKey } from "../../src/app/learned/sharedCounts";
import { centreTotals, countsFromFields } from "../../src/domain/takeawayCounts";
import { createDemoTenant, DEMO_LIST_IDS } from "../../sandbox/tenants/demo";

const tenant = createDemoTenant(new Date("2026-03-10T12:00:00Z"));
const list = tenant.sites?.[0]?.lists?.find((l) => l.id === DEMO_LIST_IDS.takeawayCounts);

describe("the demo takeaway counts", () => {
  it("holds five students' numbers, item-level protected, totals shown to advisors", async () => {
    expect(list?.displayName).toBe("TakeawayCounts");
    expect(list?.readSecurity).toBe(2);
    expect(list?.writeSecurity).toBe(2);
    const items = list?.items ?? [];
    expect(items).toHaveLength(5);
    const totals = centreTotals(items.map((item) => countsFromFields(item.fields)));
    expect(totals.shown).toBe(true);
    for (const item of items) {
      const author = item.createdBy?.user?.id ?? "";
      const user = tenant.users.find((u) => u.id === author);
      expect(user?.jobTitle).toBe("Student");
      expect(user?.userPrincipalName).not.toBe("avery.chen@northfield.example");
      expect(item.fields.StudentKey).toBe(await studentKey(author));
    }
  });
});
