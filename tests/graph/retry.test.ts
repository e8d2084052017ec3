// Throttling and auth recovery over real HTTP: Retry-After honoured on the injected clock, one
// token refresh on 401.
import { describe, expect, it } from "vitest";
import type { TokenProvider } from "../../src/auth/types";
import { graphReasonOf } from "../../src/domain/graphReason";
import { getProfile, searchDirectory } from "../../src/graph/directory";
import { GraphError } from "../../src/graph/errors";
import { useSandbox, recordingClock } from "../support/sandbox";
import { PROFESSIONAL } from "../support/people";

const sandbox = useSandbox();

describe("retry on throttling", () => {
  it("waits exactly what Retry-After says (read from the clock, not slept) and then gets the answer", async () => {
    await sandbox.faults([
      { method: "GET", path: "^/v1.0/users$", status: 429, retryAfter: 2, times: 2 },
    ]);
    const clock = recordingClock();
    const result = await searchDirectory(sandbox.client({ clock }), { text: "Morgan" });
    expect(result.people.map((p) => p.userPrincipalName)).toEqual([PROFESSIONAL]);
    expect(clock.sleeps).toEqual([2000, 2000]);
    const statuses = (await sandbox.requests())
      .filter((r) => r.path === "/v1.0/users")
      .map((r) => r.status);
    expect(statuses).toEqual([429, 429, 200]);
  });

  it("backs off exponentially with jitter when Graph gives no Retry-After, and gives up after the last attempt", async () => {
    await sandbox.faults([{ method: "GET", path: "^/v1.0/users/", status: 503, times: 10 }]);
    const clock = recordingClock();
    const client = sandbox.client({
      clock,
      random: () => 1,
      backoff: { maxAttempts: 3, baseDelayMs: 400, maxDelayMs: 10_000 },
    });
    const failure = await getProfile(client, PROFESSIONAL).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphError);
    expect(graphReasonOf(failure as GraphError)).toEqual({ kind: "throttled", retryAfterMs: null });
    // random() = 1 → the full step: 400, then 800; three attempts in all.
    expect(clock.sleeps).toEqual([400, 800]);
    expect(
      (await sandbox.requests()).filter((r) => r.path.startsWith("/v1.0/users/")),
    ).toHaveLength(3);
  });

  it("asks a read again when its connection dropped, but leaves a dropped write to its module", async () => {
    await sandbox.faults([{ method: "GET", path: "^/v1.0/users$", status: 0, times: 1 }]);
    const clock = recordingClock();
    const result = await searchDirectory(sandbox.client({ clock }), { text: "Morgan" });
    expect(result.people.map((p) => p.userPrincipalName)).toEqual([PROFESSIONAL]);
    expect(clock.sleeps).toHaveLength(1);
    expect(
      (await sandbox.requests()).filter((r) => r.path === "/v1.0/users").map((r) => r.status),
    ).toEqual([0, 200]);
  });

  it("never retries statuses that are not transient", async () => {
    await sandbox.faults([{ method: "GET", path: "^/v1.0/users/", status: 500, times: 1 }]);
    const clock = recordingClock();
    await expect(getProfile(sandbox.client({ clock }), PROFESSIONAL)).rejects.toMatchObject({
      status: 500,
    });
    expect(clock.sleeps).toEqual([]);
  });
});

describe("expired tokens", () => {
  it("refreshes the token once after a 401 and succeeds", async () => {
    const real = sandbox.tokensFor(PROFESSIONAL);
    const asked: Array<boolean | undefined> = [];
    const tokens: TokenProvider = {
      getToken: (request) => {
        asked.push(request?.forceRefresh);
        // The cached token has expired server-side: only a forced refresh gets a good one.
        return request?.forceRefresh ? real.getToken(request) : Promise.resolve("expired-token");
      },
    };
    const { profile } = await getProfile(sandbox.client({ tokens }), "me");
    expect(profile.userPrincipalName).toBe(PROFESSIONAL);
    expect(asked).toEqual([undefined, true]);
    expect((await sandbox.requests()).map((r) => r.status)).toEqual([401, 200]);
  });

  it("reports the user as signed out when the refreshed token is refused too", async () => {
    const tokens: TokenProvider = { getToken: () => Promise.resolve("revoked-token") };
    const failure = await getProfile(sandbox.client({ tokens }), "me").catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ status: 401, code: "InvalidAuthenticationToken" });
    expect(graphReasonOf(failure as GraphError).kind).toBe("signed-out");
    expect(await sandbox.requests()).toHaveLength(2);
  });
});
