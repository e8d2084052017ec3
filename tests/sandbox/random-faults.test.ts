// Sandbox contract: seeded random fault rules (`rate`, `seed`, a list of statuses), also inside
// $batch.
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../sandbox/faults";
import type { GraphErrorBody } from "./graphAnswers";
import { useSandbox } from "../support/sandbox";
import { colleaguesTenant } from "../support/tenants";

const sandbox = useSandbox({ tenant: colleaguesTenant });

interface Logged {
  method: string;
  path: string;
  status: number;
  batch?: Logged[];
}

async function log(): Promise<Logged[]> {
  return (await (await sandbox.control("GET", "requests")).json()) as Logged[];
}

/** Sends `count` GETs of /me one after another; a dropped connection counts as status 0. */
async function statuses(count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) {
    try {
      out.push((await sandbox.graph("/me")).status);
    } catch {
      out.push(0);
    }
  }
  return out;
}

async function setRules(rules: unknown[]): Promise<Response> {
  return sandbox.control("POST", "faults", { rules });
}

describe("seeded random fault rules", () => {
  it("fail about the given share of matching requests, the same ones for the same seed", async () => {
    const rule = { path: "^/v1.0/me$", status: 503, rate: 0.3, seed: 7 };
    expect((await setRules([rule])).status).toBe(200);
    const first = await statuses(60);
    await sandbox.control("POST", "reset");
    await setRules([rule]);
    const second = await statuses(60);
    expect(second).toEqual(first);
    const failed = first.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThan(8);
    expect(failed).toBeLessThan(30);
    expect(first.every((s) => s === 200 || s === 503)).toBe(true);

    await sandbox.control("POST", "reset");
    await setRules([{ ...rule, seed: 8 }]);
    expect(await statuses(60)).not.toEqual(first);
  });

  it("pick each failure from a status list, with Retry-After on the 429s only", async () => {
    await setRules([
      { path: "^/v1.0/me$", status: [429, 503, 504, 0], rate: 1, seed: 3, retryAfter: 1 },
    ]);
    const seen = new Map<number, string | null>();
    for (let i = 0; i < 40; i += 1) {
      try {
        const res = await sandbox.graphJson<GraphErrorBody>("/me");
        seen.set(res.status, res.headers.get("retry-after"));
        if (res.status === 429) expect(res.body.error.code).toBe("TooManyRequests");
        if (res.status === 504) expect(res.body.error.code).toBe("GatewayTimeout");
      } catch {
        seen.set(0, null);
      }
    }
    expect([...seen.keys()].sort()).toEqual([0, 429, 503, 504]);
    expect(seen.get(429)).toBe("1");
    expect(seen.get(503)).toBeNull();
    expect(seen.get(504)).toBeNull();
    expect((await log()).every((e) => [0, 429, 503, 504].includes(e.status))).toBe(true);
  });

  it("let a request the draw spares fall through to the next rule", async () => {
    await setRules([
      { path: "^/v1.0/me$", status: 504, rate: 0.5, seed: 11 },
      { path: "^/v1.0/me$", status: 503 },
    ]);
    const seen = await statuses(20);
    expect(new Set(seen)).toEqual(new Set([503, 504]));
  });

  it("count `times` in failures, not in matching requests", async () => {
    await setRules([{ path: "^/v1.0/me$", status: 503, rate: 0.5, seed: 5, times: 3 }]);
    const seen = await statuses(30);
    expect(seen.filter((s) => s === 503)).toHaveLength(3);
    const listed = (await (await sandbox.control("GET", "faults")).json()) as { rules: unknown[] };
    expect(listed.rules).toEqual([]);
  });

  // concepts/throttling.md: a batch with a throttled item answers 424, every item's answer in its body.
  it("apply per item inside $batch, a throttled item making the outer answer 424", async () => {
    await setRules([{ path: "^/v1.0/users/", status: [429], rate: 0.5, seed: 2, retryAfter: 1 }]);
    const requests = Array.from({ length: 20 }, (_, i) => ({
      id: String(i + 1),
      method: "GET",
      url: "/users/sam.lee@northfield.example?$select=displayName",
    }));
    const res = await sandbox.graphJson<{
      responses: { id: string; status: number; headers: Record<string, string> }[];
    }>("/$batch", { method: "POST", body: { requests } });
    expect(res.status).toBe(424);
    const throttled = res.body.responses.filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThan(2);
    expect(throttled.length).toBeLessThan(18);
    expect(throttled.every((r) => r.headers["Retry-After"] === "1")).toBe(true);
    const [entry] = await log();
    expect(entry?.status).toBe(424);
    expect(entry?.batch?.filter((r) => r.status === 429)).toHaveLength(throttled.length);
  });

  it("keep `after: true`: a write the draw fails still takes effect", async () => {
    await setRules([
      {
        method: "POST",
        path: "^/v1.0/me/contacts$",
        status: [504],
        rate: 1,
        after: true,
        seed: 1,
        times: 1,
      },
    ]);
    const lost = await sandbox.graph("/me/contacts", {
      method: "POST",
      body: { displayName: "Stored by a lost answer" },
    });
    expect(lost.status).toBe(504);
    const contacts = await sandbox.graphJson<{ value: { displayName: string }[] }>("/me/contacts");
    expect(contacts.body.value.map((c) => c.displayName)).toContain("Stored by a lost answer");
  });

  it("refuse a bad rate, seed or status list with 400", async () => {
    for (const bad of [
      { path: "^/", status: 503, rate: 1.5 },
      { path: "^/", status: 503, rate: "0.3" },
      { path: "^/", status: 503, rate: 0.3, seed: 1.5 },
      { path: "^/", status: [], rate: 0.3 },
      { path: "^/", status: [429, 99], rate: 0.3 },
    ]) {
      const res = await setRules([bad]);
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
    const listed = (await (await sandbox.control("GET", "faults")).json()) as { rules: unknown[] };
    expect(listed.rules).toEqual([]);
  });

  it("list rate, seed and status list back as posted", async () => {
    const rule = {
      path: "^/v1.0/",
      status: [429, 503, 504, 0],
      rate: 0.3,
      seed: 42,
      retryAfter: 1,
    };
    const res = (await (await setRules([rule])).json()) as { rules: unknown[] };
    expect(res.rules).toEqual([rule]);
  });
});

describe("mulberry32", () => {
  it("gives the same numbers in [0, 1) for a seed and others for another seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(first);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = first.reduce((sum, x) => sum + x, 0) / first.length;
    expect(mean).toBeGreaterThan(0.35);
    expect(mean).toBeLessThan(0.65);
  });
});
