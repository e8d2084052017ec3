// Hosting: one CSP without unsafe-eval that lets Teams and Outlook frame us, and the headers
// actually served.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy, cspDirectives, metaContentSecurityPolicy } from "../../hosting/csp";
import { cacheControlFor } from "../../hosting/headers";
import { createSiteHandler, resolveSiteFile } from "../../hosting/siteServer";

const header = contentSecurityPolicy();
const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? [];

describe("the content security policy", () => {
  it("never allows eval, nor inline scripts", () => {
    for (const policy of [
      header,
      metaContentSecurityPolicy(),
      contentSecurityPolicy({ devServerOrigin: "https://localhost:3000" }),
    ]) {
      expect(policy).not.toMatch(/unsafe-eval/);
      expect(directive(policy, "script-src")).not.toContain("'unsafe-inline'");
    }
  });

  it("lets Teams, Outlook on the web and the Microsoft 365 app frame the pages", () => {
    const ancestors = directive(header, "frame-ancestors");
    for (const origin of [
      "https://teams.microsoft.com",
      "https://*.teams.microsoft.com",
      "https://*.cloud.microsoft",
      "https://outlook.office.com",
      "https://outlook.office365.com",
      "https://*.office.com",
    ]) {
      expect(ancestors).toContain(origin);
    }
    expect(ancestors).not.toContain("*");
    expect(ancestors).not.toContain("https:");
  });

  it("loads office.js from Microsoft's CDN and talks only to Graph and the sign-in service", () => {
    expect(directive(header, "script-src")).toContain("https://appsforoffice.microsoft.com");
    const connect = directive(header, "connect-src");
    expect(connect).toEqual(
      expect.arrayContaining(["https://graph.microsoft.com", "https://login.microsoftonline.com"]),
    );
    // teams-js fetches its list of valid origins; without it the tab works but logs a failure.
    expect(connect).toContain("https://res.cdn.office.net");
    expect(directive(header, "object-src")).toEqual(["'none'"]);
  });

  it("keeps frame-ancestors out of the meta tag version, where browsers ignore it", () => {
    const meta = metaContentSecurityPolicy();
    expect(directive(meta, "frame-ancestors")).toEqual([]);
    expect(directive(meta, "script-src")).toEqual(directive(header, "script-src"));
    expect(Object.keys(cspDirectives())).toContain("frame-ancestors");
  });

  it("allows the dev server's socket only when asked", () => {
    expect(
      directive(
        contentSecurityPolicy({ devServerOrigin: "https://localhost:3000" }),
        "connect-src",
      ),
    ).toContain("wss://localhost:3000");
    expect(header).not.toContain("localhost");
  });
});

describe("cache rules", () => {
  it("never caches the sign-in redirect bridge, caches hashed bundles for a year, revalidates pages", () => {
    expect(cacheControlFor("/auth-redirect.html")).toBe("no-store");
    expect(cacheControlFor("/taskpane.e34447f7.js")).toBe("public, max-age=31536000, immutable");
    expect(cacheControlFor("/taskpane.html")).toBe("no-cache");
    expect(cacheControlFor("/config.json")).toBe("no-cache");
    expect(cacheControlFor("/assets/icons/icon-16.png")).toBe("public, max-age=86400");
    // A script without a content hash must not be frozen in caches.
    expect(cacheControlFor("/commands.js")).toBe("no-cache");
  });
});

describe("the local HTTPS site server's handler (over plain HTTP on loopback)", () => {
  let server: Server;
  let origin = "";
  let root = "";

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "site-"));
    mkdirSync(join(root, "assets", "icons"), { recursive: true });
    writeFileSync(join(root, "taskpane.html"), "<!doctype html><title>pane</title>");
    writeFileSync(join(root, "auth-redirect.html"), "<!doctype html><title>bridge</title>");
    writeFileSync(join(root, "taskpane.e34447f7.js"), "console.log(1)");
    writeFileSync(join(tmpdir(), "secret.txt"), "outside the site");
    server = createServer(createSiteHandler(root));
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(root, { recursive: true, force: true });
  });

  it("serves pages with the production CSP and security headers", async () => {
    const response = await fetch(`${origin}/taskpane.html?host=outlook`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe(header);
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBeNull();
    expect(await response.text()).toContain("<title>pane</title>");
  });

  it("serves the redirect bridge with no-store and hashed bundles as immutable", async () => {
    expect((await fetch(`${origin}/auth-redirect.html`)).headers.get("cache-control")).toBe(
      "no-store",
    );
    expect((await fetch(`${origin}/taskpane.e34447f7.js`)).headers.get("cache-control")).toMatch(
      /immutable/,
    );
  });

  it("answers 404 for missing files and never leaves the site folder", async () => {
    expect((await fetch(`${origin}/dialog.html`)).status).toBe(404);
    expect((await fetch(`${origin}/..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${origin}/%2e%2e/secret.txt`)).status).toBe(404);
    // ".." is resolved against the site root, so it can only land inside it.
    expect(resolveSiteFile(root, "/../secret.txt")).toBe(join(root, "secret.txt"));
    expect(resolveSiteFile(root, "/a\\..\\..\\secret.txt")).toBeNull();
    expect(resolveSiteFile(root, "/assets/../taskpane.html")).toBe(join(root, "taskpane.html"));
  });
});
