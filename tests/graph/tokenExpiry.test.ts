// A token that expires mid-flow over real HTTP: the gateway drops it, gets a new one and retries
// once,
// so the user's next action succeeds (a read, a $batch, a draft saved exactly once); a token that
// keeps being refused surfaces as "signed out", and a refused permission as "ask your admin".
import { describe, expect, it } from "vitest";
import { graphReasonOf } from "../../src/domain/graphReason";
import { GraphError } from "../../src/graph/errors";
import { createDraft } from "../../src/graph/mail";
import { useSandbox } from "../support/sandbox";
import { PROFESSIONAL, MORGAN_RECIPIENT } from "../support/people";

const sandbox = useSandbox();

const expireTokens = async () => {
  const answer = await fetch(`${sandbox.origin}/_sandbox/tokens/expire`, { method: "POST" });
  expect(answer.status).toBe(200);
};

/** The statuses the sandbox answered for requests matching `path`, in order. */
async function statuses(method: string, path: RegExp): Promise<number[]> {
  return (await sandbox.requests())
    .filter((r) => r.method === method && path.test(r.path))
    .map((r) => r.status);
}

describe("a token that expires mid-flow", () => {
  it("is refreshed once and the read succeeds", async () => {
    const client = sandbox.client();
    await client.call({ method: "GET", path: "/me", query: { $select: "displayName" } });
    await expireTokens();
    const me = await client.call<{ displayName: string }>({
      method: "GET",
      path: "/me",
      query: { $select: "displayName" },
    });
    expect(me.body.displayName).toBe("Avery Chen");
    expect(await statuses("GET", /^\/v1\.0\/me$/u)).toEqual([200, 401, 200]);
  });

  it("saves a draft exactly once, although drafts are never retried blindly", async () => {
    const client = sandbox.client();
    await client.call({ method: "GET", path: "/me", query: { $select: "id" } });
    await expireTokens();
    await createDraft(client, {
      subject: "Could I ask you about your work?",
      bodyHtml: "<p>Hello</p>",
      to: [MORGAN_RECIPIENT],
    });
    expect(await statuses("POST", /^\/v1\.0\/me\/messages$/u)).toEqual([401, 201]);
    const drafts = await client.call<{ value: unknown[] }>({
      method: "GET",
      path: "/me/messages",
      query: { $filter: "isDraft eq true", $select: "subject" },
    });
    expect(drafts.body.value).toHaveLength(1);
  });

  it("refreshes a $batch as a whole", async () => {
    const client = sandbox.client();
    await client.call({ method: "GET", path: "/me", query: { $select: "id" } });
    await expireTokens();
    const batch = await client.call<{ responses: Array<{ status: number }> }>({
      method: "POST",
      path: "/$batch",
      body: {
        requests: [
          { id: "1", method: "GET", url: "/me?$select=displayName" },
          { id: "2", method: "GET", url: `/users/${PROFESSIONAL}?$select=displayName` },
        ],
      },
    });
    expect(batch.body.responses.map((r) => r.status)).toEqual([200, 200]);
    expect(await statuses("POST", /^\/v1\.0\/\$batch$/u)).toEqual([401, 200]);
  });

  it("lets several requests that meet the expiry together all succeed", async () => {
    // Separate requests on the wire (reads started together would share one $batch).
    const client = sandbox.client({ coalesce: false });
    await client.call({ method: "GET", path: "/me", query: { $select: "id" } });
    await expireTokens();
    const reads = await Promise.all(
      [1, 2, 3].map(() =>
        client.call<{ displayName: string }>({
          method: "GET",
          path: `/users/${PROFESSIONAL}`,
          query: { $select: "displayName" },
        }),
      ),
    );
    expect(reads.map((r) => r.body.displayName)).toEqual([
      "Morgan Diaz",
      "Morgan Diaz",
      "Morgan Diaz",
    ]);
    const answered = await statuses("GET", /^\/v1\.0\/users\//u);
    expect(answered.filter((s) => s === 401)).toHaveLength(3);
    expect(answered.filter((s) => s === 200)).toHaveLength(3);
  });

  it("reads as signed out when the new token is refused too", async () => {
    const client = sandbox.client();
    await sandbox.faults([{ method: "GET", path: "^/v1.0/me$", status: 401, times: 2 }]);
    const failure = await client
      .call({ method: "GET", path: "/me", query: { $select: "id" } })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphError);
    expect(graphReasonOf(failure as GraphError)).toEqual({ kind: "signed-out" });
    expect(await statuses("GET", /^\/v1\.0\/me$/u)).toEqual([401, 401]);
  });
});

describe("a revoked consent", () => {
  it("is not retried and names the permission to ask the admin for", async () => {
    const client = sandbox.client();
    await sandbox.faults([
      {
        method: "POST",
        path: "^/v1.0/me/events$",
        status: 403,
        code: "ErrorAccessDenied",
        message: "Access is denied. Check credentials and try again.",
        times: 5,
      },
    ]);
    const failure = await client
      .call({ method: "POST", path: "/me/events", body: { subject: "x" } })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphError);
    expect(graphReasonOf(failure as GraphError, "Calendars.ReadWrite")).toEqual({
      kind: "consent-required",
      permission: "Calendars.ReadWrite",
    });
    expect(await statuses("POST", /^\/v1\.0\/me\/events$/u)).toEqual([403]);
  });
});
