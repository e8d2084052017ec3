// Sandbox contract: $batch, fault rules (also inside batches), dropped connections, the request log
// and reset.
import { describe, expect, it } from "vitest";
import type { GraphErrorBody } from "./graphAnswers";
import { useSandbox } from "../support/sandbox";
import { colleaguesTenant, JULES } from "../support/tenants";

const sandbox = useSandbox({ tenant: colleaguesTenant });

interface BatchResponse {
  responses: { id: string; status: number; headers: Record<string, string>; body?: unknown }[];
}

interface Logged {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  batch?: Logged[];
}

const batch = (requests: unknown[]) =>
  sandbox.graphJson<BatchResponse & GraphErrorBody>("/$batch", {
    method: "POST",
    body: { requests },
  });

async function log(): Promise<Logged[]> {
  return (await (await sandbox.control("GET", "requests")).json()) as Logged[];
}

describe("$batch", () => {
  it("runs up to 20 requests and answers each with its own status, headers and body", async () => {
    const { status, body } = await batch([
      { id: "me", method: "GET", url: "/me?$select=displayName" },
      { id: "manager", method: "GET", url: "me/manager?$select=displayName" },
      { id: "photo", method: "GET", url: "/me/photo/$value" },
      { id: "reports", method: "GET", url: `/users/${JULES}/directReports?$select=displayName` },
    ]);
    expect(status).toBe(200);
    const byId = Object.fromEntries(body.responses.map((r) => [r.id, r]));
    expect(byId.me?.status).toBe(200);
    expect(byId.me?.body).toMatchObject({ displayName: "Avery Chen" });
    expect(byId.me?.headers["Content-Type"]).toMatch(/^application\/json/);
    expect(byId.manager?.body).toMatchObject({ displayName: "Jules Tremblay" });
    expect(byId.photo?.status).toBe(404);
    expect((byId.photo?.body as GraphErrorBody).error.code).toBe("ImageNotFound");
    expect(byId.reports?.status).toBe(200);
  });

  it("refuses a batch of 21 as a whole with 400", async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({
      id: String(i + 1),
      method: "GET",
      url: "/me",
    }));
    const { status, body } = await batch(requests);
    expect(status).toBe(400);
    expect(body.error.code).toBe("BadRequest");
  });

  it("answers 424 FailedDependency for a request whose dependency failed", async () => {
    const { body } = await batch([
      { id: "1", method: "GET", url: "/users/nobody@northfield.example" },
      { id: "2", method: "GET", url: "/me", dependsOn: ["1"] },
      { id: "3", method: "GET", url: "/me" },
    ]);
    const statuses = Object.fromEntries(body.responses.map((r) => [r.id, r.status]));
    expect(statuses).toEqual({ "1": 404, "2": 424, "3": 200 });
    const failed = body.responses.find((r) => r.id === "2")?.body as GraphErrorBody;
    expect(failed.error.code).toBe("FailedDependency");
  });

  it("runs writes with bodies, and refuses an inner body without Content-Type like Graph", async () => {
    const ok = await batch([
      {
        id: "1",
        method: "POST",
        url: "/me/contacts",
        headers: { "Content-Type": "application/json" },
        body: { displayName: "Batched" },
      },
    ]);
    expect(ok.body.responses[0]?.status).toBe(201);
    const refused = await batch([
      { id: "1", method: "POST", url: "/me/contacts", body: { displayName: "x" } },
    ]);
    expect(refused.status).toBe(400);
  });

  it("refuses ids that differ only in case, as Graph compares them without case", async () => {
    const { status, body } = await batch([
      { id: "card", method: "GET", url: "/me" },
      { id: "CARD", method: "GET", url: "/me" },
    ]);
    expect(status).toBe(400);
    expect(body.error.code).toBe("BadRequest");
    const chained = await batch([
      { id: "first", method: "GET", url: "/me" },
      { id: "second", method: "GET", url: "/me", dependsOn: ["FIRST"] },
    ]);
    expect(chained.status).toBe(200);
  });

  it("refuses a batch inside a batch", async () => {
    const { status, body } = await batch([
      { id: "1", method: "GET", url: "/me" },
      {
        id: "2",
        method: "POST",
        url: "/$batch",
        headers: { "Content-Type": "application/json" },
        body: { requests: [{ id: "a", method: "GET", url: "/me" }] },
      },
    ]);
    expect(status).toBe(400);
    expect(body.error.code).toBe("BadRequest");
    expect(await log()).toMatchObject([{ path: "/v1.0/$batch", status: 400 }]);
  });

  it("needs a token for the batch itself", async () => {
    const res = await sandbox.graph("/$batch", {
      method: "POST",
      as: null,
      body: { requests: [{ id: "1", method: "GET", url: "/me" }] },
    });
    expect(res.status).toBe(401);
  });

  it("logs the inner requests under the batch entry", async () => {
    await batch([
      { id: "a", method: "GET", url: "/me?$select=id" },
      { id: "b", method: "GET", url: "/me/people?$top=2" },
    ]);
    const [entry] = await log();
    expect(entry).toMatchObject({ method: "POST", path: "/v1.0/$batch", status: 200 });
    expect(entry?.batch).toEqual([
      { method: "GET", path: "/v1.0/me", query: { $select: "id" }, status: 200 },
      { method: "GET", path: "/v1.0/me/people", query: { $top: "2" }, status: 200 },
    ]);
  });
});

