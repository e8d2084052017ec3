// Sandbox contract: the directory — /me, /users with $select, $filter, $search, $count, $top,
// paging; manager, reports, photo, people.
import { describe, expect, it } from "vitest";
import { type GraphErrorBody, type Page, sandboxPath } from "./graphAnswers";
import { useSandbox } from "../support/sandbox";
import { colleaguesTenant, SAM, NOOR, JULES } from "../support/tenants";
import { STUDENT } from "../support/people";

const eventual = { ConsistencyLevel: "eventual" };

const sandbox = useSandbox({ tenant: colleaguesTenant, reset: false });

type User = Record<string, unknown>;

describe("/me and /users/{id|upn}", () => {
  it("returns Graph's default property set for /me, not every property", async () => {
    const { status, body } = await sandbox.graphJson<User>("/me");
    expect(status).toBe(200);
    expect(body.userPrincipalName).toBe(STUDENT);
    expect(body).toHaveProperty("officeLocation", "Science Hall");
    expect(body).not.toHaveProperty("department");
    expect(body).not.toHaveProperty("managerId");
    expect(body["@odata.context"]).toBe("https://graph.microsoft.com/v1.0/$metadata#users/$entity");
  });

  it("returns exactly the $select-ed properties (plus id), null when unset", async () => {
    const { body } = await sandbox.graphJson<User>(`/users/${NOOR}?$select=department,mobilePhone`);
    expect(body).toMatchObject({ department: "Biology", mobilePhone: null });
    expect(Object.keys(body).sort()).toEqual(["@odata.context", "department", "id", "mobilePhone"]);
  });

  // Schema conformance (sandbox/schema): a tenant field Graph v1.0's user lacks cannot be selected.
  it("refuses a $select of a tenant field that Graph's user type does not have", async () => {
    const { status } = await sandbox.graphJson<User>("/me?$select=pronouns");
    expect(status).toBe(400);
  });

  it("refuses an unknown $select property like Graph", async () => {
    const { status, body } = await sandbox.graphJson<GraphErrorBody>(
      "/users?$select=displayName,shoeSize",
    );
    expect(status).toBe(400);
    expect(body.error.code).toBe("BadRequest");
    expect(body.error.message).toBe(
      "Could not find a property named 'shoeSize' on type 'microsoft.graph.user'.",
    );
  });

  it("finds users by id and by UPN, and 404s with Request_ResourceNotFound", async () => {
    const byUpn = await sandbox.graphJson<User>(`/users/${SAM}`);
    const byId = await sandbox.graphJson<User>(`/users/${String(byUpn.body.id)}`);
    expect(byId.body.userPrincipalName).toBe(SAM);
    const missing = await sandbox.graphJson<GraphErrorBody>("/users/nobody@northfield.example");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("Request_ResourceNotFound");
  });
});

