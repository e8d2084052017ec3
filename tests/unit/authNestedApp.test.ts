// Nested app auth with the real msal-browser, the host's bridge faked at the window edge
// (window.nestedAppAuthBridge).
import { afterEach, describe, expect, it } from "vitest";
import { parseDialogMessage } from "../../src/auth/dialogFallback";
import { runDialogSignIn } from "../../src/auth/dialogSignIn";
import {
  createNestedAppTokens,
  hasNestedAppBridge,
  type NestedAppWindow,
} from "../../src/auth/naa";
import { runRedirectBridge } from "../../src/auth/redirectBridge";
import { chooseSignIn } from "../../src/auth/signIn";
import type { MsalApp, MsalModule } from "../../src/auth/msalSlice";

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
const idToken = [
  b64({ alg: "none", typ: "JWT" }),
  b64({
    oid: "avery-oid",
    tid: "tenant-1",
    preferred_username: "avery.chen@northfield.example",
    name: "Avery Chen",
    iss: "https://login.microsoftonline.com/tenant-1/v2.0",
    aud: "client",
    iat: 1,
    exp: 9999999999,
  }),
  "sig",
].join(".");

interface BridgeRequest {
  method: string;
  requestId: string;
  tokenParams?: { forceRefresh?: boolean };
}

/**
 * A host bridge speaking msal-browser's NAA protocol: JSON requests in via postMessage, JSON
 * responses out through the "message" listener. `interactionNeeded` makes silent requests fail the
 * way Outlook does when the user must consent.
 */
function fakeBridge(options: { interactionNeeded: boolean }) {
  const methods: string[] = [];
  let listener: ((message: { data: string }) => void) | undefined;
  let issued = 0;
  const bridge = {
    addEventListener: (_type: string, callback: (message: { data: string }) => void) => {
      listener = callback;
    },
    postMessage: (raw: string) => {
      const request = JSON.parse(raw) as BridgeRequest;
      methods.push(request.method);
      const reply = (body: object) =>
        setTimeout(() =>
          listener?.({
            data: JSON.stringify({
              messageType: "NestedAppAuthResponse",
              requestId: request.requestId,
              ...body,
            }),
          }),
        );
      if (request.method === "GetInitContext") {
        reply({
          success: true,
          initContext: {
            sdkName: "outlook-fake",
            sdkVersion: "1.0",
            accountContext: {
              homeAccountId: "avery-oid.tenant-1",
              environment: "login.microsoftonline.com",
              tenantId: "tenant-1",
            },
            capabilities: { queryAccount: false },
          },
        });
        return;
      }
      if (request.method === "GetToken" && options.interactionNeeded) {
        options.interactionNeeded = false;
        reply({
          success: false,
          error: {
            status: "USER_INTERACTION_REQUIRED",
            code: "interaction_required",
            description: "consent",
          },
        });
        return;
      }
      issued += 1;
      reply({
        success: true,
        token: {
          access_token: `${request.method}-token-${issued}`,
          id_token: idToken,
          expires_in: 3600,
          scope: "User.Read",
        },
        account: {
          homeAccountId: "avery-oid.tenant-1",
          environment: "login.microsoftonline.com",
          tenantId: "tenant-1",
          username: "avery.chen@northfield.example",
          localAccountId: "avery-oid",
        },
      });
    },
  };
  return { bridge, methods };
}

const globals = globalThis as { window?: unknown; nestedAppAuthBridge?: unknown };

function installWindow(bridge: unknown): void {
  // msal-browser reads the global `window.nestedAppAuthBridge`; in Node the global object plays window.
  globals.window = globalThis;
  globals.nestedAppAuthBridge = bridge;
}

afterEach(() => {
  delete globals.nestedAppAuthBridge;
  delete globals.window;
});

const registration = {
  clientId: "1f2e3d4c-5b6a-4789-9abc-def012345678",
  tenantId: "tenant-1",
  scopes: ["User.Read"],
  nestedAppAuthSupported: true,
};

