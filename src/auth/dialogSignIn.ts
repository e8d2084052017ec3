// The Office dialog page's sign-in: redirect to Entra, come back, and hand the token to the task
// pane.
import { type DialogMessage, dialogMessage } from "./dialogFallback";
import type { LoadMsal } from "./msalSlice";
import { loadMsalBrowser } from "./msalSlice";
import { msalConfiguration } from "./naa";

/** Options for the dialog page (the entry passes `Office.context.ui.messageParent`). */
export interface DialogSignInOptions {
  clientId: string;
  tenantId: string;
  /** The deployment's scopes (config.json): never read from the page's URL. */
  scopes: readonly string[];
  /** The redirect-bridge page; after Entra it navigates back to this dialog page. */
  redirectUri: string;
  /** This page's URL: it carries the login hint and the state the pane or tab asked with. */
  pageUrl: string;
  messageParent: (message: string) => void;
  loadMsal?: LoadMsal;
}

/**
 * Reads what the pane or tab asked with from the dialog URL (see `createDialogTokens`): a login
 * hint (only a hint: Entra still signs in whoever signs in) and the state to echo. Anything else in
 * the URL, scopes included, is ignored.
 */
export function readDialogRequest(pageUrl: string): {
  loginHint: string | undefined;
  state: string | null;
} {
  const params = new URL(pageUrl).searchParams;
  return { loginHint: params.get("loginHint") ?? undefined, state: params.get("state") };
}

/**
 * Runs on each load of the dialog page. Coming back from Entra, `handleRedirectPromise` yields the
 * token, which is sent to the task pane; on first load the page redirects to sign in. Errors are
 * sent as messages too: an exception inside an Office dialog reaches nobody.
 */
export async function runDialogSignIn(
  options: DialogSignInOptions,
): Promise<"sent" | "redirecting"> {
  const send = (message: DialogMessage) => options.messageParent(dialogMessage(message));
  try {
    const msal = await (options.loadMsal ?? loadMsalBrowser)();
    const app = await msal.createStandardPublicClientApplication(
      msalConfiguration(options.clientId, options.tenantId, options.redirectUri),
    );
    const { loginHint, state } = readDialogRequest(options.pageUrl);
    // No state: nobody of ours opened this page, so there is nobody to answer (and no token to make).
    if (!state) {
      send({ type: "error", code: "no_state", message: "The sign-in page was opened directly." });
      return "sent";
    }
    const result = await app.handleRedirectPromise();
    if (result) {
      send({
        type: "token",
        accessToken: result.accessToken,
        expiresOn: result.expiresOn?.getTime() ?? 0,
        state,
      });
      return "sent";
    }
    await app.acquireTokenRedirect({
      scopes: [...options.scopes],
      loginHint,
      redirectStartPage: options.pageUrl,
    });
    return "redirecting";
  } catch (error) {
    const code =
      typeof error === "object" && error !== null && "errorCode" in error
        ? String(error.errorCode)
        : "sign_in_failed";
    send({ type: "error", code, message: error instanceof Error ? error.message : String(error) });
    return "sent";
  }
}
