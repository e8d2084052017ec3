// Gateway rules that need a misbehaving network to show: paging loops, offline, origin rewriting,
// backoff arithmetic.
import { describe, expect, it } from "vitest";
import { graphReasonOf } from "../../src/domain/graphReason";
import { planBatches } from "../../src/graph/batch";
import { DEFAULT_BACKOFF, retryDelayMs } from "../../src/graph/clock";
import { createGraphClient, type Transport } from "../../src/graph/client";
import { GraphError, isTransientFailure, parseRetryAfter } from "../../src/graph/errors";
import { collectPages, nextLinkPath } from "../../src/graph/paging";
import { sandboxTransport } from "../../src/graph/sandboxTransport";

const tokens = { getToken: () => Promise.resolve("token") };

function clientOver(transport: Transport) {
  return createGraphClient({
    tokens,
    transport,
    clock: { now: () => 0, sleep: async () => undefined },
  });
}

describe("paging", () => {
  it("stops with an error when Graph hands back a next link it already gave (a server loop)", async () => {
    const seen: string[] = [];
    const client = clientOver(async (request) => {
      seen.push(new URL(request.url).search);
      // Page 2 points back to itself: without a guard this would never end.
      return Response.json({
        value: [seen.length],
        "@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$skiptoken=page2",
      });
    });
    const failure = await collectPages(client, { path: "/users", query: { $top: 1 } }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(GraphError);
    expect(failure).toMatchObject({ code: "pagingLoop" });
    expect(seen).toEqual(["?$top=1", "?$skiptoken=page2"]);
  });

  it("re-addresses the sandbox's http next links to Graph's https root, keeping path and query", () => {
    expect(nextLinkPath("http://127.0.0.1:4000/v1.0/users?$top=10&$skiptoken=abc")).toBe(
      "/users?$top=10&$skiptoken=abc",
    );
    expect(
      nextLinkPath("https://graph.microsoft.com/v1.0/me/contactFolders/x/contacts?$skip=20"),
    ).toBe("/me/contactFolders/x/contacts?$skip=20");
  });
});

describe("network failures", () => {
  it("turns a dropped connection into GraphError offline (status 0), which the UI explains as offline", async () => {
    const client = clientOver(() => Promise.reject(new TypeError("fetch failed")));
    const failure = await client
      .call({ method: "GET", path: "/me" })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 0, code: "offline" });
    expect(graphReasonOf(failure as GraphError).kind).toBe("offline");
  });

  it("counts offline, throttled and unavailable as transient, and nothing else", () => {
    const failure = (status: number) =>
      new GraphError({ status, code: `http${status}`, message: "", requestId: null });
    for (const status of [0, 429, 503, 504]) expect(isTransientFailure(failure(status))).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 412, 413, 500, 502]) {
      expect(isTransientFailure(failure(status))).toBe(false);
    }
    expect(isTransientFailure(new TypeError("fetch failed"))).toBe(false);
    expect(isTransientFailure(new DOMException("aborted", "AbortError"))).toBe(false);
  });

  it("parses Graph's error body with its request id", async () => {
    const client = clientOver(async () =>
      Response.json(
        {
          error: {
            code: "ErrorItemNotFound",
            message: "The specified object was not found in the store.",
            innerError: { "request-id": "req-42" },
          },
        },
        { status: 404 },
      ),
    );
    const failure = await client
      .call({ method: "GET", path: "/me/events/nope" })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 404, code: "ErrorItemNotFound", requestId: "req-42" });
  });
});

describe("sandbox transport", () => {
  it("sends Graph's URL to the sandbox origin with path, query, method, headers and body intact", async () => {
    const sent: Request[] = [];
    const transport = sandboxTransport("http://127.0.0.1:4123", async (request) => {
      sent.push(request);
      return new Response(null, { status: 204 });
    });
    await transport(
      new Request("https://graph.microsoft.com/v1.0/me/events?$select=id%2Csubject", {
        method: "POST",
        headers: { Authorization: "Bearer abc", Prefer: 'outlook.timezone="UTC"' },
        body: JSON.stringify({ subject: "Interview" }),
      }),
    );
    const [request] = sent;
    expect(request?.url).toBe("http://127.0.0.1:4123/v1.0/me/events?$select=id%2Csubject");
    expect(request?.method).toBe("POST");
    expect(request?.headers.get("authorization")).toBe("Bearer abc");
    expect(request?.headers.get("prefer")).toBe('outlook.timezone="UTC"');
    expect(await request?.json()).toEqual({ subject: "Interview" });
  });
});

describe("backoff", () => {
  it("doubles from the base step with jitter between half and the full step, capped", () => {
    const policy = { ...DEFAULT_BACKOFF, baseDelayMs: 500, maxDelayMs: 3000 };
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, undefined, policy, () => 0))).toEqual([
      250, 500, 1000, 1500,
    ]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, undefined, policy, () => 1))).toEqual([
      500, 1000, 2000, 3000,
    ]);
  });

  it("obeys Retry-After in seconds or as a date, within the cap", () => {
    expect(parseRetryAfter("7", 0)).toBe(7000);
    expect(
      parseRetryAfter("Thu, 26 Nov 2026 12:00:30 GMT", Date.parse("2026-11-26T12:00:00Z")),
    ).toBe(30_000);
    expect(retryDelayMs(1, 120_000, { ...DEFAULT_BACKOFF, maxDelayMs: 30_000 }, () => 0)).toBe(
      30_000,
    );
  });
});

describe("batch planning", () => {
  const get = (id: string, dependsOn?: string[]) => ({
    id,
    method: "GET" as const,
    url: `/users/${id}`,
    dependsOn,
  });

  it("refuses a dependsOn on an item that is not in the set, and a chain longer than one batch", () => {
    expect(() => planBatches([get("a", ["ghost"])])).toThrow(/unknown ghost/u);
    const chain = Array.from({ length: 21 }, (_, i) =>
      get(`c${i}`, i > 0 ? [`c${i - 1}`] : undefined),
    );
    expect(() => planBatches(chain)).toThrow(/exceeds 20/u);
  });

  it("packs independent items 20 to a batch", () => {
    const items = Array.from({ length: 41 }, (_, i) => get(`i${i}`));
    expect(planBatches(items).map((batch) => batch.length)).toEqual([20, 20, 1]);
  });
});

describe("answers that are not Graph's", () => {
  it("reports a non-JSON success body as a GraphError rather than a parse crash", async () => {
    const client = clientOver(
      async () => new Response("<html>proxy login</html>", { status: 200 }),
    );
    await expect(client.call({ method: "GET", path: "/me" })).rejects.toMatchObject({
      code: "badResponse",
      status: 200,
    });
  });
});

describe("events", () => {
  it("reports attempts, the retry with its wait, and the final answer, without any token", async () => {
    let calls = 0;
    const events: unknown[] = [];
    const client = createGraphClient({
      tokens,
      clock: { now: () => 0, sleep: async () => undefined },
      transport: async () =>
        ++calls === 1
          ? new Response(null, { status: 429, headers: { "Retry-After": "1" } })
          : Response.json({ id: "me" }),
      onEvent: (event) => {
        events.push(event);
        throw new Error("a broken log sink");
      },
    });
    expect((await client.call({ method: "GET", path: "/me" })).body).toEqual({ id: "me" });
    expect(events.map((e) => (e as { type: string }).type)).toEqual([
      "attempt",
      "response",
      "retry",
      "attempt",
      "response",
    ]);
    expect(events[2]).toMatchObject({ type: "retry", status: 429, delayMs: 1000, attempt: 1 });
    expect(JSON.stringify(events)).not.toContain("token");
  });
});