describe("$filter on users", () => {
  it("supports eq, startsWith and in on department, jobTitle, companyName and officeLocation", async () => {
    // companyName and officeLocation filter only as advanced queries (aad-advanced-queries.md).
    const names = async (filter: string) =>
      (
        await sandbox.graphJson<Page>(
          `/users?$filter=${encodeURIComponent(filter)}&$select=displayName&$count=true`,
          { headers: eventual },
        )
      ).body.value
        .map((u) => u.displayName)
        .sort();
    expect(await names("department eq 'biology'")).toEqual(["Avery Chen", "Noor Haddad-Émond"]);
    expect(await names("startsWith(jobTitle,'Res')")).toEqual(["Sam Lee"]);
    expect(await names("companyName in ('Contoso Labs')")).toEqual(["Noor Haddad-Émond"]);
    expect(await names("officeLocation eq 'Science Hall' and startsWith(givenName,'N')")).toEqual([
      "Noor Haddad-Émond",
    ]);
  });

  it("refuses ne without advanced query (Request_UnsupportedQuery) and allows it with one", async () => {
    const plain = await sandbox.graphJson<GraphErrorBody>(
      `/users?$filter=${encodeURIComponent("department ne 'Biology'")}`,
    );
    expect(plain.status).toBe(400);
    expect(plain.body.error.code).toBe("Request_UnsupportedQuery");
    const advanced = await sandbox.graphJson<Page>(
      `/users?$filter=${encodeURIComponent("department ne 'Biology'")}&$count=true`,
      { headers: eventual },
    );
    expect(advanced.status).toBe(200);
    expect(advanced.body["@odata.count"]).toBe(2);
  });

  it("refuses a filter on a property Graph does not know", async () => {
    const res = await sandbox.graphJson<GraphErrorBody>(
      `/users?$filter=${encodeURIComponent("shoeSize eq 9")}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain("shoeSize");
  });

  it("refuses sorting a filtered query without advanced query", async () => {
    const res = await sandbox.graphJson<GraphErrorBody>(
      `/users?$filter=${encodeURIComponent("department eq 'Biology'")}&$orderby=displayName`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe("Sorting not supported for current query.");
  });
});

describe("$search on users", () => {
  const search = (q: string, headers: Record<string, string> = eventual) =>
    sandbox.graphJson<Page>(`/users?$search=${encodeURIComponent(q)}&$select=displayName`, {
      headers,
    });

  it("requires ConsistencyLevel: eventual, as Graph does", async () => {
    const res = await search('"displayName:sam"', {});
    expect(res.status).toBe(400);
    const body = res.body as unknown as GraphErrorBody;
    expect(body.error.code).toBe("Request_UnsupportedQuery");
    expect(body.error.message).toContain("ConsistencyLevel: eventual");
  });

  it("matches word prefixes, case- and accent-insensitively, across OR clauses", async () => {
    const names = async (q: string) =>
      (await search(q)).body.value.map((u) => u.displayName).sort();
    expect(await names('"displayName:emo"')).toEqual(["Noor Haddad-Émond"]);
    expect(await names('"displayName:TREM"')).toEqual(["Jules Tremblay"]);
    expect(await names('"displayName:chen" OR "mail:sam"')).toEqual(["Avery Chen", "Sam Lee"]);
    expect(await names('"displayName:hen"')).toEqual([]);
    expect(await names('"displayName:noor had"')).toEqual(["Noor Haddad-Émond"]);
  });

  it("refuses a search clause without a property", async () => {
    const res = await search('"sam"');
    expect(res.status).toBe(400);
  });
});

describe("$top, $count and paging", () => {
  it("refuses $top over 999", async () => {
    const res = await sandbox.graphJson<GraphErrorBody>("/users?$top=1000");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("Request_UnsupportedQuery");
  });

  it("ignores $count=true without ConsistencyLevel (as Graph does) and counts with it", async () => {
    expect(
      (await sandbox.graphJson<Page>("/users?$count=true")).body["@odata.count"],
    ).toBeUndefined();
    expect(
      (await sandbox.graphJson<Page>("/users?$count=true", { headers: eventual })).body[
        "@odata.count"
      ],
    ).toBe(4);
    const segment = await sandbox.graph("/users/$count");
    expect(segment.status).toBe(400);
    const counted = await sandbox.graph("/users/$count", { headers: eventual });
    expect(await counted.text()).toBe("4");
  });

  it("pages to the end with absolute Graph nextLinks carrying $skiptoken and the original options", async () => {
    const seen: string[] = [];
    let path: string | undefined = "/users?$top=3&$select=displayName&$orderby=displayName";
    let pages = 0;
    while (path) {
      const { body }: { body: Page } = await sandbox.graphJson<Page>(path);
      seen.push(...body.value.map((u) => String(u.displayName)));
      const link: string | undefined = body["@odata.nextLink"];
      if (link) {
        expect(link).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/users\?.*\$skiptoken=/);
        expect(link).toContain("$select=displayName");
      }
      path = link ? sandboxPath(link) : undefined;
      pages++;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual(["Avery Chen", "Jules Tremblay", "Noor Haddad-Émond", "Sam Lee"]);
  });
});

describe("manager, direct reports and photo", () => {
  it("returns the manager as a directory object, and 404 when there is none", async () => {
    const { body } = await sandbox.graphJson<User>("/me/manager?$select=displayName,mail");
    expect(body).toMatchObject({
      "@odata.type": "#microsoft.graph.user",
      displayName: "Jules Tremblay",
      mail: JULES,
    });
    const none = await sandbox.graphJson<GraphErrorBody>(`/users/${JULES}/manager`);
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe("Request_ResourceNotFound");
  });

  it("lists direct reports", async () => {
    const { body } = await sandbox.graphJson<Page>(
      `/users/${JULES}/directReports?$select=displayName`,
    );
    expect(body.value.map((u) => u.displayName).sort()).toEqual(["Avery Chen", "Sam Lee"]);
  });

  it("pages direct reports as Graph pages directory links, and refuses a page over 999", async () => {
    const first = await sandbox.graphJson<Page & { "@odata.nextLink"?: string }>(
      `/users/${JULES}/directReports?$select=displayName&$top=1`,
    );
    expect(first.body.value).toHaveLength(1);
    const link = first.body["@odata.nextLink"] ?? "";
    expect(link).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/users\/.*directReports\?/u);
    const second = await sandbox.graphJson<Page & { "@odata.nextLink"?: string }>(
      link.replace("https://graph.microsoft.com/v1.0", ""),
    );
    expect(second.body.value).toHaveLength(1);
    expect(second.body["@odata.nextLink"]).toBeUndefined();
    expect([...first.body.value, ...second.body.value].map((u) => u.displayName).sort()).toEqual([
      "Avery Chen",
      "Sam Lee",
    ]);
    const tooMany = await sandbox.graphJson<GraphErrorBody>(
      `/users/${JULES}/directReports?$top=1000`,
    );
    expect(tooMany.status).toBe(400);
  });

  it("serves the photo bytes, and 404 ImageNotFound when there is none", async () => {
    const photo = await sandbox.graph(`/users/${SAM}/photo/$value`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await photo.arrayBuffer()).toString()).toBe("not-really-a-png");
    const none = await sandbox.graphJson<GraphErrorBody>("/me/photo/$value");
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe("ImageNotFound");
  });
});

describe("$expand and mailbox settings", () => {
  it("expands the manager with its own $select beside $levels, and refuses an unknown expansion", async () => {
    const { body } = await sandbox.graphJson<User>(
      `/me?$select=displayName&$expand=${encodeURIComponent("manager($levels=1;$select=displayName,jobTitle)")}&$count=true`,
      { headers: { ConsistencyLevel: "eventual" } },
    );
    expect(body.manager).toEqual({
      "@odata.type": "#microsoft.graph.user",
      displayName: "Jules Tremblay",
      jobTitle: "Career Advisor",
      id: "6f1c2a4e-0000-4000-8000-000000000004",
    });
    const bad = await sandbox.graphJson<GraphErrorBody>("/me?$expand=calendar");
    expect(bad.status).toBe(400);
  });

  it("refuses $select inside $expand=manager without $levels (user-list-manager.md)", async () => {
    const alone = await sandbox.graphJson<GraphErrorBody>(
      `/me?$select=displayName&$expand=${encodeURIComponent("manager($select=displayName,jobTitle)")}`,
    );
    expect(alone.status).toBe(400);
    expect(alone.body.error.code).toBe("Request_UnsupportedQuery");
    // Without options the direct manager still comes back whole.
    const plain = await sandbox.graphJson<User>("/me?$select=displayName&$expand=manager");
    expect(plain.status).toBe(200);
    expect(plain.body.manager).toMatchObject({ displayName: "Jules Tremblay" });
  });

  it("reports the signed-in user's time zone and working hours", async () => {
    const { status, body } = await sandbox.graphJson<User>("/me/mailboxSettings");
    expect(status).toBe(200);
    expect(body.timeZone).toBe("Eastern Standard Time");
    expect(body.workingHours).toMatchObject({
      startTime: "09:00:00.0000000",
      timeZone: { name: "Eastern Standard Time" },
    });
    expect((await sandbox.graph(`/users/${SAM}/mailboxSettings`)).status).toBe(403);
  });
});

describe("/me/people", () => {
  it("falls back to the manager, reports and department colleagues without a people list", async () => {
    const { body } = await sandbox.graphJson<Page>("/me/people?$select=userPrincipalName", {
      as: NOOR,
    });
    expect(body.value.map((p) => p.userPrincipalName)).toEqual([STUDENT]);
    const jules = await sandbox.graphJson<Page>("/me/people?$select=userPrincipalName", {
      as: JULES,
    });
    expect(jules.body.value.map((p) => p.userPrincipalName)).toEqual([STUDENT, SAM]);
  });

  it("lists people in the tenant's relevance order, with $top and $search", async () => {
    const all = await sandbox.graphJson<Page>("/me/people");
    expect(all.body.value.map((p) => p.userPrincipalName)).toEqual([JULES, SAM, NOOR]);
    expect(all.body.value[0]).toMatchObject({
      personType: { class: "Person", subclass: "OrganizationUser" },
      scoredEmailAddresses: [{ address: JULES }],
    });
    const top = await sandbox.graphJson<Page>("/me/people?$top=1");
    expect(top.body.value).toHaveLength(1);
    expect(top.body["@odata.nextLink"]).toContain("$skip=1");
    const found = await sandbox.graphJson<Page>(
      `/me/people?$search=${encodeURIComponent('"noor"')}`,
    );
    expect(found.body.value.map((p) => p.userPrincipalName)).toEqual([NOOR]);
  });
});
