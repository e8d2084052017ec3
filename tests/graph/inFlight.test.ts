// Concurrency over real HTTP: never more than 4 requests on the wire, and a superseded search is
// cancelled.
import { describe, expect, it } from "vitest";
import { getProfile, searchDirectory } from "../../src/graph/directory";
import { isAbortError } from "../../src/graph/errors";
import { sandboxTransport } from "../../src/graph/sandboxTransport";
import { createSuperseder } from "../../src/graph/supersede";
import { useSandbox } from "../support/sandbox";
import { northfieldTenant } from "../support/tenants";

const sandbox = useSandbox({ tenant: () => northfieldTenant(12) });

/** A transport that counts requests on the wire at once (the edge where "in flight" is real). */
function countingTransport(origin: string) {
  const toSandbox = sandboxTransport(origin);
  const stats = { now: 0, max: 0, sent: 0 };
  return {
    stats,
    transport: async (request: Request) => {
      stats.now += 1;
      stats.sent += 1;
      stats.max = Math.max(stats.max, stats.now);
      try {
        return await toSandbox(request);
      } finally {
        stats.now -= 1;
      }
    },
  };
}

describe("in-flight limit", () => {
  it("keeps at most 4 requests on the wire and queues the rest until a slot frees", async () => {
    await sandbox.faults([{ method: "GET", path: "^/v1.0/users/filler", delayMs: 60 }]);
    const { stats, transport } = countingTransport(sandbox.origin);
    // Each read on its own: reads started together would otherwise share one $batch.
    const client = sandbox.client({ transport, coalesce: false });
    const upns = Array.from(
      { length: 12 },
      (_, i) => `filler${String(i + 1).padStart(3, "0")}@northfield.example`,
    );
    // By id: an address would first be resolved to one (a second request per profile).
    const profiles = await Promise.all(
      upns.map((upn) => getProfile(client, `u-filler-${upn.slice(6, 9)}`)),
    );
    expect(profiles.map((p) => p.profile.userPrincipalName)).toEqual(upns);
    expect(stats.sent).toBe(12);
    expect(stats.max).toBe(4);
  });
});

describe("superseded searches", () => {
  it("aborts the older search on the wire when a newer one starts; the newer one answers", async () => {
    await sandbox.faults([{ method: "GET", path: "^/v1.0/users$", delayMs: 300, times: 1 }]);
    const client = sandbox.client();
    const typing = createSuperseder();
    const first = searchDirectory(client, { text: "mor", signal: typing.next() }).then(
      () => "answered",
      (error: unknown) => (isAbortError(error) ? "aborted" : String(error)),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    const second = await searchDirectory(client, { text: "morgan", signal: typing.next() });
    expect(await first).toBe("aborted");
    expect(second.people.map((p) => p.displayName)).toEqual(["Morgan Diaz"]);
  });

  it("drops a queued search that was superseded before it reached the wire", async () => {
    await sandbox.faults([{ method: "GET", path: "^/v1.0/users/", delayMs: 150, times: 1 }]);
    const { stats, transport } = countingTransport(sandbox.origin);
    const client = sandbox.client({ transport, maxInFlight: 1 });
    const busy = getProfile(client, "u-filler-001");
    const stale = new AbortController();
    const queued = searchDirectory(client, { text: "filler", signal: stale.signal });
    stale.abort();
    await expect(queued).rejects.toSatisfy(isAbortError);
    await busy;
    expect(stats.sent).toBe(1);
    expect((await sandbox.requests()).map((r) => r.path)).toEqual(["/v1.0/users/u-filler-001"]);
  });
});