describe("nested app auth through the host bridge", () => {
  it("gets a token silently and then serves it from MSAL's cache without asking the host again", async () => {
    const { bridge, methods } = fakeBridge({ interactionNeeded: false });
    installWindow(bridge);
    const tokens = await createNestedAppTokens(registration);
    expect(tokens).not.toBeNull();
    expect(await tokens?.getToken()).toBe("GetToken-token-1");
    expect(await tokens?.getToken()).toBe("GetToken-token-1");
    expect(methods).toEqual(["GetInitContext", "GetToken"]);
  });

  it("opens the host's consent popup only after the silent request says interaction is required", async () => {
    const { bridge, methods } = fakeBridge({ interactionNeeded: true });
    installWindow(bridge);
    const tokens = await createNestedAppTokens(registration);
    expect(await tokens?.getToken()).toBe("GetTokenPopup-token-1");
    expect(methods).toEqual(["GetInitContext", "GetToken", "GetTokenPopup"]);
  });

  it("is not used when the host does not say it supports nested auth, even with a bridge", async () => {
    const { bridge, methods } = fakeBridge({ interactionNeeded: false });
    installWindow(bridge);
    const { nestedAppAuthSupported: _said, ...unsaid } = registration;
    void _said;
    expect(await createNestedAppTokens(unsaid)).toBeNull();
    expect(methods).toEqual([]);
  });

  it("reports no bridge when the host has none, and waits for Teams' initializer when present", async () => {
    expect(await hasNestedAppBridge({})).toBe(false);
    const teamsLike: {
      nestedAppAuthBridge?: unknown;
      __initializeNestedAppAuth?: () => Promise<void>;
    } = {};
    teamsLike.__initializeNestedAppAuth = async () => {
      teamsLike.nestedAppAuthBridge = {};
    };
    expect(await hasNestedAppBridge(teamsLike)).toBe(true);
  });
});

describe("choosing the sign-in when the bridge is absent", () => {
  /** Records which MSAL factory was used; never reached for nested auth when there is no bridge. */
  function recordingMsal() {
    const created: string[] = [];
    const app: MsalApp = {
      acquireTokenSilent: () =>
        Promise.reject(Object.assign(new Error("no account"), { errorCode: "no_account_error" })),
      acquireTokenPopup: () =>
        Promise.resolve({ accessToken: "popup-token", account: null } as unknown as Awaited<
          ReturnType<MsalApp["acquireTokenPopup"]>
        >),
      acquireTokenRedirect: () => Promise.reject(new Error("redirect is not used here")),
      handleRedirectPromise: () => Promise.resolve(null),
      getActiveAccount: () => null,
      getAllAccounts: () => [],
      setActiveAccount: () => undefined,
    };
    const msal: MsalModule = {
      createNestablePublicClientApplication: async () => {
        created.push("nestable");
        return app;
      },
      createStandardPublicClientApplication: async () => {
        created.push("standard");
        return app;
      },
    };
    return { created, loadMsal: async () => msal };
  }

  const base = {
    ...registration,
    redirectUri: "https://app.example/auth-redirect.html",
    window: {},
  };

  it("uses the Office dialog in Outlook without the bridge, never MSAL", async () => {
    const { created, loadMsal } = recordingMsal();
    const opened: string[] = [];
    const choice = await chooseSignIn({
      ...base,
      host: "outlook",
      loadMsal,
      dialog: {
        url: "https://app.example/dialog.html",
        open: async (url) => {
          opened.push(url);
          return {
            onMessage: (listener) =>
              setTimeout(() =>
                listener(
                  JSON.stringify({
                    type: "token",
                    accessToken: "dialog-token",
                    expiresOn: Date.now() + 3_600_000,
                    state: new URL(url).searchParams.get("state"),
                  }),
                ),
              ),
            onClosed: () => undefined,
            close: () => undefined,
          };
        },
      },
    });
    expect(choice.method).toBe("office-dialog");
    expect(await choice.tokens.getToken()).toBe("dialog-token");
    // The dialog page reads the scopes from config.json; the URL carries none.
    expect(new URL(opened[0] ?? "").searchParams.has("scopes")).toBe(false);
    expect(created).toEqual([]);
  });

  it("skips nested auth when Outlook says the NestedAppAuth requirement set is unsupported, even with a bridge", async () => {
    const { bridge, methods } = fakeBridge({ interactionNeeded: false });
    installWindow(bridge);
    const { created, loadMsal } = recordingMsal();
    const choice = await chooseSignIn({
      ...base,
      window: globalThis as NestedAppWindow,
      host: "outlook",
      nestedAppAuthSupported: false,
      loadMsal,
      dialog: {
        url: "https://app.example/dialog.html",
        open: async () => ({
          onMessage: () => undefined,
          onClosed: () => undefined,
          close: () => undefined,
        }),
      },
    });
    expect(choice.method).toBe("office-dialog");
    expect(methods).toEqual([]);
    expect(created).toEqual([]);
  });

  it("uses Teams' sign-in window in Teams without the bridge, never an MSAL popup", async () => {
    const { created, loadMsal } = recordingMsal();
    const choice = await chooseSignIn({
      ...base,
      host: "teams",
      loadMsal,
      dialog: {
        url: "https://app.example/dialog.html?host=teams",
        open: async (url) => ({
          onMessage: (listener) =>
            setTimeout(() =>
              listener(
                JSON.stringify({
                  type: "token",
                  accessToken: "window-token",
                  expiresOn: Date.now() + 3_600_000,
                  state: new URL(url).searchParams.get("state"),
                }),
              ),
            ),
          onClosed: () => undefined,
          close: () => undefined,
        }),
      },
    });
    expect(choice.method).toBe("teams-window");
    expect(await choice.tokens.getToken()).toBe("window-token");
    expect(created).toEqual([]);
  });

  it("uses a standard MSAL popup in the browser: no account yet means straight to the popup", async () => {
    const { created, loadMsal } = recordingMsal();
    const choice = await chooseSignIn({ ...base, host: "browser", loadMsal });
    expect(choice.method).toBe("popup");
    expect(await choice.tokens.getToken()).toBe("popup-token");
    expect(created).toEqual(["standard"]);
  });
});

