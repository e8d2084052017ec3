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
  /** The redirect-bridge page; after Entra it navigates back to this dialog page. */
  redirectUri: string;
  /** This page's URL: it carries the scopes and login hint the task pane asked for. */
  pageUrl: string;
  messageParent: (message: string) => void;
  loadMsal?: LoadMsal;
}

/** Reads what the task pane asked for from the dialog URL (see `createDialogTokens`). */
export function readDialogRequest(pageUrl: string): {
  scopes: string[];
  loginHint: string | undefined;
} {
  const params = new URL(pageUrl).searchParams;
  const scopes = (params.get("scopes") ?? "").split(" ").filter((scope) => scope !== "");
  return { scopes, loginHint: params.get("loginHint") ?? undefined };
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
    const result = await app.handleRedirectPromise();
    if (result) {
      send({
        type: "token",
        accessToken: result.accessToken,
        expiresOn: result.expiresOn?.getTime() ?? 0,
      });
      return "sent";
    }
    const { scopes, loginHint } = readDialogRequest(options.pageUrl);
    await app.acquireTokenRedirect({ scopes, loginHint, redirectStartPage: options.pageUrl });
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