describe("fault rules", () => {
  it("fails the next matching requests with Retry-After, counting down `times`", async () => {
    const set = await sandbox.control("POST", "faults", {
      rules: [{ method: "GET", path: "^/v1.0/me$", status: 429, retryAfter: 2, times: 2 }],
    });
    expect(set.status).toBe(200);
    const first = await sandbox.graphJson<GraphErrorBody>("/me");
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("2");
    expect(first.body.error.code).toBe("TooManyRequests");
    expect((await sandbox.graph("/me")).status).toBe(429);
    expect((await sandbox.graph("/me")).status).toBe(200);
    expect((await log()).map((e) => e.status)).toEqual([429, 429, 200]);
  });

  it("applies inside $batch, per item, while the outer response stays 200", async () => {
    await sandbox.control("POST", "faults", {
      rules: [{ path: "^/v1.0/me/manager$", status: 503, retryAfter: 1, times: 1 }],
    });
    const { status, body } = await batch([
      { id: "me", method: "GET", url: "/me" },
      { id: "manager", method: "GET", url: "/me/manager" },
    ]);
    expect(status).toBe(200);
    const manager = body.responses.find((r) => r.id === "manager");
    expect(manager?.status).toBe(503);
    expect(manager?.headers["Retry-After"]).toBe("1");
    expect(body.responses.find((r) => r.id === "me")?.status).toBe(200);
  });

  it("answers a batch with a throttled item 424 as a whole, each item's answer in the body", async () => {
    await sandbox.control("POST", "faults", {
      rules: [{ path: "^/v1.0/me/people$", status: 429, retryAfter: 3, times: 1 }],
    });
    const { status, body } = await batch([
      { id: "me", method: "GET", url: "/me" },
      { id: "people", method: "GET", url: "/me/people" },
    ]);
    expect(status).toBe(424);
    const people = body.responses.find((r) => r.id === "people");
    expect(people?.status).toBe(429);
    expect(people?.headers["Retry-After"]).toBe("3");
    expect(body.responses.find((r) => r.id === "me")?.status).toBe(200);
  });

  it("drops the connection for status 0", async () => {
    await sandbox.control("POST", "faults", {
      rules: [{ path: "^/v1.0/me$", status: 0, times: 1 }],
    });
    await expect(sandbox.graph("/me")).rejects.toThrow();
    expect((await sandbox.graph("/me")).status).toBe(200);
    expect((await log()).map((e) => e.status)).toEqual([0, 200]);
  });

  it("drops the whole batch connection when a rule with status 0 matches an inner request", async () => {
    await sandbox.control("POST", "faults", {
      rules: [{ path: "^/v1.0/me/people$", status: 0, times: 1 }],
    });
    await expect(
      batch([
        { id: "1", method: "GET", url: "/me" },
        { id: "2", method: "GET", url: "/me/people" },
      ]),
    ).rejects.toThrow();
    const [entry] = await log();
    expect(entry?.status).toBe(0);
    expect(entry?.batch?.map((r) => r.status)).toEqual([200, 0]);
  });

  it("with after: true, lets the request take effect and then loses its answer", async () => {
    await sandbox.control("POST", "faults", {
      rules: [{ method: "POST", path: "^/v1.0/me/contacts$", status: 504, after: true, times: 1 }],
    });
    const lost = await sandbox.graphJson<GraphErrorBody>("/me/contacts", {
      method: "POST",
      body: { displayName: "Stored anyway" },
    });
    expect(lost.status).toBe(504);
    expect(lost.body.error.code).toBe("GatewayTimeout");
    const contacts = await sandbox.graphJson<{ value: { displayName: string }[] }>("/me/contacts");
    expect(contacts.body.value.map((c) => c.displayName)).toContain("Stored anyway");
    await sandbox.control("POST", "faults", {
      rules: [{ method: "POST", path: "^/v1.0/me/contacts$", status: 0, after: true, times: 1 }],
    });
    await expect(
      sandbox.graph("/me/contacts", {
        method: "POST",
        body: { displayName: "Dropped but stored" },
      }),
    ).rejects.toThrow();
    const again = await sandbox.graphJson<{ value: { displayName: string }[] }>("/me/contacts");
    expect(again.body.value.map((c) => c.displayName)).toContain("Dropped but stored");
  });

  it("slows a response by delayMs", async () => {
    await sandbox.control("POST", "faults", {
      rules: [{ path: "^/v1.0/me$", delayMs: 150, times: 1 }],
    });
    const started = Date.now();
    expect((await sandbox.graph("/me")).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("clears rules with DELETE and refuses a rule with a bad regex", async () => {
    await sandbox.control("POST", "faults", { rules: [{ path: "^/v1.0/me$", status: 500 }] });
    expect((await sandbox.graph("/me")).status).toBe(500);
    expect((await sandbox.control("DELETE", "faults")).status).toBe(204);
    expect((await sandbox.graph("/me")).status).toBe(200);
    const bad = await sandbox.control("POST", "faults", { rules: [{ path: "(", status: 500 }] });
    expect(bad.status).toBe(400);
  });
});

describe("reset", () => {
  it("reloads the tenant: created items disappear, the log and faults are cleared", async () => {
    await sandbox.graph("/me/contacts", { method: "POST", body: { displayName: "Ephemeral" } });
    await sandbox.control("POST", "faults", { rules: [{ path: "^/v1.0/me$", status: 500 }] });
    expect((await sandbox.control("POST", "reset")).status).toBe(204);
    expect(await log()).toEqual([]);
    expect((await sandbox.graph("/me")).status).toBe(200);
    const contacts = await sandbox.graphJson<{ value: { displayName: string }[] }>("/me/contacts");
    expect(contacts.body.value.map((c) => c.displayName)).not.toContain("Ephemeral");
  });
});
