// Token providers' rules: consent degradation, the Office dialog's lifecycle, sandbox token
// caching.
import { describe, expect, it } from "vitest";
import { createDialogTokens, SignInError } from "../../src/auth/dialogFallback";
import type { MsalApp } from "../../src/auth/msalSlice";
import { degradeScopes, msalTokenProvider } from "../../src/auth/msalTokens";
import { createSandboxTokens } from "../../src/auth/sandboxTokens";

type PopupResult = Awaited<ReturnType<MsalApp["acquireTokenPopup"]>>;

describe("consent degradation", () => {
  it("swaps the admin-only directory scope for the basic one", () => {
    expect(degradeScopes(["User.Read", "User.Read.All", "People.Read"])).toEqual({
      scopes: ["User.Read", "People.Read", "User.ReadBasic.All"],
      dropped: ["User.Read.All"],
    });
  });

  it("asks again with basic directory scopes when the user cannot consent to User.Read.All, and says so once", async () => {
    const popups: string[][] = [];
    const app: MsalApp = {
      acquireTokenSilent: () =>
        Promise.reject(
          Object.assign(new Error("need ui"), {
            name: "InteractionRequiredAuthError",
            errorCode: "interaction_required",
          }),
        ),
      acquireTokenPopup: (request) => {
        popups.push([...request.scopes]);
        if (request.scopes.includes("User.Read.All")) {
          return Promise.reject(
            Object.assign(new Error("AADSTS90094: admin approval required"), {
              errorCode: "access_denied",
            }),
          );
        }
        return Promise.resolve({
          accessToken: "basic-token",
          account: null,
        } as unknown as PopupResult);
      },
      acquireTokenRedirect: () => Promise.reject(new Error("redirect is not used here")),
      handleRedirectPromise: () => Promise.resolve(null),
      getActiveAccount: () => null,
      getAllAccounts: () => [],
      setActiveAccount: () => undefined,
    };
    const limited: string[][] = [];
    const tokens = msalTokenProvider({
      app,
      scopes: ["User.Read", "User.Read.All"],
      onLimited: (dropped) => limited.push(dropped),
    });
    expect(await tokens.getToken()).toBe("basic-token");
    expect(popups).toEqual([
      ["User.Read", "User.Read.All"],
      ["User.Read", "User.ReadBasic.All"],
    ]);
    expect(limited).toEqual([["User.Read.All"]]);
  });

  it("does not open a popup for errors that are not about interaction once signed in", async () => {
    let popups = 0;
    const account = { homeAccountId: "a" } as unknown as NonNullable<
      ReturnType<MsalApp["getActiveAccount"]>
    >;
    const app: MsalApp = {
      acquireTokenSilent: () =>
        Promise.reject(Object.assign(new Error("network down"), { errorCode: "network_error" })),
      acquireTokenPopup: () => {
        popups += 1;
        return Promise.reject(new Error("unexpected"));
      },
      acquireTokenRedirect: () => Promise.reject(new Error("redirect is not used here")),
      handleRedirectPromise: () => Promise.resolve(null),
      getActiveAccount: () => account,
      getAllAccounts: () => [account],
      setActiveAccount: () => undefined,
    };
    await expect(msalTokenProvider({ app, scopes: ["User.Read"] }).getToken()).rejects.toThrow(
      "network down",
    );
    expect(popups).toBe(0);
  });
});

describe("Office dialog sign-in", () => {
  function dialogs(answers: Array<{ message?: string; closedWith?: number }>) {
    const opened: string[] = [];
    let closed = 0;
    return {
      opened,
      closedCount: () => closed,
      open: async (url: string) => {
        opened.push(url);
        const answer = answers.shift() ?? {};
        return {
          onMessage: (listener: (message: string) => void) => {
            if (answer.message !== undefined) setTimeout(() => listener(answer.message as string));
          },
          onClosed: (listener: (code: number) => void) => {
            if (answer.closedWith !== undefined)
              setTimeout(() => listener(answer.closedWith as number));
          },
          close: () => {
            closed += 1;
          },
        };
      },
    };
  }

  it("keeps the token until near expiry, shares one dialog between callers, and reopens on forced refresh", async () => {
    let now = 1_000_000;
    const states = ["s1", "s2"];
    const token = (name: string, state: string) =>
      JSON.stringify({ type: "token", accessToken: name, expiresOn: now + 3_600_000, state });
    const fake = dialogs([{ message: token("first", "s1") }, { message: token("second", "s2") }]);
    const tokens = createDialogTokens({
      openDialog: fake.open,
      dialogUrl: "https://app.example/dialog.html",
      loginHint: "avery@northfield.example",
      now: () => now,
      newState: () => states.shift() ?? "none",
    });
    expect(await Promise.all([tokens.getToken(), tokens.getToken()])).toEqual(["first", "first"]);
    now += 30 * 60_000;
    expect(await tokens.getToken()).toBe("first");
    expect(await tokens.getToken({ forceRefresh: true })).toBe("second");
    expect(fake.opened).toHaveLength(2);
    expect(new URL(fake.opened[0] ?? "").searchParams.get("loginHint")).toBe(
      "avery@northfield.example",
    );
    expect(fake.closedCount()).toBe(2);
  });

  it("fails with a sign-in error when the user closes the dialog", async () => {
    const fake = dialogs([{ closedWith: 12006 }]);
    const tokens = createDialogTokens({
      openDialog: fake.open,
      dialogUrl: "https://app.example/dialog.html",
    });
    const failure = tokens.getToken();
    await expect(failure).rejects.toBeInstanceOf(SignInError);
    await expect(failure).rejects.toMatchObject({ code: "12006" });
  });

  // A token the window was not asked for this time (another request's, or one forged into the
  // answer) is never used.
  it("refuses a token answered with another request's state", async () => {
    const fake = dialogs([
      {
        message: JSON.stringify({
          type: "token",
          accessToken: "someone-elses",
          expiresOn: Date.now() + 3_600_000,
          state: "not-ours",
        }),
      },
    ]);
    const tokens = createDialogTokens({
      openDialog: fake.open,
      dialogUrl: "https://app.example/dialog.html",
      newState: () => "ours",
    });
    await expect(tokens.getToken()).rejects.toMatchObject({ code: "state_mismatch" });
    expect(new URL(fake.opened[0] ?? "").searchParams.get("state")).toBe("ours");
  });
});

describe("sandbox tokens", () => {
  it("asks the sandbox once per token lifetime, renewing a minute before expiry", async () => {
    let now = 0;
    const asked: string[] = [];
    const tokens = createSandboxTokens({
      origin: "http://127.0.0.1:4000",
      userPrincipalName: "avery.chen@northfield.example",
      now: () => now,
      fetch: async (request) => {
        asked.push(`${request.method} ${new URL(request.url).pathname} ${await request.text()}`);
        return Response.json({ access_token: `t${asked.length}`, expires_in: 600 });
      },
    });
    expect(await tokens.getToken()).toBe("t1");
    now = 500_000;
    expect(await tokens.getToken()).toBe("t1");
    now = 541_000;
    expect(await tokens.getToken()).toBe("t2");
    expect(asked[0]).toBe(
      'POST /_sandbox/token {"userPrincipalName":"avery.chen@northfield.example"}',
    );
  });
});
