// Sandbox contract: tokens, 401s, CORS, request ids and Graph's error envelope.
import { describe, expect, it } from "vitest";
import type { GraphErrorBody } from "./graphAnswers";
import { useSandbox } from "../support/sandbox";
import { colleaguesTenant } from "../support/tenants";
import { STUDENT } from "../support/people";

let clock = new Date("2026-11-26T12:00:00Z");

const sandbox = useSandbox({ tenant: colleaguesTenant, now: () => clock, reset: false });

describe("tokens", () => {
  it("issues a bearer token for a tenant user", async () => {
    const res = await sandbox.control("POST", "token", { userPrincipalName: STUDENT });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ expires_in: 3600, token_type: "Bearer" });
    expect(typeof body.access_token).toBe("string");
  });

  it("refuses a token for someone outside the tenant with a JSON error", async () => {
    const res = await sandbox.control("POST", "token", {
      userPrincipalName: "mallory@elsewhere.example",
    });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.message).toContain("mallory@elsewhere.example");
  });

  it("refuses a token request without a userPrincipalName", async () => {
    const res = await sandbox.control("POST", "token", {});
    expect(res.status).toBe(400);
  });
});

describe("authentication", () => {
  it("answers 401 InvalidAuthenticationToken without a token, in Graph's envelope", async () => {
    const res = await sandbox.graphJson<GraphErrorBody>("/me", {
      as: null,
      headers: { "client-request-id": "abc-123" },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("InvalidAuthenticationToken");
    expect(res.body.error.innerError["client-request-id"]).toBe("abc-123");
    expect(res.body.error.innerError["request-id"]).toBe(res.headers.get("request-id"));
    expect(res.body.error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
  });

  it("answers 401 to a garbage token", async () => {
    const res = await fetch(`${sandbox.url}/v1.0/me`, {
      headers: { Authorization: "Bearer nonsense" },
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as GraphErrorBody).error.code).toBe("InvalidAuthenticationToken");
  });

  it("answers 401 once a short-lived token has expired", async () => {
    const token = await sandbox.token(STUDENT, 60);
    const call = () =>
      fetch(`${sandbox.url}/v1.0/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await call()).status).toBe(200);
    clock = new Date(clock.getTime() + 61_000);
    const expired = await call();
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as GraphErrorBody).error.message).toMatch(/expired/i);
  });
});

describe("headers and CORS", () => {
  it("echoes client-request-id and adds a request-id on every answer", async () => {
    const res = await sandbox.graph("/me", { headers: { "client-request-id": "my-id" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("client-request-id")).toBe("my-id");
    expect(res.headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("content-type")).toMatch(/^application\/json;odata\.metadata=minimal/);
  });

  it("answers a CORS preflight the way Graph does", async () => {
    const res = await fetch(`${sandbox.url}/v1.0/me/events`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:3000",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers":
          "authorization,content-type,consistencylevel,prefer,if-match,client-request-id",
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("request-id")).toBeTruthy();
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    expect(res.headers.get("access-control-allow-methods")).toContain("PATCH");
    const allowed = (res.headers.get("access-control-allow-headers") ?? "").toLowerCase();
    for (const h of [
      "authorization",
      "content-type",
      "consistencylevel",
      "prefer",
      "if-match",
      "client-request-id",
    ]) {
      expect(allowed).toContain(h);
    }
  });

  it("lets the browser read request-id, Retry-After, ETag and Location", async () => {
    const res = await sandbox.graph("/me", { headers: { Origin: "http://localhost:3000" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    const exposed = (res.headers.get("access-control-expose-headers") ?? "").toLowerCase();
    for (const h of ["request-id", "retry-after", "etag", "location"]) expect(exposed).toContain(h);
  });

  it("refuses paths outside /v1.0 with a Graph error whose ids match the headers", async () => {
    const res = await fetch(`${sandbox.url}/beta/me`, {
      headers: { "client-request-id": "beta-1" },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as GraphErrorBody;
    expect(body.error.code).toBe("BadRequest");
    expect(body.error.innerError["request-id"]).toBe(res.headers.get("request-id"));
    expect(res.headers.get("client-request-id")).toBe("beta-1");
  });

  it("refuses a body that is not JSON with 400 BadRequest", async () => {
    const res = await fetch(`${sandbox.url}/v1.0/me/contacts`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${await sandbox.token()}`,
        "Content-Type": "application/json",
      },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as GraphErrorBody).error.code).toBe("BadRequest");
  });

  it("answers an unknown segment with BadRequest, as Graph does", async () => {
    const res = await sandbox.graphJson<GraphErrorBody>("/me/nonsense");
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe("Resource not found for the segment 'nonsense'.");
  });
});
