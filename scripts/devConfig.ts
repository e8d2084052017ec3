// The config.json the development server hands the pages: sandbox mode, where the sandbox is, and
// the career centre's list ids found in the tenant (by list name, as an admin would look them up).
import { readFile } from "node:fs/promises";

interface TenantSites {
  sites?: Array<{ id: string; lists?: Array<{ id: string; displayName?: string }> }>;
  users?: Array<{ userPrincipalName: string; jobTitle?: string }>;
}

export interface DevConfigInput {
  sandboxOrigin: string;
  /** Tenant file path; the demo tenant when absent. */
  tenantPath?: string;
  demo: {
    siteId: string;
    lists: { volunteers: string; questions: string; bookings: string };
    student: string;
  };
}

function listsOf(tenant: TenantSites) {
  for (const site of tenant.sites ?? []) {
    const byName = (name: string) =>
      site.lists?.find((l) => l.displayName?.toLowerCase().startsWith(name))?.id;
    const volunteers = byName("volunteer");
    const questions = byName("question");
    const bookings = byName("booking");
    if (volunteers && questions && bookings) {
      return { siteId: site.id, lists: { volunteers, questions, bookings } };
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
      sharePoint: { siteId: input.demo.siteId, lists: input.demo.lists },
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
