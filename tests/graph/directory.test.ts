// Finding contacts over real HTTP: search, the one-batch contact card, batch item retries, paging,
// permission limits.
import { describe, expect, it } from "vitest";
import { graphReasonOf } from "../../src/domain/graphReason";
import { runBatch } from "../../src/graph/batch";
import {
  getContactCard,
  getDirectReports,
  getManagerChain,
  getPhoto,
  searchDirectory,
} from "../../src/graph/directory";
import { getSignedInUser } from "../../src/graph/me";
import type { GraphError } from "../../src/graph/errors";
import { collectPages } from "../../src/graph/paging";
import { getRelevantPeople } from "../../src/graph/people";
import { useSandbox, startTestSandbox, recordingClock } from "../support/sandbox";
import { northfieldTenant, ONE_PIXEL_PNG } from "../support/tenants";
import { PROFESSIONAL } from "../support/people";

const sandbox = useSandbox({ tenant: () => northfieldTenant(45) });

describe("directory search", () => {
  it("finds people by name or mail and narrows by department", async () => {
    const client = sandbox.client();
    const byName = await searchDirectory(client, { text: "morgan" });
    expect(byName).toMatchObject({
      limited: false,
      people: [
        { displayName: "Morgan Diaz", department: "Biology", jobTitle: "Research Scientist" },
      ],
    });
    const biology = await searchDirectory(client, {
      text: "",
      filters: { department: "Biology" },
      top: 50,
    });
    expect(biology.people.map((p) => p.displayName).sort()).toEqual([
      "Jo Smith",
      "Kim Lee",
      "Lee Park",
      "Morgan Diaz",
    ]);
    const [request] = await sandbox.requests();
    expect(request?.status).toBe(200);
  });

  it("falls back to basic fields when department is refused (no User.Read.All) and says so", async () => {
    await sandbox.faults([{ method: "GET", path: "^/v1.0/users$", status: 403, times: 1 }]);
    const result = await searchDirectory(sandbox.client(), {
      text: "morgan",
      filters: { department: "Biology" },
    });
    expect(result.limited).toBe(true);
    expect(result.people).toMatchObject([
      { displayName: "Morgan Diaz", department: null, jobTitle: null },
    ]);
  });

  it("maps a refused write to a consent reason naming the permission", async () => {
    await sandbox.faults([
      {
        method: "POST",
        path: "^/v1.0/me/contactFolders$",
        status: 403,
        code: "ErrorAccessDenied",
        times: 1,
      },
    ]);
    const failure = await sandbox
      .client()
      .call({
        method: "POST",
        path: "/me/contactFolders",
        body: { displayName: "x" },
        retry: "never",
      })
      .catch((error: unknown) => error as GraphError);
    expect(graphReasonOf(failure as GraphError, "Contacts.ReadWrite")).toEqual({
      kind: "consent-required",
      permission: "Contacts.ReadWrite",
    });
  });
});

