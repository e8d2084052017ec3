// Sandbox contract: the reporting line as `$expand=manager($levels=…)` (an advanced query) and
// `$count` on direct reports (api-reference/v1.0/api/user-list-manager.md, user-list-directreports.md).
import { describe, expect, it } from "vitest";
import { type GraphErrorBody } from "./graphAnswers";
import { useSandbox } from "../support/sandbox";
import { northfieldTenant } from "../support/tenants";

const eventual = { ConsistencyLevel: "eventual" };
const sandbox = useSandbox({ tenant: () => northfieldTenant(), reset: false });

type Nested = { id?: string; displayName?: string; manager?: Nested; "@odata.count"?: number };

const chainUrl = (levels: string, count = true) =>
  `/users/u-r1?$select=id,displayName&$expand=${encodeURIComponent(
    `manager($levels=${levels};$select=id,displayName)`,
  )}${count ? "&$count=true" : ""}`;

function names(user: Nested): string[] {
  const out: string[] = [];
  for (let m = user.manager; m; m = m.manager) out.push(m.displayName ?? "?");
  return out;
}

describe("$expand=manager($levels=…)", () => {
  it("nests every manager up to the top with $levels=max", async () => {
    const { status, body } = await sandbox.graphJson<Nested>(chainUrl("max"), {
      headers: eventual,
    });
    expect(status).toBe(200);
    expect(names(body)).toEqual(["Morgan Diaz", "Lee Park", "Sam Okafor"]);
    expect(body.manager).toEqual({
      "@odata.type": "#microsoft.graph.user",
      id: "u-pro",
      displayName: "Morgan Diaz",
      manager: expect.objectContaining({ id: "u-chair" }) as unknown,
    });
  });

  it("stops at n levels", async () => {
    const { body } = await sandbox.graphJson<Nested>(chainUrl("2"), { headers: eventual });
    expect(names(body)).toEqual(["Morgan Diaz", "Lee Park"]);
  });

  it("refuses $levels without ConsistencyLevel or without $count=true, and a bad value", async () => {
    const noHeader = await sandbox.graphJson<GraphErrorBody>(chainUrl("max"));
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.error.code).toBe("Request_UnsupportedQuery");
    const noCount = await sandbox.graphJson<GraphErrorBody>(chainUrl("max", false), {
      headers: eventual,
    });
    expect(noCount.status).toBe(400);
    for (const bad of ["0", "1001", "all"]) {
      const answer = await sandbox.graphJson<GraphErrorBody>(chainUrl(bad), { headers: eventual });
      expect(answer.status).toBe(400);
    }
  });

  it("still expands only the direct manager without $levels", async () => {
    const { body } = await sandbox.graphJson<Nested>(`/users/u-r1?$select=id&$expand=manager`);
    expect(names(body)).toEqual(["Morgan Diaz"]);
  });

  it("refuses $select inside $expand=manager without $levels, as user-list-manager.md requires it", async () => {
    const answer = await sandbox.graphJson<GraphErrorBody>(
      `/users/u-r1?$select=id&$expand=${encodeURIComponent("manager($select=id,displayName)")}`,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("Request_UnsupportedQuery");
  });
});

describe("$count on directReports", () => {
  it("counts the whole link with ConsistencyLevel: eventual, and not without it", async () => {
    const url = "/users/u-pro/directReports?$select=id&$top=1&$count=true";
    const counted = await sandbox.graphJson<{ value: unknown[]; "@odata.count"?: number }>(url, {
      headers: eventual,
    });
    expect(counted.status).toBe(200);
    expect(counted.body.value).toHaveLength(1);
    expect(counted.body["@odata.count"]).toBe(2);
    const plain = await sandbox.graphJson<{ "@odata.count"?: number }>(url);
    expect(plain.body["@odata.count"]).toBeUndefined();
  });
});

describe("a reporting line with a cycle in the tenant's data", () => {
  const looped = useSandbox({
    tenant: () => {
      const tenant = northfieldTenant();
      // The dean is made to report to the chair, who reports to the dean.
      const dean = tenant.users.find((u) => u.id === "u-dean");
      if (dean) dean.managerId = "u-chair";
      return tenant;
    },
  });

  it("ends the nesting where a manager repeats instead of looping", async () => {
    const { status, body } = await looped.graphJson<Nested>(chainUrl("max"), {
      headers: eventual,
    });
    expect(status).toBe(200);
    expect(names(body)).toEqual(["Morgan Diaz", "Lee Park", "Sam Okafor"]);
  });
});
