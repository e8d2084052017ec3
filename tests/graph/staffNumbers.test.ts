// The directory gateway on a tenant where sign-in names are not mail: resolve, cache, guests,
// people types.
import { describe, expect, it } from "vitest";
import {
  getContactCard,
  getProfile,
  resolveUserKey,
  searchDirectory,
  userPath,
} from "../../src/graph/directory";
import { GraphError } from "../../src/graph/errors";
import { getRelevantPeople } from "../../src/graph/people";
import { useSandbox } from "../support/sandbox";
import {
  DOLLAR_UPN,
  GUEST_MAIL,
  GUEST_UPN,
  ONE_PIXEL_PNG,
  STAFF_MAIL,
  STAFF_UPN,
  staffNumberTenant,
} from "../support/tenants";

const sandbox = useSandbox({ tenant: staffNumberTenant });

/** The query of the first logged request. */
async function firstQuery(): Promise<Record<string, string>> {
  const [request] = await sandbox.requests();
  return typeof request?.query === "object" ? request.query : {};
}

const calls = async () =>
  (await sandbox.requests()).map((r) => `${r.method} ${r.path.replace(/\?.*$/u, "")}`);

describe("the card of an address that is not a sign-in name", () => {
  it("looks the mail up in the card's $batch, reads the rest again by id, then knows the id", async () => {
    const client = sandbox.client();
    const card = await getContactCard(client, STAFF_MAIL);
    expect(card.profile).toMatchObject({
      id: "u-staff",
      displayName: "Jordan Blake",
      mail: STAFF_MAIL,
      userPrincipalName: STAFF_UPN,
    });
    expect(card.manager?.displayName).toBe("Morgan Diaz");
    expect(card.photo).toBe(`data:image/png;base64,${ONE_PIXEL_PNG}`);
    expect(card.workingHours).toMatchObject({ timeZone: "Eastern Standard Time" });
    const log = await sandbox.requests();
    expect(log.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /v1.0/$batch",
      "POST /v1.0/$batch",
    ]);
    expect(log[0]?.batch?.[0]).toMatchObject({
      path: "/v1.0/users",
      query: { $filter: `mail eq '${STAFF_MAIL}' or userPrincipalName eq '${STAFF_MAIL}'` },
    });
    // The mail is not a sign-in name: what was read by it found nobody, and is read by id.
    expect(log[0]?.batch?.[1]).toMatchObject({
      path: `/v1.0/users/${encodeURIComponent(STAFF_MAIL)}/manager`,
      status: 404,
    });
    expect(log[1]?.batch?.map((r) => r.path)).toEqual([
      "/v1.0/users/u-staff/manager",
      "/v1.0/users/u-staff/directReports",
      "/v1.0/users/u-staff/photo/$value",
    ]);
    // The same session again: the id is known, the card is the one $batch.
    await getContactCard(client, STAFF_MAIL.toUpperCase());
    expect(await calls()).toEqual(["POST /v1.0/$batch", "POST /v1.0/$batch", "POST /v1.0/$batch"]);
    expect((await sandbox.requests())[2]?.batch?.[0]?.path).toBe("/v1.0/users/u-staff");
  });

  it("shows a guest's card from their outside mail", async () => {
    const card = await getContactCard(sandbox.client(), GUEST_MAIL);
    expect(card.profile).toMatchObject({ id: "u-guest", userPrincipalName: GUEST_UPN });
  });

  it("says not found (404) for an address nobody in the directory has, quoting the literal", async () => {
    const error = await getContactCard(sandbox.client(), "pat.o'hara@elsewhere.example").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).status).toBe(404);
    const [lookup] = (await sandbox.requests())[0]?.batch ?? [];
    expect(lookup?.query).toMatchObject({
      $filter:
        "mail eq 'pat.o''hara@elsewhere.example' or userPrincipalName eq 'pat.o''hara@elsewhere.example'",
    });
  });

  it("passes ids through without a request, and addresses a $ UPN as /users('$…')", async () => {
    expect(await resolveUserKey(sandbox.client(), "u-staff")).toBe("u-staff");
    expect(await sandbox.requests()).toEqual([]);
    expect(userPath(DOLLAR_UPN)).toBe(`/users('${encodeURIComponent(DOLLAR_UPN)}')`);
    const { profile } = await getProfile(sandbox.client(), "u-dollar");
    expect(profile.userPrincipalName).toBe(DOLLAR_UPN);
  });

  it("needs no resolve for people a search already returned", async () => {
    const client = sandbox.client();
    const found = await searchDirectory(client, { text: "jordan" });
    expect(found.people.map((p) => p.id)).toEqual(["u-staff"]);
    await getContactCard(client, STAFF_MAIL);
    expect(await calls()).toEqual(["GET /v1.0/users", "POST /v1.0/$batch"]);
  });
});

describe("search phrases and mail", () => {
  it('escapes " and \\ inside the phrase rather than dropping them', async () => {
    await searchDirectory(sandbox.client(), { text: 'Jordan "J\\B"' });
    expect((await firstQuery()).$search).toBe(
      '"displayName:Jordan \\"J\\\\B\\"" OR "mail:Jordan \\"J\\\\B\\""',
    );
  });

  it("finds someone by the start of their mail address, which is not their sign-in name", async () => {
    const found = await searchDirectory(sandbox.client(), { text: "jordan.blake@north" });
    expect(found.people.map((p) => p.userPrincipalName)).toEqual([STAFF_UPN]);
  });
});

describe("advanced filters", () => {
  it("sends ConsistencyLevel and $count=true with company and office filters, which need them", async () => {
    const found = await searchDirectory(sandbox.client(), {
      text: "",
      filters: { companyName: "Partner Example Inc.", officeLocation: "" },
    });
    expect(found.people.map((p) => p.id)).toEqual(["u-guest"]);
    const byOffice = await searchDirectory(sandbox.client(), {
      text: "jordan",
      filters: { officeLocation: "Engineering Building 301" },
    });
    expect(byOffice.people.map((p) => p.id)).toEqual(["u-staff"]);
  });
});

describe("relevant people", () => {
  it("drops groups, keeps outside contacts without a directory id, and keeps user ids", async () => {
    const client = sandbox.client();
    const people = await getRelevantPeople(client);
    expect(people.map((p) => [p.displayName, p.id])).toEqual([
      ["Jordan Blake", "u-staff"],
      ["Morgan Diaz", "u-pro"],
      ["Alex Morgan", ""],
      ["Casey O'Neil Nguyen", "u-guest"],
    ]);
    expect((await firstQuery()).$select).toContain("personType");
    // Their ids are known now: a card by mail is the one $batch.
    await getContactCard(client, GUEST_MAIL);
    expect(await calls()).toEqual(["GET /v1.0/me/people", "POST /v1.0/$batch"]);
  });
});
