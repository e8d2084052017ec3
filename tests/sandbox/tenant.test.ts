// Sandbox contract: tenant file validation messages, state persistence across a restart, the CLI
// and the demo tenant.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TenantFileError, validateTenant } from "../../sandbox/loadTenant";
import { startSandbox } from "../../sandbox/server";
import { startTestSandbox } from "../support/sandbox";
import { colleaguesTenant } from "../support/tenants";
import { STUDENT } from "../support/people";

const dir = mkdtempSync(join(tmpdir(), "sandbox-test-"));

function problemsOf(raw: unknown): string[] {
  try {
    validateTenant(raw);
  } catch (error) {
    if (error instanceof TenantFileError) return error.problems;
    throw error;
  }
  return [];
}

describe("tenant validation", () => {
  it("accepts the small tenant and keeps unknown fields", () => {
    const tenant = colleaguesTenant();
    expect(problemsOf(tenant)).toEqual([]);
    expect(validateTenant(tenant).users[0]?.pronouns).toBe("they/them");
  });

  it("names each bad field", () => {
    const tenant = colleaguesTenant() as unknown as {
      users: Record<string, unknown>[];
      events: Record<string, unknown>[];
      people: Record<string, string[]>;
    };
    delete tenant.users[3]?.userPrincipalName;
    (tenant.users[1] as Record<string, unknown>).id = tenant.users[0]?.id;
    (tenant.users[2] as Record<string, unknown>).mailboxSettings = {
      timeZone: "Atlantis Standard Time",
    };
    (tenant.events[0] as Record<string, unknown>).owner = "ghost@northfield.example";
    (tenant.events[1] as { end: unknown }).end = {
      dateTime: "2026-13-45T99:00:00",
      timeZone: "UTC",
    };
    tenant.people[STUDENT] = ["nobody@northfield.example"];
    const problems = problemsOf(tenant);
    expect(problems).toContain("users[3].userPrincipalName is missing");
    expect(problems).toContain(
      `users[1].id "${String(tenant.users[0]?.id)}" is already used by users[0].id`,
    );
    expect(problems).toContain(
      'users[2].mailboxSettings.timeZone "Atlantis Standard Time" is not a Windows or IANA time zone name',
    );
    expect(problems).toContain(
      'events[0].owner "ghost@northfield.example" is not a user of the tenant',
    );
    expect(problems).toContain('events[1].end.dateTime "2026-13-45T99:00:00" is not a date-time');
    expect(problems).toContain(
      `people["${STUDENT}"][0] "nobody@northfield.example" is not a user of the tenant`,
    );
  });

  it("refuses a file without users, and a site list item without fields", () => {
    expect(problemsOf({})).toEqual(["users is missing"]);
    const tenant = colleaguesTenant();
    delete (tenant.sites?.[0]?.lists?.[0]?.items?.[1] as Record<string, unknown>).fields;
    expect(problemsOf(tenant)).toEqual(["sites[0].lists[0].items[1].fields must be an object"]);
  });

  it("makes startSandbox fail with the messages for a bad file", async () => {
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ users: [{ id: "x", displayName: "X" }] }));
    await expect(startSandbox({ tenant: file, port: 0 })).rejects.toThrow(
      "users[0].userPrincipalName is missing",
    );
  });
});

describe("persistence", () => {
  it("keeps created items across a restart with --state, and reset goes back to the tenant", async () => {
    const statePath = join(dir, "state.json");
    const first = await startTestSandbox({ tenant: colleaguesTenant(), statePath });
    const created = await first.graphJson<{ id: string }>("/me/contacts", {
      method: "POST",
      body: { displayName: "Survives Restart", personalNotes: "kept" },
    });
    await first.graph(
      `/sites/${colleaguesTenant().sites?.[0]?.id}/lists/volunteers/items/1/fields`,
      {
        method: "PATCH",
        body: { Status: "Retired" },
      },
    );
    await first.close();
    expect(JSON.parse(readFileSync(statePath, "utf8")).format).toBe("sandbox-state/1");

    const second = await startTestSandbox({ tenant: colleaguesTenant(), statePath });
    const read = await second.graphJson<{ personalNotes: string }>(
      `/me/contacts/${created.body.id}`,
    );
    expect(read.status).toBe(200);
    expect(read.body.personalNotes).toBe("kept");
    const item = await second.graphJson<{ Status: string }>(
      `/sites/${colleaguesTenant().sites?.[0]?.id}/lists/volunteers/items/1/fields`,
    );
    expect(item.body.Status).toBe("Retired");
    await second.control("POST", "reset");
    expect((await second.graph(`/me/contacts/${created.body.id}`)).status).toBe(404);
    await second.close();
  });
});

describe("starting", () => {
  it("serves the demo tenant when no tenant is given", async () => {
    const { DEMO_STUDENT_UPN } = await import("../../sandbox/tenants/demo");
    const demo = await startSandbox({ port: 0 });
    try {
      const token = await fetch(`${demo.url}/_sandbox/token`, {
        method: "POST",
        body: JSON.stringify({ userPrincipalName: DEMO_STUDENT_UPN }),
      });
      const { access_token } = (await token.json()) as { access_token: string };
      const me = await fetch(`${demo.url}/v1.0/me`, {
        headers: { Authorization: `Bearer ${access_token}` },
      });
      expect(((await me.json()) as { userPrincipalName: string }).userPrincipalName).toBe(
        DEMO_STUDENT_UPN,
      );
    } finally {
      await demo.close();
    }
  }, 20_000);

  const cli = { child: undefined as ReturnType<typeof spawn> | undefined };
  afterAll(() => {
    cli.child?.kill("SIGTERM");
  });

  it("prints 'listening on http://127.0.0.1:<port>' from the CLI once it accepts requests", async () => {
    const file = join(dir, "tenant.json");
    writeFileSync(file, JSON.stringify(colleaguesTenant()));
    const port = 40000 + Math.floor(Math.random() * 20000);
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "sandbox/cli.ts", "--tenant", file, "--port", String(port)],
      {
        cwd: process.cwd(),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    cli.child = child;
    const line = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("listening on")) resolve(out);
      });
      child.on("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(line).toContain(`listening on http://127.0.0.1:${port}`);
    const res = await fetch(`http://127.0.0.1:${port}/_sandbox/token`, {
      method: "POST",
      body: JSON.stringify({ userPrincipalName: STUDENT }),
    });
    expect(res.status).toBe(200);
  }, 20_000);
});