describe("Office dialog page and redirect bridge", () => {
  // The page's URL is anyone's to write: the scopes come from the deployment, the URL's are ignored.
  it("redirects to sign in with the deployment's scopes, never the URL's, then sends the token back with the state", async () => {
    const redirects: Array<{ scopes: string[]; loginHint?: string }> = [];
    let returning = false;
    const app: MsalApp = {
      acquireTokenSilent: () => Promise.reject(new Error("not used")),
      acquireTokenPopup: () => Promise.reject(new Error("not used")),
      acquireTokenRedirect: async (request) => {
        redirects.push({ scopes: request.scopes, loginHint: request.loginHint });
      },
      handleRedirectPromise: async () =>
        returning
          ? ({ accessToken: "dialog-token", expiresOn: new Date(5_000) } as unknown as Awaited<
              ReturnType<MsalApp["handleRedirectPromise"]>
            >)
          : null,
      getActiveAccount: () => null,
      getAllAccounts: () => [],
      setActiveAccount: () => undefined,
    };
    const loadMsal = async () => ({
      createNestablePublicClientApplication: async () => app,
      createStandardPublicClientApplication: async () => app,
    });
    const messages: string[] = [];
    const page = {
      clientId: registration.clientId,
      tenantId: "tenant-1",
      scopes: ["User.Read", "Contacts.ReadWrite"],
      redirectUri: "https://app.example/auth-redirect.html",
      pageUrl:
        "https://app.example/dialog.html?scopes=User.Read%20Mail.Send%20Files.ReadWrite.All&loginHint=avery%40northfield.example&state=s-42",
      messageParent: (message: string) => messages.push(message),
      loadMsal,
    };
    expect(await runDialogSignIn(page)).toBe("redirecting");
    expect(redirects).toEqual([
      { scopes: ["User.Read", "Contacts.ReadWrite"], loginHint: "avery@northfield.example" },
    ]);
    returning = true;
    expect(await runDialogSignIn(page)).toBe("sent");
    expect(messages.map(parseDialogMessage)).toEqual([
      { type: "token", accessToken: "dialog-token", expiresOn: 5_000, state: "s-42" },
    ]);
    // Opened without a state (by hand, or by a page that is not ours): no sign-in, no token.
    messages.length = 0;
    redirects.length = 0;
    expect(await runDialogSignIn({ ...page, pageUrl: "https://app.example/dialog.html" })).toBe(
      "sent",
    );
    expect(redirects).toEqual([]);
    expect(messages.map(parseDialogMessage)).toEqual([
      { type: "error", code: "no_state", message: "The sign-in page was opened directly." },
    ]);
  });

  it("uses msal-browser 5's broadcastResponseToMainFrame from the redirect-bridge entry point", async () => {
    const bridge = await import("@azure/msal-browser/redirect-bridge");
    expect(typeof bridge.broadcastResponseToMainFrame).toBe("function");
    let broadcasts = 0;
    await runRedirectBridge(async () => async () => {
      broadcasts += 1;
    });
    expect(broadcasts).toBe(1);
  });
});
