// `npm run package` refuses a sandbox build: the workbench, dev tokens, a sandbox origin or a
// sandbox config.json must never reach a tenant.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packageCommand } from "../../manifest-src/commands";
import { BUILT_PAGES, SITE_ICON_SIZES, siteIconFile } from "../../manifest-src/sitePages";

const scratch = mkdtempSync(join(tmpdir(), "package-sandbox-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DEPLOYMENT = {
  INTERVIEWS_BASE_URL: "https://localhost:3000",
  INTERVIEWS_APP_ID: "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f",
  INTERVIEWS_CLIENT_ID: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
};

/** A complete site in `<root>/dist`, with `extra` files (path → text) on top. */
function site(name: string, extra: Record<string, string> = {}): string {
  const root = join(scratch, name);
  const dist = join(root, "dist");
  mkdirSync(join(dist, "assets", "icons"), { recursive: true });
  for (const page of BUILT_PAGES) writeFileSync(join(dist, page), "<!doctype html>");
  for (const size of SITE_ICON_SIZES)
    writeFileSync(join(dist, "assets", "icons", siteIconFile(size)), "png");
  writeFileSync(join(dist, "taskpane.1a2b3c4d.js"), 'fetch("https://graph.microsoft.com/v1.0/me")');
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(dist, path), text);
  return root;
}

async function packageSite(
  root: string,
  env: Record<string, string> = DEPLOYMENT,
  args: string[] = ["--skip-build"],
) {
  const messages: string[] = [];
  let builds = 0;
  const status = await packageCommand(["--root", root, "--dev", ...args], {
    env,
    info: (m) => messages.push(m),
    error: (m) => messages.push(m),
    build: () => {
      builds += 1;
      return 0;
    },
  });
  return { status, output: messages.join("\n"), builds };
}

describe("npm run package and sandbox builds", () => {
  it("packages a production build", async () => {
    const result = await packageSite(
      site("production", {
        "config.json": JSON.stringify({
          mode: "production",
          teamsAppId: DEPLOYMENT.INTERVIEWS_APP_ID.toUpperCase(),
        }),
      }),
    );
    expect(result.status, result.output).toBe(0);
  });

  it.each([
    ["names no Teams app", { mode: "production" }, /names no teamsAppId/],
    [
      "names another Teams app",
      { mode: "production", teamsAppId: "0d1e2f3a-0000-4000-8000-00000000abcd" },
      /names the Teams app 0d1e2f3a-0000-4000-8000-00000000abcd/,
    ],
  ])(
    "refuses a dist/config.json that %s (Teams' sign-in window would answer no one)",
    async (name, config, what) => {
      const result = await packageSite(
        site(name.replace(/\W/gu, "-"), { "config.json": JSON.stringify(config) }),
      );
      expect(result.status).toBe(1);
      expect(result.output).toMatch(what);
      expect(result.output).toContain(`"teamsAppId": "${DEPLOYMENT.INTERVIEWS_APP_ID}"`);
    },
  );

  it.each([
    ["the workbench", { "workbench.html": "<!doctype html>" }, /workbench page/],
    ["dev tokens", { "4242.abcd.js": 'fetch(origin+"/_sandbox/token")' }, /sandbox dev tokens/],
    ["a sandbox origin", { "7.abcd.js": '"http://127.0.0.1:4000"' }, /sandbox origin/],
    ["a sandbox config", { "config.json": '{"mode":"sandbox"}' }, /"mode": "sandbox"/],
    [
      "a sandbox origin in config.json",
      { "config.json": '{"mode":"production","sandboxOrigin":"http://127.0.0.1:4000"}' },
      /sandboxOrigin/,
    ],
  ])("refuses a dist/ with %s and says what to do", async (name, extra, what) => {
    const result = await packageSite(site(name.replace(/\W/gu, "-"), extra));
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/dist\/ is a sandbox build/);
    expect(result.output).toMatch(what);
    expect(result.output).toMatch(/SANDBOX_BUILD and BENCH are unset/);
  });

  it("refuses before building when SANDBOX_BUILD or BENCH would make the build a sandbox one", async () => {
    const result = await packageSite(site("switch"), { ...DEPLOYMENT, SANDBOX_BUILD: "1" }, []);
    expect(result.status).toBe(1);
    expect(result.builds).toBe(0);
    expect(result.output).toMatch(/SANDBOX_BUILD is set/);
  });
});
