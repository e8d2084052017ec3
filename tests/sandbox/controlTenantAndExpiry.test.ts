// Sandbox contract: `POST /_sandbox/reset {"tenant": ...}` loads another tenant until the next
// plain
// reset, and `POST /_sandbox/tokens/expire` ends every token issued so far as Graph would.
import { describe, expect, it } from "vitest";
import type { GraphErrorBody } from "./graphAnswers";
import { useSandbox } from "../support/sandbox";
import { colleaguesTenant, SAM } from "../support/tenants";
import { STUDENT } from "../support/people";

const sandbox = useSandbox({ tenant: colleaguesTenant, reset: false });

async function tokenFor(upn: string): Promise<Response> {
  return sandbox.control("POST", "token", { userPrincipalName: upn });
}

async function me(token: string): Promise<Response> {
  return fetch(`${sandbox.url}/v1.0/me?$select=displayName`, {
    headers: { Authorization: `Bearer ${token}` },
  });
}

describe("reset with a tenant", () => {
  const NEW_USER = "zed.hostile@northfield.example";
  const other = () => {
    const tenant = colleaguesTenant();
    tenant.users.push({
      ...tenant.users[1]!,
      id: "6f1c2a4e-0000-4000-8000-0000000000ff",
      userPrincipalName: NEW_USER,
      mail: NEW_USER,
      displayName: `<img src=x onerror=alert(1)> Zed`,
    });
    return tenant;
  };

  it("serves the posted tenant until a plain reset brings the configured one back", async () => {
    expect((await tokenFor(NEW_USER)).status).toBe(404);
    const reset = await sandbox.control("POST", "reset", { tenant: other() });
    expect(reset.status).toBe(204);

    const issued = await tokenFor(NEW_USER);
    expect(issued.status).toBe(200);
    const { access_token } = (await issued.json()) as { access_token: string };
    const answer = await me(access_token);
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { displayName: string }).displayName).toBe(
      `<img src=x onerror=alert(1)> Zed`,
    );

    expect((await sandbox.control("POST", "reset")).status).toBe(204);
    expect((await tokenFor(NEW_USER)).status).toBe(404);
    expect((await tokenFor(STUDENT)).status).toBe(200);
  });

  it("refuses a tenant that is not an object, and keeps the one it had", async () => {
    const refused = await sandbox.control("POST", "reset", { tenant: ["not", "a", "tenant"] });
    expect(refused.status).toBe(400);
    const invalid = await sandbox.control("POST", "reset", { tenant: { users: "nobody" } });
    expect(invalid.status).toBe(400);
    expect((await tokenFor(SAM)).status).toBe(200);
  });
});

describe("tokens/expire", () => {
  it("makes every issued token answer 401 'token is expired'; a new token works", async () => {
    const first = ((await (await tokenFor(STUDENT)).json()) as { access_token: string })
      .access_token;
    expect((await me(first)).status).toBe(200);

    const expire = await sandbox.control("POST", "tokens/expire");
    expect(expire.status).toBe(200);

    const refused = await me(first);
    expect(refused.status).toBe(401);
    const body = (await refused.json()) as GraphErrorBody;
    expect(body.error.code).toBe("InvalidAuthenticationToken");
    expect(body.error.message).toBe("Lifetime validation failed, the token is expired.");
    expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer /u);

    // A $batch is refused as a whole, as Graph checks the outer token first.
    const batch = await fetch(`${sandbox.url}/v1.0/$batch`, {
      method: "POST",
      headers: { Authorization: `Bearer ${first}`, "Content-Type": "application/json" },
      body: JSON.stringify({ requests: [{ id: "1", method: "GET", url: "/me" }] }),
    });
    expect(batch.status).toBe(401);

    const fresh = ((await (await tokenFor(STUDENT)).json()) as { access_token: string })
      .access_token;
    expect((await me(fresh)).status).toBe(200);
  });

  it("is undone by a reset", async () => {
    const token = ((await (await tokenFor(STUDENT)).json()) as { access_token: string })
      .access_token;
    await sandbox.control("POST", "tokens/expire");
    expect((await me(token)).status).toBe(401);
    await sandbox.control("POST", "reset");
    expect((await me(token)).status).toBe(200);
  });
});
