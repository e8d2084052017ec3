// The production build ships no development wiring: no workbench, no sandbox transport or tokens,
// no persona switch (`?as=`), no source map, and every page carries the CSP. Runs when `npm run build` has run
// (CI runs it after building); skipped otherwise.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OFFICE_JS_URL } from "../../src/entries/loadOfficeJs";

const DIST = "dist";
const built = existsSync(join(DIST, "taskpane.html"));

function files(ext: string): string[] {
  return readdirSync(DIST).filter((name) => name.endsWith(ext));
}

/** Every file of the built site, in subfolders too, relative to dist/. */
function everyFile(dir = DIST, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory()
      ? everyFile(join(dir, name), `${prefix}${name}/`)
      : [`${prefix}${name}`],
  );
}

describe.runIf(built)("the production build", () => {
  // A published map hands anyone the whole source with its comments; the build keeps them in
  // dist-sourcemaps/, beside the site, for reading reported stack traces.
  it("publishes no source map and points to none", () => {
    const all = everyFile();
    expect(all.filter((file) => file.endsWith(".map"))).toEqual([]);
    for (const file of all.filter((name) => /\.(js|css|html)$/u.test(name))) {
      const text = readFileSync(join(DIST, file), "utf8");
      expect(text, file).not.toMatch(/[#@] sourceMappingURL=/u);
    }
  });

  it("has no workbench page", () => {
    expect(existsSync(join(DIST, "workbench.html"))).toBe(false);
  });

  it("contains no sandbox transport, sandbox tokens or persona switch", () => {
    for (const file of files(".js")) {
      const code = readFileSync(join(DIST, file), "utf8");
      expect(code, file).not.toContain("/_sandbox/");
      expect(code, file).not.toMatch(/\.get\(\s*["']as["']\s*\)/);
      expect(code, file).not.toContain("127.0.0.1");
    }
  });

  it("puts the CSP on every page and loads scripts only from itself or Microsoft's CDN", () => {
    for (const file of files(".html")) {
      const page = readFileSync(join(DIST, file), "utf8");
      // html-webpack-plugin minifies: attribute quotes may be dropped.
      expect(page, file).toMatch(/http-equiv="?Content-Security-Policy/);
      expect(page, file).not.toContain("unsafe-eval");
      for (const [, src] of page.matchAll(/<script[^>]*src="?([^"\s>]+)/g)) {
        const external = /^[a-z]+:|^\/\//i.test(src!);
        expect(external ? src : "relative", file).toMatch(
          /^(relative|https:\/\/appsforoffice\.microsoft\.com\/)/,
        );
      }
    }
  });

  it("references office.js in the task pane's <head>, before the app's scripts; the Teams tab does not", () => {
    // office-js-docs-pr docs/develop/referencing-the-javascript-api-for-office-library-from-its-cdn.md
    const pane = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const head = pane.slice(0, pane.indexOf("</head>"));
    const scripts = [...head.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map(([, src]) => src);
    expect(scripts[0]).toBe(OFFICE_JS_URL);
    expect(scripts.length).toBeGreaterThan(1);
    // After the CSP, which governs only what follows it.
    expect(head.indexOf("Content-Security-Policy")).toBeLessThan(head.indexOf(OFFICE_JS_URL));
    for (const page of ["tab.html", "dialog.html", "auth-redirect.html"]) {
      expect(readFileSync(join(DIST, page), "utf8"), page).not.toMatch(/<script[^>]*appsforoffice/);
    }
  });
});
