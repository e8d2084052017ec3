// The config.json the development server hands the pages: sandbox mode, where the sandbox is, and
// the career centre's ids found in the tenant (lists by the names `npm run provision` gives them).
import { readFile } from "node:fs/promises";
import type { SharePointConfig } from "../src/domain/config";
import { DEMO_GROUP_ID } from "../sandbox/tenants/demo";

interface TenantSites {
  sites?: Array<{
    id: string;
    groupId?: string;
    lists?: Array<{ id: string; displayName?: string }>;
  }>;
  users?: Array<{ userPrincipalName: string; jobTitle?: string }>;
}

export interface DevConfigInput {
  sandboxOrigin: string;
  /** Tenant file path; the demo tenant when absent. */
  tenantPath?: string;
  demo: {
    siteId: string;
    lists: SharePointConfig["lists"];
    student: string;
  };
}

function listsOf(tenant: TenantSites): SharePointConfig | null {
  for (const site of tenant.sites ?? []) {
    const byName = (name: string) =>
      site.lists?.find((l) => l.displayName?.toLowerCase() === name.toLowerCase())?.id;
    const volunteers = byName("Volunteers");
    const volunteerNotes = byName("VolunteerNotes");
    const questions = byName("Questions");
    const bookings = byName("Bookings");
    // Optional: a tenant file made before the resource library still gives a working config.
    const resources = byName("Resources");
    const takeawayCounts = byName("TakeawayCounts");
    if (volunteers && volunteerNotes && questions && bookings && site.groupId) {
      return {
        siteId: site.id,
        advisorsGroupId: site.groupId,
        lists: {
          volunteers,
          volunteerNotes,
          questions,
          bookings,
          ...(resources ? { resources } : {}),
          ...(takeawayCounts ? { takeawayCounts } : {}),
        },
      };
    }
  }
  return null;
}

export async function devConfig(input: DevConfigInput): Promise<Record<string, unknown>> {
  if (!input.tenantPath) {
    return {
      mode: "sandbox",
      sandboxOrigin: input.sandboxOrigin,
      defaultPersona: input.demo.student,
      sharePoint: {
        siteId: input.demo.siteId,
        advisorsGroupId: DEMO_GROUP_ID,
        lists: input.demo.lists,
      },
    };
  }
  const tenant = JSON.parse(await readFile(input.tenantPath, "utf8")) as TenantSites;
  return {
    mode: "sandbox",
    sandboxOrigin: input.sandboxOrigin,
    defaultPersona: tenant.users?.[0]?.userPrincipalName,
    sharePoint: listsOf(tenant),
  };
}
