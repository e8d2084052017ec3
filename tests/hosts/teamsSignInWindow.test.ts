// Teams without nested app auth: sign-in goes through Teams' own window (teams-js stubbed at the
// edge).
import { describe, expect, it } from "vitest";
import { createDialogTokens, dialogMessage, SignInError } from "../../src/auth/dialogFallback";
import { teamsSignInOpener, WINDOW_CLOSED } from "../../src/hosts/teams/signInWindow";
import type { TeamsSdk } from "../../src/hosts/teams/teamsSdk";

function teamsWith(answer: (url: string) => Promise<string>) {
  const opened: string[] = [];
  const sdk: TeamsSdk = {
    app: {
      initialize: async () => {},
      getContext: async () => ({ app: { locale: "en-us" }, page: {} }),
      registerOnThemeChangeHandler: () => {},
    },
    authentication: {
      authenticate: ({ url }) => {
        opened.push(url);
        return answer(url);
      },
      notifySuccess: () => {},
    },
  };
  return { sdk, opened };
}

const options = {
  dialogUrl: "https://app.example/dialog.html?host=teams",
  scopes: ["User.Read", "Contacts.ReadWrite"],
  loginHint: "avery.chen@northfield.example",
};

describe("Teams sign-in window", () => {
  it("opens our sign-in page in Teams' window and takes the token it hands back", async () => {
    const expiresOn = Date.now() + 3_600_000;
    const { sdk, opened } = teamsWith(async () =>
      dialogMessage({ type: "token", accessToken: "teams-window-token", expiresOn }),
    );
    const openDialog = teamsSignInOpener(sdk);
    if (!openDialog) throw new Error("no opener");
    const tokens = createDialogTokens({ ...options, openDialog });
    expect(await tokens.getToken()).toBe("teams-window-token");
    // Cached: a second call opens no second window.
    expect(await tokens.getToken()).toBe("teams-window-token");
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0] ?? "");
    expect(url.searchParams.get("host")).toBe("teams");
    expect(url.searchParams.get("scopes")).toBe("User.Read Contacts.ReadWrite");
    expect(url.searchParams.get("loginHint")).toBe("avery.chen@northfield.example");
  });

  it("a window the user closed reads as a sign-in error, and the next call opens it again", async () => {
    let attempts = 0;
    const { sdk } = teamsWith(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("CancelledByUser");
      return dialogMessage({
        type: "token",
        accessToken: "second-try",
        expiresOn: Date.now() + 3_600_000,
      });
    });
    const openDialog = teamsSignInOpener(sdk);
    if (!openDialog) throw new Error("no opener");
    const tokens = createDialogTokens({ ...options, openDialog });
    const failure = await tokens.getToken().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SignInError);
    expect((failure as SignInError).code).toBe(String(WINDOW_CLOSED));
    expect(await tokens.getToken()).toBe("second-try");
  });

  it("a Teams without the authentication module offers no window", () => {
    const { sdk } = teamsWith(async () => "");
    delete sdk.authentication;
    expect(teamsSignInOpener(sdk)).toBeNull();
  });
});
