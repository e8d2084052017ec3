// Starts a product page: connect the host, read the config, render, and sign in behind the shell.
import { createRoot } from "react-dom/client";
import { createLimitedFlag, type AppServices, type SignedInUser } from "../app/services";
import type { AppConfig } from "../domain/config";
import { deferredGraph, type GraphSource } from "./deferredGraph";
import type { Host } from "../hosts/types";
import { loadFeatureMessages } from "../app/i18n/messages";
import { App } from "../ui/App";
import { ConfigMissing } from "../ui/shell/ConfigMissing";
import type { OpenDialog } from "../auth/dialogFallback";
import { firstView } from "../ui/shell/views";
import { whenFirstViewPainted } from "../ui/common/afterPaint";
import { connectHost } from "./connectHost";
import { hostKindFromUrl, surfaceFromUrl } from "../hosts/detect";
import { loadOtherThemes, loadTheme, themeKey } from "../ui/common/themes";
import { loadConfig } from "./loadConfig";
import { createSignInGate } from "./signInGate";
import type { SignInControl } from "../app/signInControl";

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

/** The sign-in page, told which host's channel carries its answer back. */
function dialogPage(host: Host): string {
  return host.context.kind === "teams" ? "dialog.html?host=teams" : "dialog.html";
}

/**
 * Where tokens come from, or null when this page cannot sign in. Only the choice is made here; the
 * sign-in code itself loads in the background, so the shell renders without waiting for it.
 */
function tokenSource(
  config: AppConfig,
  user: SignedInUser | null,
  host: Host,
  signInDialog: OpenDialog | null,
  onLimited: () => void,
): (GraphSource & { signIn?: SignInControl }) | null {
  if (__SANDBOX__ && config.mode === "sandbox" && config.sandboxOrigin && user) {
    const origin = config.sandboxOrigin;
    return {
      tokens: () =>
        import("../auth/sandboxTokens").then(({ createSandboxTokens }) =>
          createSandboxTokens({ origin, userPrincipalName: user.userPrincipalName }),
        ),
      transport: () =>
        import("../graph/sandboxTransport").then(({ sandboxTransport }) =>
          sandboxTransport(origin),
        ),
    };
  }
  if (config.mode !== "production") return null;
  // Production: the user's own token from Entra (nested app auth, else the dialog or a popup).
  const here = window.location.href;
  // MSAL arrives after the first view has painted (the header is quiet until then).
  const chosen = whenFirstViewPainted()
    .then(() => import("../auth/signIn"))
    .then(async ({ chooseSignIn }) => {
      // The host's sign-in identity; in the browser, the user the page was given (if any).
      const loginHint = host.signInHint
        ? await host.signInHint()
        : host.context.kind === "browser"
          ? user?.userPrincipalName
          : undefined;
      const { method, tokens } = await chooseSignIn({
        host: host.context.kind,
        clientId: config.clientId,
        tenantId: config.tenantId,
        scopes: config.scopes,
        ...(loginHint ? { loginHint } : {}),
        ...(host.context.nestedAppAuthSupported !== undefined
          ? { nestedAppAuthSupported: host.context.nestedAppAuthSupported }
          : {}),
        redirectUri: new URL(config.redirectUri ?? "auth-redirect.html", here).href,
        ...(signInDialog
          ? { dialog: { open: signInDialog, url: new URL(dialogPage(host), here).href } }
          : {}),
        onLimited,
      });
      // Office's dialog, Teams' window and MSAL's popup open only from the user's click (hosts and
      // browsers block a window no click opened): everything but nested app auth waits for Sign in.
      return { interactive: method !== "nested-app", tokens };
    });
  const gate = createSignInGate(chosen);
  return {
    tokens: () => Promise.resolve(gate.tokens),
    transport: () => Promise.resolve((request: Request) => fetch(request)),
    signIn: gate.control,
  };
}

/**
 * Sign-out forgets what this device keeps for the user (outbox, settings, consent) while their
 * token still works, then the tokens, then reloads: nothing of theirs stays in memory either.
 */
function withForgetting(control: SignInControl, graph: AppServices["graph"]): SignInControl {
  const signOut = control.signOut?.bind(control);
  if (!signOut) return control;
  return {
    status: () => control.status(),
    subscribe: (listener) => control.subscribe(listener),
    signIn: () => control.signIn(),
    async signOut() {
      const { forgetSignedInUser } = await import("../app/forgetUser");
      await forgetSignedInUser(graph).catch(() => false);
      await signOut();
      window.location.reload();
    },
  };
}

export async function startPage(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("page has no #root");
  const root = createRoot(container);
  const first = firstView(surfaceFromUrl(window.location), window.location.search);
  // A lazily loaded first view (the prep sheet, My interviews) downloads while the host connects.
  // Find's box ships with the page; its search code waits until the box has painted (below).
  if (first && first.id !== "find") first.preload();
  // In Teams the theme is Teams' own: it downloads while teams-js connects.
  if (hostKindFromUrl(window.location.search) === "teams") void loadOtherThemes().catch(() => {});
  const [{ host, signInDialog }, configResult] = await Promise.all([
    connectHost(window.location),
    loadConfig(),
  ]);
  document.documentElement.lang = host.context.locale;
  // A theme that does not ship with the page (dark, Teams') loads before the first render: no flash
  // of the light theme. Offline, the light theme it falls back to still works.
  await loadTheme(themeKey(host.context.theme, host.context.kind)).catch(() => undefined);
  if (!configResult.ok) {
    root.render(<ConfigMissing problems={configResult.problems} locale={host.context.locale} />);
    return;
  }
  const config = configResult.config;
  const params = new URLSearchParams(window.location.search);
  const user = signedInUser(host, config, params, configResult.defaultPersona);
  const limited = createLimitedFlag();
  const source = tokenSource(config, user, host, signInDialog, limited.raise);
  if (!source) {
    root.render(
      <ConfigMissing
        problems={["sign-in is not available for this page"]}
        locale={host.context.locale}
      />,
    );
    return;
  }
  const graph = deferredGraph(source, whenFirstViewPainted());
  const services: AppServices = {
    host,
    config,
    graph,
    user,
    now: () => new Date(),
    directoryLimited: limited.flag,
    // The replay pulls in the notes and prep-sheet sessions and the calendar: not first render.
    replayOutbox: async (...args) =>
      (await import("../app/replayOutbox")).replayPendingOutbox(...args),
    ...(source.signIn ? { signIn: withForgetting(source.signIn, graph) } : {}),
  };
  root.render(<App services={services} />);
  // The feature strings and Find's search code load once the first view has painted: fetched and
  // parsed beside the first render on two cores, they slowed it (npm run bench, load).
  void whenFirstViewPainted().then(() => {
    void loadFeatureMessages().catch(() => {});
    if (first?.id === "find") first.preload();
  });
  // Once the user has signed in, every view reads again: remount the app (tokens live outside it).
  const signIn = source.signIn;
  let generation = 0;
  let wasSignedIn = signIn?.status().state === "signed-in";
  signIn?.subscribe(() => {
    const signedIn = signIn.status().state === "signed-in";
    // Only a change into "signed in" reloads the views (not, say, Sign out becoming available).
    if (signedIn && !wasSignedIn) {
      generation += 1;
      root.render(<App key={generation} services={services} />);
    }
    wasSignedIn = signedIn;
  });
}
