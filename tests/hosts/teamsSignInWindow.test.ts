// Teams without nested app auth: sign-in goes through Teams' own window (teams-js stubbed at the
// edge).
import { describe, expect, it } from "vitest";
import { createDialogTokens, dialogMessage, SignInError } from "../../src/auth/dialogFallback";
import {
  teamsSignInAnswer,
  teamsSignInOpener,
  WINDOW_CLOSED,
} from "../../src/hosts/teams/signInWindow";
import type { TeamsSdk } from "../../src/hosts/teams/teamsSdk";

const OUR_APP = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

function teamsWith(
  answer: (url: string) => Promise<string>,
  frameContext = "content",
  appId: string | null = OUR_APP,
) {
  const opened: string[] = [];
  const notified: string[] = [];
  const sdk: TeamsSdk = {
    app: {
      initialize: async () => {},
      getContext: async () => ({
        app: { locale: "en-us", ...(appId ? { appId: { toString: () => appId } } : {}) },
        page: { frameContext },
      }),
      registerOnThemeChangeHandler: () => {},
    },
    authentication: {
      authenticate: ({ url }) => {
        opened.push(url);
        return answer(url);
      },
      notifySuccess: (result) => {
        notified.push(result ?? "");
      },
    },
  };
  return { sdk, opened, notified };
}

/** What our sign-in page answers: the token, with the state from the URL it was opened at. */
const tokenFor = (url: string, accessToken: string) =>
  dialogMessage({
    type: "token",
    accessToken,
    expiresOn: Date.now() + 3_600_000,
    state: new URL(url).searchParams.get("state") ?? "",
  });

const options = {
  dialogUrl: "https://app.example/dialog.html?host=teams",
  loginHint: "avery.chen@northfield.example",
};

describe("Teams sign-in window", () => {
  it("opens our sign-in page in Teams' window and takes the token it hands back", async () => {
    const { sdk, opened } = teamsWith(async (url) => tokenFor(url, "teams-window-token"));
    const openDialog = teamsSignInOpener(sdk);
    if (!openDialog) throw new Error("no opener");
    const tokens = createDialogTokens({ ...options, openDialog });
    expect(await tokens.getToken()).toBe("teams-window-token");
    // Cached: a second call opens no second window.
    expect(await tokens.getToken()).toBe("teams-window-token");
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0] ?? "");
    expect(url.searchParams.get("host")).toBe("teams");
    // The scopes are the deployment's (config.json, read by the page): the URL names none.
    expect(url.searchParams.has("scopes")).toBe(false);
    expect(url.searchParams.get("state")).toMatch(/^[0-9a-f-]{36}$/u);
    expect(url.searchParams.get("loginHint")).toBe("avery.chen@northfield.example");
  });

  it("a window the user closed reads as a sign-in error, and the next call opens it again", async () => {
    let attempts = 0;
    const { sdk } = teamsWith(async (url) => {
      attempts += 1;
      if (attempts === 1) throw new Error("CancelledByUser");
      return tokenFor(url, "second-try");
    });
    const openDialog = teamsSignInOpener(sdk);
    if (!openDialog) throw new Error("no opener");
    const tokens = createDialogTokens({ ...options, openDialog });
    const failure = await tokens.getToken().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SignInError);
    expect((failure as SignInError).code).toBe(String(WINDOW_CLOSED));
    expect(await tokens.getToken()).toBe("second-try");
  });

  it("refuses an answer carrying another window's state", async () => {
    const { sdk } = teamsWith(async () =>
      tokenFor("https://app.example/dialog.html?state=an-older-window", "stale"),
    );
    const openDialog = teamsSignInOpener(sdk);
    if (!openDialog) throw new Error("no opener");
    const tokens = createDialogTokens({ ...options, openDialog });
    await expect(tokens.getToken()).rejects.toMatchObject({ code: "state_mismatch" });
  });

  it("our sign-in page answers only in the window Teams opened for authenticate", async () => {
    const window = teamsWith(async () => "", "authentication");
    const answer = await teamsSignInAnswer(window.sdk, OUR_APP);
    if (typeof answer !== "function") throw new Error(`refused: ${answer}`);
    answer("the answer");
    expect(window.notified).toEqual(["the answer"]);
    // Loaded as a tab, a side panel or a configuration page, it hands nothing to anyone.
    for (const frameContext of ["content", "settings", "sidePanel"]) {
      const loaded = teamsWith(async () => "", frameContext);
      expect(await teamsSignInAnswer(loaded.sdk, OUR_APP)).toBe("notSignInWindow");
    }
  });

  it("hands the token only to our own Teams app, never to another app that opened the page", async () => {
    // Another Teams app listing our domain in validDomains opened our sign-in page.
    const other = teamsWith(
      async () => "",
      "authentication",
      "0d1e2f3a-0000-4000-8000-00000000abcd",
    );
    expect(await teamsSignInAnswer(other.sdk, OUR_APP)).toBe("otherApp");
    // Teams did not say which app opened it: nothing proves it was ours.
    const unnamed = teamsWith(async () => "", "authentication", null);
    expect(await teamsSignInAnswer(unnamed.sdk, OUR_APP)).toBe("otherApp");
    // A deployment whose config names no Teams app cannot check, so it never answers in Teams.
    const ours = teamsWith(async () => "", "authentication");
    expect(await teamsSignInAnswer(ours.sdk, undefined)).toBe("otherApp");
    // Teams may spell the GUID in upper case.
    const upper = teamsWith(async () => "", "authentication", OUR_APP.toUpperCase());
    expect(typeof (await teamsSignInAnswer(upper.sdk, OUR_APP))).toBe("function");
    expect(other.notified).toEqual([]);
  });

  it("a Teams without the authentication module offers no window", () => {
    const { sdk } = teamsWith(async () => "");
    delete sdk.authentication;
    expect(teamsSignInOpener(sdk)).toBeNull();
  });
});
