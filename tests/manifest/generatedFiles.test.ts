// The committed manifests, icons and host configs are exactly what the one source generates, and
// the
// commands refuse to build a production manifest that points at a developer's machine.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { staleFiles } from "../../manifest-src/commandLine";
import { manifestsCommand, packageCommand } from "../../manifest-src/commands";
import {
  MANIFEST_PATHS,
  renderDeployFiles,
  renderHostingFiles,
} from "../../manifest-src/deployFiles";
import { resolveDeployTarget } from "../../manifest-src/deployTarget";
import { BUILT_PAGES, SITE_ICON_SIZES, siteIconFile } from "../../manifest-src/sitePages";
import { manifestSource } from "../../scripts/manifestSource";

const APP = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f";
const CLIENT = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const scratch = mkdtempSync(join(tmpdir(), "manifests-"));
const LOCAL = {
  INTERVIEWS_BASE_URL: "https://localhost:3000",
  INTERVIEWS_APP_ID: APP,
  INTERVIEWS_CLIENT_ID: CLIENT,
};

/** Runs a command in-process with the given environment; collects what it would print. */
async function run(
  command: typeof manifestsCommand,
  args: string[],
  env: Record<string, string> = {},
  build: (root: string) => number = () => {
    throw new Error("no build expected");
  },
) {
  const messages: string[] = [];
  const status = await command(args, {
    env,
    info: (m) => messages.push(m),
    error: (m) => messages.push(m),
    build,
  });
  return { status, output: messages.join("\n") };
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("generated files", () => {
  it("are up to date with scripts/manifestSource.ts and hosting/ (run npm run manifests after edits)", async () => {
    const resolved = resolveDeployTarget({ env: {}, allowExample: true });
    if (!resolved.ok) throw new Error(resolved.errors.join("; "));
    const files = new Map([
      ...(await renderDeployFiles(manifestSource, resolved.target)),
      ...(await renderHostingFiles()),
    ]);
    // Five manifest files, one PNG per site icon size, three hosting files.
    expect(files.size).toBe(5 + SITE_ICON_SIZES.length + 3);
    expect(staleFiles(process.cwd(), files)).toEqual([]);
  });
});

describe("npm run manifests", () => {
  it("refuses a localhost deployment without --dev", async () => {
    const result = await run(manifestsCommand, ["--root", scratch], LOCAL);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/--dev/);
    expect(existsSync(join(scratch, MANIFEST_PATHS.unified))).toBe(false);
  });

  it("writes sideloading manifests for https://localhost:3000 with --dev", async () => {
    const result = await run(manifestsCommand, ["--root", scratch, "--dev"], LOCAL);
    expect(result.status, result.output).toBe(0);
    const manifest = JSON.parse(readFileSync(join(scratch, MANIFEST_PATHS.unified), "utf8")) as {
      id: string;
      webApplicationInfo: { resource: string };
    };
    expect(manifest.id).toBe(APP);
    expect(manifest.webApplicationInfo.resource).toBe(`api://localhost:3000/${CLIENT}`);
    expect(readFileSync(join(scratch, MANIFEST_PATHS.xml), "utf8")).toContain(
      "https://localhost:3000/taskpane.html?host=outlook",
    );
  });

  it("rejects unknown options rather than guessing", async () => {
    const result = await run(manifestsCommand, ["--root", scratch, "--devv"]);
    expect(result.status).toBe(2);
    expect(result.output).toMatch(/Unknown or incomplete option: --devv/);
  });
});

describe("npm run package", () => {
  it("refuses to package without a configured deployment unless it is a dry run", async () => {
    const result = await run(packageCommand, ["--root", scratch, "--skip-build"]);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/No deployment configured/);
  });

  it("builds, refuses an incomplete site, then zips the package next to the site", async () => {
    const root = join(scratch, "repo");
    const dist = join(root, "dist");
    let builds = 0;
    // The build is the true edge here: it writes the pages but, at first, forgets the icons.
    const build = () => {
      builds++;
      mkdirSync(join(dist, "assets", "icons"), { recursive: true });
      for (const page of BUILT_PAGES) writeFileSync(join(dist, page), "<!doctype html>");
      return 0;
    };
    const incomplete = await run(packageCommand, ["--root", root, "--dev"], LOCAL, build);
    expect(incomplete.status).toBe(1);
    expect(incomplete.output).toMatch(/assets\/icons\/icon-16\.png/);

    for (const size of SITE_ICON_SIZES)
      writeFileSync(join(dist, "assets", "icons", siteIconFile(size)), "png");
    const packaged = await run(
      packageCommand,
      ["--root", root, "--dev", "--skip-build"],
      LOCAL,
      build,
    );
    expect(packaged.status, packaged.output).toBe(0);
    expect(builds).toBe(1);
    const entries = unzipSync(readFileSync(join(dist, "appPackage.zip")));
    expect(Object.keys(entries).sort()).toEqual([
      "color.png",
      "fr-ca.json",
      "manifest.json",
      "outline.png",
    ]);
    const manifest = JSON.parse(new TextDecoder().decode(entries["manifest.json"])) as {
      id: string;
    };
    expect(manifest.id).toBe(APP);
    // The XML manifest has its own id (Office requires the two to differ), hidden by the package.
    const xmlId = /<Id>([0-9a-f-]{36})<\/Id>/.exec(
      readFileSync(join(dist, "manifest.xml"), "utf8"),
    )?.[1];
    expect(xmlId).toBeDefined();
    expect(xmlId).not.toBe(APP);
    expect(JSON.stringify(manifest)).toContain(`"officeAddinId":"${xmlId}"`);
    expect(existsSync(join(dist, "staticwebapp.config.json"))).toBe(true);
    expect(packaged.output).toMatch(/sideload only/);
  });

  it("stops when the production build fails", async () => {
    const result = await run(
      packageCommand,
      ["--root", join(scratch, "other"), "--dry-run"],
      {},
      () => 1,
    );
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/build failed/);
  });
});
