// Sandbox contract: users addressed only by id or UPN, mail startsWith in $search, advanced
// filters, people types.
import { describe, expect, it } from "vitest";
import type { GraphErrorBody, Page } from "./graphAnswers";
import { useSandbox } from "../support/sandbox";
import {
  DOLLAR_UPN,
  GUEST_MAIL,
  GUEST_UPN,
  STAFF_MAIL,
  STAFF_UPN,
  staffNumberTenant,
} from "../support/tenants";

const eventual = { ConsistencyLevel: "eventual" };
const sandbox = useSandbox({ tenant: staffNumberTenant, reset: false });

type User = Record<string, unknown>;
const q = encodeURIComponent;

async function names(query: string, headers?: Record<string, string>): Promise<number | string[]> {
  const answer = await sandbox.graphJson<Page<User>>(`/users?${query}&$select=displayName`, {
    ...(headers ? { headers } : {}),
  });
  return answer.status === 200
    ? answer.body.value.map((u) => String(u.displayName))
    : answer.status;
}

describe("/users/{key} takes an id or a userPrincipalName, never a mail (user-get.md)", () => {
  it("answers the id and the UPN, and 404 Request_ResourceNotFound for a mail that is no UPN", async () => {
    expect((await sandbox.graphJson<User>("/users/u-staff")).body.mail).toBe(STAFF_MAIL);
    expect((await sandbox.graphJson<User>(`/users/${q(STAFF_UPN)}`)).body.id).toBe("u-staff");
    const byMail = await sandbox.graphJson<GraphErrorBody>(`/users/${q(STAFF_MAIL)}`);
    expect(byMail.status).toBe(404);
    expect(byMail.body.error.code).toBe("Request_ResourceNotFound");
  });

  it("holds for paths below the user: manager, directReports, photo", async () => {
    for (const tail of ["manager", "directReports", "photo/$value"]) {
      expect((await sandbox.graph(`/users/${q(STAFF_MAIL)}/${tail}`)).status).toBe(404);
      expect((await sandbox.graph(`/users/${q(STAFF_UPN)}/${tail}`)).status).toBe(200);
    }
  });

  it("answers a guest by its #EXT# UPN and not by its outside mail", async () => {
    expect((await sandbox.graphJson<User>(`/users/${q(GUEST_UPN)}`)).body.id).toBe("u-guest");
    expect((await sandbox.graph(`/users/${q(GUEST_MAIL)}`)).status).toBe(404);
  });

  it("holds inside $batch", async () => {
    const { body } = await sandbox.graphJson<{ responses: Array<{ id: string; status: number }> }>(
      "/$batch",
      {
        method: "POST",
        body: {
          requests: [
            { id: "mail", method: "GET", url: `/users/${q(STAFF_MAIL)}?$select=id` },
            { id: "upn", method: "GET", url: `/users/${q(STAFF_UPN)}?$select=id` },
            { id: "id", method: "GET", url: "/users/u-staff/manager" },
          ],
        },
      },
    );
    const status = Object.fromEntries(body.responses.map((r) => [r.id, r.status]));
    expect(status).toEqual({ mail: 404, upn: 200, id: 200 });
  });

  it("addresses a UPN that starts with $ as /users('$…'), not as /users/$…", async () => {
    const keyed = await sandbox.graphJson<User>(`/users('${q(DOLLAR_UPN)}')`);
    expect(keyed.status).toBe(200);
    expect(keyed.body.id).toBe("u-dollar");
    expect((await sandbox.graph(`/users/${q(DOLLAR_UPN)}`)).status).not.toBe(200);
  });

  it("finds a user by mail or UPN with a basic $filter (no ConsistencyLevel)", async () => {
    const filter = `mail eq '${STAFF_MAIL}' or userPrincipalName eq '${STAFF_MAIL}'`;
    expect(await names(`$filter=${q(filter)}`)).toEqual(["Jordan Blake"]);
    expect(await names(`$filter=${q(`mail eq 'casey.o''neil@nowhere.example'`)}`)).toEqual([]);
  });
});

describe("$search on users (search-query-parameter.md)", () => {
  it("reads mail as startsWith on the whole address, displayName by tokens", async () => {
    expect(await names(`$search=${q('"mail:jordan.bl"')}`, eventual)).toEqual(["Jordan Blake"]);
    // "blake" starts a token of the address, not the address: no match on mail.
    expect(await names(`$search=${q('"mail:blake"')}`, eventual)).toEqual([]);
    expect(await names(`$search=${q('"displayName:blake"')}`, eventual)).toEqual(["Jordan Blake"]);
  });

  it('takes \\" and \\\\ escaped inside a clause, and refuses a bare quote in one', async () => {
    expect(await names(`$search=${q('"displayName:\\"Jordan\\""')}`, eventual)).toEqual([
      "Jordan Blake",
    ]);
    expect(await names(`$search=${q('"displayName:Jordan\\\\"')}`, eventual)).toEqual([
      "Jordan Blake",
    ]);
    expect(await names(`$search=${q('"displayName:Jor"dan"')}`, eventual)).toBe(400);
  });
});

describe("companyName and officeLocation filters are advanced queries (aad-advanced-queries.md)", () => {
  it("refuses eq without ConsistencyLevel and $count=true, and answers with them", async () => {
    const company = `$filter=${q("companyName eq 'Partner Example Inc.'")}`;
    const office = `$filter=${q("officeLocation eq 'Engineering Building 301'")}`;
    const refused = await sandbox.graphJson<GraphErrorBody>(`/users?${company}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("Request_UnsupportedQuery");
    expect(await names(office)).toBe(400);
    expect(await names(`${company}&$count=true`)).toBe(400);
    expect(await names(`${company}&$count=true`, eventual)).toEqual(["Casey O'Neil Nguyen"]);
    expect(await names(`${office}&$count=true`, eventual)).toEqual(["Jordan Blake"]);
  });
});

describe("/me/people holds groups and outside contacts (person.md, persontype.md)", () => {
  it("types every entry, and a group's id is no user", async () => {
    const { body } = await sandbox.graphJson<Page<User>>(
      "/me/people?$select=id,displayName,personType",
    );
    const types = Object.fromEntries(body.value.map((p) => [p.displayName, p.personType]));
    expect(types).toEqual({
      "Jordan Blake": { class: "Person", subclass: "OrganizationUser" },
      "Biology Students": { class: "Group", subclass: "UnifiedGroup" },
      "Morgan Diaz": { class: "Person", subclass: "OrganizationUser" },
      "Alex Morgan": { class: "Person", subclass: "PersonalContact" },
      "Casey O'Neil Nguyen": { class: "Person", subclass: "OrganizationUser" },
    });
    expect(body.value.map((p) => p.displayName)[1]).toBe("Biology Students");
    expect((await sandbox.graph("/users/g-biology")).status).toBe(404);
  });

  it("searches outside people by name too", async () => {
    const { body } = await sandbox.graphJson<Page<User>>(
      `/me/people?$search=${q('"biology"')}&$select=displayName`,
    );
    expect(body.value.map((p) => p.displayName)).toEqual(["Biology Students"]);
  });
});
