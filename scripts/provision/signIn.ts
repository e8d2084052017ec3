// The administrator's sign-in: msal-node device code against Entra (production), or a sandbox
// token for a tenant user (when pointed at the sandbox with --sandbox).
import { PublicClientApplication, type AccountInfo } from "@azure/msal-node";
import type { Endpoints } from "./http";

/**
 * Delegated Graph scopes provisioning needs: Sites.Manage.All to create lists and columns
 * (includes/permissions/list-create-permissions.md) and add the starter rows; Sites.FullControl.All
 * to grant the app the site (site-post-permissions.md, with a SharePoint administrator role).
 */
export const PROVISION_GRAPH_SCOPES = ["Sites.Manage.All", "Sites.FullControl.All"];

/** Endpoints on the sandbox: its token endpoint signs in `upn` with the scopes above. */
export function sandboxEndpoints(origin: string, upn: string): Endpoints {
  let token: Promise<string> | undefined;
  const issue = async () => {
    const response = await fetch(new URL("/_sandbox/token", origin), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        userPrincipalName: upn,
        scopes: PROVISION_GRAPH_SCOPES,
        appId: "provisioning",
      }),
    });
    if (!response.ok)
      throw new Error(`The sandbox refused a token for ${upn} (${response.status}).`);
    return ((await response.json()) as { access_token: string }).access_token;
  };
  return {
    graphBase: `${origin}/v1.0`,
    restBase: (site) => `${origin}/_sharepoint/sites/${encodeURIComponent(site.id)}/_api/`,
    graphToken: () => (token ??= issue()),
    sharePointToken: () => (token ??= issue()),
  };
}

/**
 * Endpoints on Microsoft 365: the administrator signs in once with a device code (the provisioning
 * app registration must allow public client flows); SharePoint's token (AllSites.FullControl on
 * the tenant's SharePoint host) then comes silently for the same account.
 */
export function entraEndpoints(
  clientId: string,
  tenantId: string,
  log: (line: string) => void,
): Endpoints {
  const app = new PublicClientApplication({
    auth: { clientId, authority: `https://login.microsoftonline.com/${tenantId}` },
  });
  let account: Promise<AccountInfo> | undefined;
  const signIn = async (): Promise<AccountInfo> => {
    const result = await app.acquireTokenByDeviceCode({
      scopes: PROVISION_GRAPH_SCOPES.map((s) => `https://graph.microsoft.com/${s}`),
      deviceCodeCallback: (code) => log(code.message),
    });
    if (!result?.account) throw new Error("The sign-in returned no account.");
    return result.account;
  };
  const tokenFor = async (scopes: string[]) => {
    account ??= signIn();
    const result = await app.acquireTokenSilent({ account: await account, scopes });
    return result.accessToken;
  };
  return {
    graphBase: "https://graph.microsoft.com/v1.0",
    restBase: (site) => `${site.webUrl.replace(/\/+$/, "")}/_api/`,
    graphToken: () =>
      tokenFor(PROVISION_GRAPH_SCOPES.map((s) => `https://graph.microsoft.com/${s}`)),
    sharePointToken: (webUrl) => tokenFor([`${new URL(webUrl).origin}/AllSites.FullControl`]),
  };
}
