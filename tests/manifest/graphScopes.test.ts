// Least privilege, checked: every Graph path src/graph names is covered by a delegated permission
// the app asks for (manifest-src/graphPermissions.ts), each permission names the calls that need
// it, and docs/DEPLOY.md lists the same scopes with those calls.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GRAPH_PERMISSIONS } from "../../manifest-src/graphPermissions";
import { DEFAULT_SCOPES } from "../../src/domain/config";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Path literals in the gateway: quoted or template strings starting at a Graph root. */
function graphPaths(): string[] {
  const found = new Set<string>();
  for (const file of files("src/graph")) {
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/["`](\/(?:me|users|sites|groups)\b[^"`\s?]*)/gu)) {
      found.add((match[1] as string).replace(/\$\{[^}]*\}/gu, "{x}").replace(/\(.*$/u, ""));
    }
  }
  return [...found].sort();
}

/** A call covers a path equal to it or below it; "/me" alone covers only the profile itself. */
function covers(call: string, path: string): boolean {
  if (call === "/me") return path === "/me";
  return path === call || path.startsWith(`${call}/`);
}

describe("Graph scopes", () => {
  it("covers every path the gateway calls with a permission the app asks for", () => {
    const paths = graphPaths();
    expect(paths).toContain("/me/memberOf");
    expect(paths.some((p) => p.startsWith("/sites/"))).toBe(true);
    const asked = GRAPH_PERMISSIONS.filter(
      (p) => DEFAULT_SCOPES.includes(p.scope) || p.scope === "User.ReadBasic.All",
    );
    const uncovered = paths.filter(
      (path) => !asked.some((p) => p.calls.some((c) => covers(c, path))),
    );
    expect(uncovered).toEqual([]);
  });

  it("asks for nothing broader than one site, and every scope asked for is one the code uses", () => {
    expect(DEFAULT_SCOPES).toContain("Sites.Selected");
    expect(
      DEFAULT_SCOPES.filter((s) => /^Sites\.(Read|ReadWrite|Manage|FullControl)\.All$/u.test(s)),
    ).toEqual([]);
    const paths = graphPaths();
    for (const permission of GRAPH_PERMISSIONS) {
      expect(
        paths.some((path) => permission.calls.some((c) => covers(c, path))),
        permission.scope,
      ).toBe(true);
    }
  });

  it("names each scope with its calls in docs/DEPLOY.md", () => {
    const guide = readFileSync("docs/DEPLOY.md", "utf8");
    expect(guide).not.toContain("Sites.ReadWrite.All");
    for (const permission of GRAPH_PERMISSIONS) {
      const row = guide.split("\n").find((line) => line.startsWith(`| \`${permission.scope}\``));
      expect(row, permission.scope).toBeDefined();
      for (const call of permission.calls) expect(row, permission.scope).toContain(`\`${call}`);
    }
  });
});
