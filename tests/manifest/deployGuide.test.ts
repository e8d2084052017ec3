// docs/DEPLOY.md stays true: its examples parse, and it registers every permission the app asks
// for.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEPLOY_ENV, resolveDeployTarget } from "../../manifest-src/deployTarget";
import { GRAPH_PERMISSIONS } from "../../manifest-src/graphPermissions";
import { DEFAULT_SCOPES, parseConfig } from "../../src/domain/config";
import { sideloadHints } from "../../scripts/sideloadHints";

const guide = readFileSync("docs/DEPLOY.md", "utf8");
const jsonBlocks = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (m) => JSON.parse(m[1] ?? "") as Record<string, unknown>,
);

describe("the deployment guide", () => {
  it("shows a config.json the app accepts, with the career centre's lists", () => {
    const example = jsonBlocks.find((block) => block.mode === "production");
    const parsed = parseConfig(example);
    expect(parsed.ok ? parsed.config.sharePoint?.lists.volunteers : parsed.problems).toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });

  it("shows a deploy.config.json the manifest build accepts as a real deployment", () => {
    const example = jsonBlocks.find((block) => "baseUrl" in block);
    const resolved = resolveDeployTarget({ env: {}, configFile: example });
    expect(resolved.ok && resolved.target.isExample).toBe(false);
    for (const name of Object.values(DEPLOY_ENV)) expect(guide).toContain(name);
  });

  it("lists every delegated permission, and the app requests none it does not list", () => {
    for (const { scope } of GRAPH_PERMISSIONS) expect(guide).toContain(`\`${scope}\``);
    const listed = GRAPH_PERMISSIONS.map((p) => p.scope);
    for (const scope of DEFAULT_SCOPES) expect(listed).toContain(scope);
    // The admin-consent link grants what the app asks for at sign-in.
    const link = /adminconsent\?[^\n]*/.exec(guide)?.[0] ?? "";
    for (const scope of DEFAULT_SCOPES) expect(link).toContain(scope);
  });

  it("registers the nested-app-auth broker and the redirect bridge as SPA redirect URIs", () => {
    expect(guide).toContain("brk-multihub://<host>");
    expect(guide).toContain("https://<host>/auth-redirect.html");
  });

  it("names the classic Outlook version the unified manifest needs (2307)", () => {
    expect(guide).toMatch(/classic Outlook on Windows \(Microsoft 365, Version 2307 or later\)/u);
  });

  it("tells users booking sends invitations, updates and cancellations from their mailbox", () => {
    const calendars = guide.split("\n").find((line) => line.startsWith("| `Calendars.ReadWrite`"));
    expect(calendars).toMatch(/sends the invitation, and later any update or cancellation/u);
    expect(calendars).toMatch(/from the user's mailbox/u);
    const mail = guide.split("\n").find((line) => line.startsWith("| `Mail.ReadWrite`"));
    expect(mail).toMatch(/drafts only/u);
    expect(mail).toMatch(/sends no message of its own/u);
  });

  it("start:https names the package files it serves, or the command that makes them", () => {
    const dist = mkdtempSync(join(tmpdir(), "dist-"));
    const missing = sideloadHints(dist).join("\n");
    expect(missing).toContain(`No ${join(dist, "appPackage.zip")}: run \`npm run package`);
    expect(missing).toContain(`No ${join(dist, "config.json")}`);
    for (const file of ["appPackage.zip", "manifest.xml", "config.json"]) {
      writeFileSync(join(dist, file), "");
    }
    const ready = sideloadHints(dist);
    expect(ready).toHaveLength(2);
    expect(ready[0]).toContain(`upload ${join(dist, "appPackage.zip")}`);
    expect(ready[1]).toContain(`sideload ${join(dist, "manifest.xml")}`);
    // The guide says the same.
    expect(guide.replace(/\s+/gu, " ")).toContain(
      "prints the paths of the `dist/appPackage.zip` and `dist/manifest.xml` it serves",
    );
  });
});
