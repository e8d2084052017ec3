// The manifests and the web build agree: every page and icon a manifest opens is a file of the
// built site.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILT_PAGES, missingSiteFiles } from "../../manifest-src/sitePages";

describe("checking a built site", () => {
  it("names the pages and icons a site folder lacks", () => {
    const site = mkdtempSync(join(tmpdir(), "dist-"));
    try {
      writeFileSync(join(site, "taskpane.html"), "");
      writeFileSync(join(site, "tab.html"), "");
      mkdirSync(join(site, "assets", "icons"), { recursive: true });
      writeFileSync(join(site, "assets", "icons", "icon-16.png"), "");
      const missing = missingSiteFiles((path) => existsSync(join(site, path)));
      expect(missing).toContain("auth-redirect.html");
      expect(missing).toContain("dialog.html");
      expect(missing).toContain("assets/icons/icon-80.png");
      expect(missing).not.toContain("taskpane.html");
      expect(missing).not.toContain("assets/icons/icon-16.png");
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  // Only when a production build is present (CI tests before it builds): then it must be complete.
  it.runIf(existsSync("dist/taskpane.html"))(
    "dist/ has every page and icon the manifests point at",
    () => {
      expect(missingSiteFiles((path) => existsSync(join("dist", path)))).toEqual([]);
      for (const page of BUILT_PAGES) expect(existsSync(join("dist", page)), page).toBe(true);
    },
  );
});
