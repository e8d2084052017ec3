// Starts a product page: connect the host, read the config, sign in, build the Graph gateway, render.
import { createRoot } from "react-dom/client";
import type { AppServices, SignedInUser } from "../app/services";
import type { AppConfig } from "../domain/config";
import { createGraphClient, type GraphClient } from "../graph/client";
import type { Host } from "../hosts/types";
import { loadFeatureMessages } from "../app/i18n/messages";
import { App } from "../ui/App";
import { ConfigMissing } from "../ui/shell/ConfigMissing";
import type { OpenDialog } from "../auth/dialogFallback";
import { connectHost } from "./connectHost";
import { loadConfig } from "./loadConfig";

/** In sandbox builds `?as=<upn>` picks the persona; production only trusts the host's user. */
function signedInUser(
  host: Host,
  config: AppConfig,
  params: URLSearchParams,
  defaultPersona: string | undefined,
): SignedInUser | null {
  if (__SANDBOX__ && config.mode === "sandbox") {
    const persona = params.get("as") ?? defaultPersona;
    if (persona) return { userPrincipalName: persona };
  }
  const user = host.context.user;
  return user?.userPrincipalName ? { ...user, userPrincipalName: user.userPrincipalName } : null;
}

async function graphFor(
  config: AppConfig,
  user: SignedInUser | null,
  host: Host,
  signInDialog: OpenDialog | null,
  onLimited: () => void,
): Promise<GraphClient | null> {
  if (__SANDBOX__ && config.mode === "sandbox" && config.sandboxOrigin && user) {
    const [{ createSandboxTokens }, { sandboxTransport }] = await Promise.all([
      import("../auth/sandboxTokens"),
      import("../graph/sandboxTransport"),
    ]);
    return createGraphClient({
      tokens: createSandboxTokens({
        origin: config.sandboxOrigin,
        userPrincipalName: user.userPrincipalName,
      }),
      transport: sandboxTransport(config.sandboxOrigin),
    });
  }
  if (config.mode !== "production") return null;
  // Production: the user's own token from Entra (nested app auth, else the dialog or a popup).
  const { chooseSignIn } = await import("../auth/signIn");
  const here = window.location.href;
  const { tokens } = await chooseSignIn({
    host: host.context.kind,
    clientId: config.clientId,
    tenantId: config.tenantId,
    scopes: config.scopes,
    ...(user ? { loginHint: user.userPrincipalName } : {}),
    redirectUri: new URL(config.redirectUri ?? "auth-redirect.html", here).href,
    ...(signInDialog
      ? { dialog: { open: signInDialog, url: new URL("dialog.html", here).href } }
      : {}),
    onLimited,
  });
  return createGraphClient({ tokens, transport: (request) => fetch(request) });
}

export async function startPage(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("page has no #root");
  const root = createRoot(container);
  // Feature strings download while the host connects; views wait for them, the shell does not.
  void loadFeatureMessages().catch(() => {});
  const [{ host, signInDialog }, configResult] = await Promise.all([
    connectHost(window.location),
    loadConfig(),
  ]);
  document.documentElement.lang = host.context.locale;
  if (!configResult.ok) {
    root.render(<ConfigMissing problems={configResult.problems} locale={host.context.locale} />);
    return;
  }
  const config = configResult.config;
  const params = new URLSearchParams(window.location.search);
  const user = signedInUser(host, config, params, configResult.defaultPersona);
  let limited = false;
  const graph = await graphFor(config, user, host, signInDialog, () => {
    limited = true;
  });
  if (!graph) {
    root.render(
      <ConfigMissing
        problems={["sign-in is not available for this page"]}
        locale={host.context.locale}
      />,
    );
    return;
  }
  const services: AppServices = {
    host,
    config,
    graph,
    user,
    now: () => new Date(),
    directoryLimited: () => limited,
  };
  root.render(<App services={services} />);
}
