// The organisation at a glance over real HTTP: one round trip for the line and the contact's own
// team, one for the department; quotes in a department name; a contact without a manager.
import { describe, expect, it } from "vitest";
import { departmentTitles, getOrganisationGlance } from "../../src/graph/organisation";
import type { TenantFile, TenantUser } from "../../sandbox/tenant";
import { STUDENT } from "../support/people";
import { type LoggedRequest, useSandbox } from "../support/sandbox";

function user(id: string, displayName: string, extra: Partial<TenantUser> = {}): TenantUser {
  const upn = `${id}@harbour.example`;
  return { id, userPrincipalName: upn, mail: upn, displayName, ...extra } as TenantUser;
}

/** A small company: a line four deep, a department whose name has a quote, blank titles. */
function harbourTenant(): TenantFile {
  const dept = "Children's Services";
  return {
    organization: { id: "org-h", displayName: "Harbour Health" },
    users: [
      user("student", "Avery Chen", { userPrincipalName: STUDENT, mail: STUDENT }),
      user("ceo", "Rae Ortiz", { jobTitle: "Chief Executive", department: "Executive" }),
      user("vp", "Dana Wu", { jobTitle: "VP Care", department: "Executive", managerId: "ceo" }),
      user("lead", "Ira Patel", {
        jobTitle: "Team Lead",
        department: dept,
        companyName: "Harbour Health",
        managerId: "vp",
      }),
      user("nurse1", "Pat Roy", { jobTitle: "Nurse", department: dept, managerId: "lead" }),
      user("nurse2", "Lou Fox", { jobTitle: "nurse ", department: dept, managerId: "lead" }),
      user("temp", "Max Bell", { department: dept, managerId: "lead" }),
      user("other", "Sky Lane", { jobTitle: "Nurse", department: "Childrens Services" }),
    ],
  } as TenantFile;
}

const sandbox = useSandbox({ tenant: harbourTenant });

function lines(requests: LoggedRequest[]): string[] {
  return requests.map((r) =>
    r.batch
      ? `${r.status} $batch [${r.batch.map((b) => `${b.status} ${b.method} ${b.path}`).join(", ")}]`
      : `${r.status} ${r.method} ${r.path}`,
  );
}

describe("the organisation at a glance", () => {
  it("reads the whole line and the manager's team, and counts a quoted department's titles", async () => {
    const glance = await getOrganisationGlance(sandbox.client(), "nurse1", "en");
    expect(glance).toMatchObject({
      displayName: "Pat Roy",
      department: "Children's Services",
      chain: [
        { id: "lead", displayName: "Ira Patel", jobTitle: "Team Lead" },
        { id: "vp", displayName: "Dana Wu" },
        { id: "ceo", displayName: "Rae Ortiz" },
      ],
      team: { kind: "manager", count: 3, managerName: "Ira Patel" },
      titles: {
        total: 4,
        counted: 4,
        capped: false,
        titles: [
          { title: "Nurse", count: 2 },
          { title: "Team Lead", count: 1 },
          { title: null, count: 1 },
        ],
      },
    });
    // Two round trips: the line and own team together, then the department and the manager's team.
    expect(lines(await sandbox.requests())).toEqual([
      "200 $batch [200 GET /v1.0/users/nurse1, 200 GET /v1.0/users/nurse1/directReports]",
      "200 $batch [200 GET /v1.0/users, 200 GET /v1.0/users/lead/directReports]",
    ]);
  });

  it("counts a manager's own team and needs no second team read", async () => {
    const glance = await getOrganisationGlance(sandbox.client(), "lead", "en");
    expect(glance.team).toEqual({ kind: "own", count: 3 });
    expect(glance.companyName).toBe("Harbour Health");
    const requests = await sandbox.requests();
    expect(requests).toHaveLength(2);
    expect(requests[1]?.batch?.map((b) => b.path) ?? [requests[1]?.path]).toEqual(["/v1.0/users"]);
  });

  it("shows a contact at the top with no line, and no department without one", async () => {
    const ceo = await getOrganisationGlance(sandbox.client(), "ceo", "en");
    expect(ceo.chain).toEqual([]);
    expect(ceo.team).toEqual({ kind: "own", count: 1 });
    const student = await getOrganisationGlance(sandbox.client(), "student", "en");
    expect(student).toMatchObject({ chain: [], team: { kind: "unknown" }, titles: null });
  });

  it("costs one round trip when the interview already names the department", async () => {
    const glance = await getOrganisationGlance(
      sandbox.client(),
      "lead",
      "en",
      undefined,
      "Children's Services",
    );
    expect(glance.team).toEqual({ kind: "own", count: 3 });
    expect(glance.titles?.titles[0]).toEqual({ title: "Nurse", count: 2 });
    expect(lines(await sandbox.requests())).toEqual([
      "200 $batch [200 GET /v1.0/users, 200 GET /v1.0/users/lead, 200 GET /v1.0/users/lead/directReports]",
    ]);
  });

  it("trusts the directory over a department the interview copied earlier", async () => {
    const glance = await getOrganisationGlance(
      sandbox.client(),
      "nurse2",
      "en",
      undefined,
      "Childrens Services",
    );
    expect(glance.department).toBe("Children's Services");
    expect(glance.titles?.total).toBe(4);
  });

  it("stops at the page cap and says how many people it counted of how many", async () => {
    const titles = await departmentTitles(
      sandbox.client(),
      "Children's Services",
      "en",
      undefined,
      {
        pageSize: 2,
        maxPages: 1,
      },
    );
    expect(titles).toMatchObject({ counted: 2, total: 4, capped: true });
  });
});
