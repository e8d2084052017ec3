// The demo career centre's resource library: a dozen safe, readable resources in both languages,
// under the site's own permissions, found by the development config by name.
import { describe, expect, it } from "vitest";
import { createDemoTenant, DEMO_LIST_IDS } from "../../sandbox/tenants/demo";
import { resourceFromFields, suggestResources } from "../../src/domain/resources";
import { devConfig } from "../../scripts/devConfig";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const tenant = createDemoTenant(new Date("2026-03-10T12:00:00Z"));
const site = tenant.sites?.[0];
const list = site?.lists?.find((l) => l.id === DEMO_LIST_IDS.resources);

describe("the demo resource library", () => {
  it("holds a dozen resources the app reads, in English and French, inheriting permissions", () => {
    expect(list?.displayName).toBe("Resources");
    expect(list?.roleAssignments).toBeUndefined();
    const records = (list?.items ?? []).map((item) =>
      resourceFromFields(item.id, null, item.fields),
    );
    expect(records).toHaveLength(12);
    expect(records.every((r) => r !== null && r.url.startsWith("https://example.org/"))).toBe(true);
    const languages = new Set(records.map((r) => r?.language));
    expect([...languages].sort()).toEqual(["both", "en", "fr"]);
  });

  it("suggests the hospital's own page first for a Lakeshore nurse, in French first for French", () => {
    const records = (list?.items ?? [])
      .map((item) => resourceFromFields(item.id, null, item.fields))
      .filter((r) => r !== null);
    const got = suggestResources(records, {
      organisation: "Lakeshore General Hospital",
      industries: ["Health care"],
      locale: "fr-CA",
    });
    expect(got[0]?.fit).toBe("organisation");
    expect(got[1]).toMatchObject({ fit: "industry", resource: { language: "fr" } });
    expect(got.some((s) => s.resource.organisation === "Harbour Bank")).toBe(false);
  });

  it("is found by name for the development config from a tenant file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "devconfig-"));
    const path = join(dir, "tenant.json");
    await writeFile(path, JSON.stringify(tenant));
    const config = await devConfig({
      sandboxOrigin: "http://127.0.0.1:4000",
      tenantPath: path,
      demo: { siteId: "", lists: DEMO_LIST_IDS, student: "" },
    });
    expect(config.sharePoint).toMatchObject({ lists: { resources: DEMO_LIST_IDS.resources } });
    // A tenant made before the library keeps a working config without it.
    const older = {
      ...tenant,
      sites: [{ ...site, lists: site?.lists?.filter((l) => l !== list) }],
    };
    await writeFile(path, JSON.stringify(older));
    const without = await devConfig({
      sandboxOrigin: "http://127.0.0.1:4000",
      tenantPath: path,
      demo: { siteId: "", lists: DEMO_LIST_IDS, student: "" },
    });
    expect(without.sharePoint).toMatchObject({ lists: { volunteers: DEMO_LIST_IDS.volunteers } });
    expect(
      (without.sharePoint as { lists: Record<string, string> }).lists.resources,
    ).toBeUndefined();
  });
});
