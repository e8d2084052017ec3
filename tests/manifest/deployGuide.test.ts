// docs/DEPLOY.md stays true: its examples parse, and it registers every permission the app asks
// for.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEPLOY_ENV, resolveDeployTarget } from "../../manifest-src/deployTarget";
import { GRAPH_PERMISSIONS } from "../../manifest-src/graphPermissions";
import { DEFAULT_SCOPES, parseConfig } from "../../src/domain/config";

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
});
