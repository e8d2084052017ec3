// The deployment config: a good one is accepted as typed; a bad one lists every problem for the
// setup screen.
import { describe, expect, it } from "vitest";
import { DEFAULT_SCOPES, parseConfig } from "../../src/domain/config";

const lists = {
  volunteers: "list-v",
  volunteerNotes: "list-n",
  questions: "list-q",
  bookings: "list-b",
};

describe("parseConfig", () => {
  it("accepts a production config and fills the default scopes", () => {
    const result = parseConfig({
      mode: "production",
      clientId: "1f2e3d4c-5b6a-4789-9abc-def012345678",
      teamsAppId: "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
      tenantId: "northfield.example",
      redirectUri: "/auth-redirect.html",
      sharePoint: { siteId: "site-1", advisorsGroupId: "group-1", lists },
    });
    expect(result).toEqual({
      ok: true,
      config: {
        mode: "production",
        clientId: "1f2e3d4c-5b6a-4789-9abc-def012345678",
        teamsAppId: "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
        tenantId: "northfield.example",
        scopes: [...DEFAULT_SCOPES],
        redirectUri: "/auth-redirect.html",
        sharePoint: { siteId: "site-1", advisorsGroupId: "group-1", lists },
      },
    });
  });

  it("needs only the sandbox origin in sandbox mode, and no SharePoint", () => {
    const result = parseConfig({ mode: "sandbox", sandboxOrigin: "http://127.0.0.1:4000" });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.config.sandboxOrigin).toBe("http://127.0.0.1:4000");
      expect(result.config.sharePoint).toBeNull();
    }
  });

  it("lists every problem of a broken production config at once", () => {
    const result = parseConfig({
      mode: "production",
      clientId: "my-app",
      teamsAppId: "teams-app",
      scopes: ["User.Read", ""],
      sharePoint: { lists: { volunteers: "v" } },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        'clientId "my-app" is not a GUID.',
        'teamsAppId "teams-app" is not a GUID.',
        "tenantId (directory id or domain) is missing.",
        "scopes must be a list of permission names.",
        "sharePoint.siteId is missing.",
        "sharePoint.advisorsGroupId (the id of the site's Microsoft 365 group) is missing; npm run provision writes it.",
        "sharePoint.lists.volunteerNotes (the volunteerNotes list id) is missing.",
        "sharePoint.lists.questions (the questions list id) is missing.",
        "sharePoint.lists.bookings (the bookings list id) is missing.",
      ]);
    }
  });

  it("refuses a missing mode and a non-object", () => {
    expect(parseConfig(null)).toEqual({
      ok: false,
      problems: ["The configuration is not a JSON object."],
    });
    const result = parseConfig({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toBe('mode must be "sandbox" or "production".');
  });
});