describe("contact card", () => {
  it("gathers profile, manager, reports, photo and working hours in one $batch round trip", async () => {
    // By id (as search results give it): an address is resolved first, one request more.
    const card = await getContactCard(sandbox.client(), "u-pro", { email: PROFESSIONAL });
    expect(card.profile).toMatchObject({
      displayName: "Morgan Diaz",
      officeLocation: "Science Hall 210",
    });
    expect(card.manager?.displayName).toBe("Lee Park");
    expect(card.directReports.map((p) => p.displayName).sort()).toEqual(["Jo Smith", "Kim Lee"]);
    expect(card.photo).toBeNull();
    expect(card.workingHours).toMatchObject({
      startTime: expect.stringMatching(/^09:00/u),
      timeZone: "Pacific Standard Time",
    });
    expect(card.limited).toBe(false);
    const log = await sandbox.requests();
    expect(log.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /v1.0/$batch"]);
    expect(log[0]?.batch).toHaveLength(5);
  });

  it("retries only the throttled item inside the batch, after its Retry-After", async () => {
    await sandbox.faults([
      { method: "GET", path: "/manager$", status: 429, retryAfter: 3, times: 1 },
    ]);
    const clock = recordingClock();
    const card = await getContactCard(sandbox.client({ clock }), "u-pro", { email: PROFESSIONAL });
    expect(card.manager?.displayName).toBe("Lee Park");
    expect(clock.sleeps).toEqual([3000]);
    const batches = (await sandbox.requests()).filter((r) => r.path === "/v1.0/$batch");
    expect(batches).toHaveLength(2);
    expect(batches[1]?.batch?.map((item) => item.path)).toEqual([`/v1.0/users/u-pro/manager`]);
  });

  it("shows a photo when the person has one, from the batch and on its own", async () => {
    const client = sandbox.client();
    const card = await getContactCard(client, "lee.park@northfield.example");
    expect(card.photo).toBe(`data:image/png;base64,${ONE_PIXEL_PNG}`);
    expect(await getPhoto(client, "lee.park@northfield.example")).toBe(card.photo);
  });

  it("degrades to basic fields when the profile is refused, and says the card is limited", async () => {
    // Without User.Read.All both full-field reads are refused: the lookup by address and the
    // profile by id; the basic-field reads that follow are allowed.
    await sandbox.faults([
      { method: "GET", path: "^/v1.0/users$", status: 403, times: 1 },
      { method: "GET", path: "^/v1.0/users/[^/]+$", status: 403, times: 1 },
    ]);
    const card = await getContactCard(sandbox.client(), PROFESSIONAL);
    expect(card.limited).toBe(true);
    expect(card.profile).toMatchObject({
      displayName: "Morgan Diaz",
      department: null,
      officeLocation: null,
    });
    expect(card.manager?.displayName).toBe("Lee Park");
  });

  it("reads the reporting line level by level and stops at the top", async () => {
    const client = sandbox.client();
    expect((await getManagerChain(client, PROFESSIONAL, 5)).map((p) => p.displayName)).toEqual([
      "Lee Park",
      "Sam Okafor",
    ]);
    expect((await getManagerChain(client, PROFESSIONAL, 1)).map((p) => p.displayName)).toEqual([
      "Lee Park",
    ]);
    expect(
      (await getDirectReports(client, "lee.park@northfield.example")).map((p) => p.displayName),
    ).toEqual(["Morgan Diaz"]);
    expect(await getPhoto(client, PROFESSIONAL)).toBeNull();
  });
});

describe("relevant people", () => {
  it("lists the people the student works with, most relevant first, and searches them", async () => {
    const client = sandbox.client();
    expect((await getRelevantPeople(client)).map((p) => p.displayName)).toEqual([
      "Morgan Diaz",
      "Lee Park",
    ]);
    expect((await getRelevantPeople(client, { text: "lee" })).map((p) => p.mail)).toEqual([
      "lee.park@northfield.example",
    ]);
  });
});

describe("batches and pages", () => {
  it("splits 45 requests into batches of at most 20 and keeps dependsOn chains together", async () => {
    const items = Array.from({ length: 45 }, (_, i) => ({
      id: `u${i}`,
      method: "GET" as const,
      url: `/users/filler${String(i + 1).padStart(3, "0")}@northfield.example?$select=displayName`,
      dependsOn: i === 20 ? ["u19"] : undefined,
    }));
    const results = await runBatch(sandbox.client(), items);
    expect([...results.values()].every((r) => r.ok)).toBe(true);
    const batches = (await sandbox.requests()).map((r) => r.batch ?? []);
    // u19 would have been the 20th of the first batch, but its dependant u20 must travel with it.
    expect(batches.map((b) => b.length)).toEqual([19, 20, 6]);
    expect(batches[1]?.slice(0, 2).map((item) => item.path)).toEqual([
      "/v1.0/users/filler020@northfield.example",
      "/v1.0/users/filler021@northfield.example",
    ]);
  });

  it("follows nextLink to the end, and stops at the page cap saying so", async () => {
    const client = sandbox.client();
    const first = { path: "/users", query: { $select: "id,displayName", $top: 10 } };
    const all = await collectPages(client, first);
    expect(all).toMatchObject({ truncated: false });
    expect(all.items).toHaveLength(51);
    const capped = await collectPages(client, first, { maxPages: 2 });
    expect(capped.truncated).toBe(true);
    expect(capped.items).toHaveLength(20);
  });
});

describe("contact card of a large team", () => {
  it("shows every direct report when Graph pages them (100 a page)", async () => {
    const tenant = northfieldTenant();
    for (let i = 0; i < 230; i += 1) {
      const n = String(i).padStart(3, "0");
      tenant.users.push({
        id: `u-team-${n}`,
        userPrincipalName: `team.${n}@northfield.example`,
        mail: `team.${n}@northfield.example`,
        displayName: `Team Member ${n}`,
        managerId: "u-pro",
      } as (typeof tenant.users)[number]);
    }
    const big = await startTestSandbox({ tenant });
    try {
      const card = await getContactCard(big.client(), "u-pro");
      const names = card.directReports.map((p) => p.displayName);
      expect(names).toHaveLength(232);
      expect(new Set(names).size).toBe(232);
      expect(names).toContain("Team Member 229");
      // The batch, then the two further pages of reports.
      const requests = await big.requests();
      expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        "POST /v1.0/$batch",
        "GET /v1.0/users/u-pro/directReports",
        "GET /v1.0/users/u-pro/directReports",
      ]);
    } finally {
      await big.close();
    }
  });
});

describe("the signed-in user", () => {
  it("reads name, address and object id from /me with only the fields a signature and keying need", async () => {
    const client = sandbox.client({ upn: PROFESSIONAL });
    expect(await getSignedInUser(client)).toEqual({
      displayName: "Morgan Diaz",
      email: PROFESSIONAL,
      id: "u-pro",
    });
    const sent = await sandbox.requests();
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /v1.0/me"]);
    expect(sent[0]?.query).toEqual({ $select: "id,displayName,mail,userPrincipalName" });
  });
});
