// Renders a view as the pages do (theme, language, services, navigation) against a real sandbox.
import { replayPendingOutbox } from "../../src/app/replayOutbox";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render } from "@testing-library/react";
import type { ReactNode } from "react";
import { I18nProvider } from "../../src/app/i18n/I18nProvider";
import { NavigationProvider, useNavigation, type Route } from "../../src/app/navigation";
import { ServicesProvider, type AppServices } from "../../src/app/services";
import type { AppConfig } from "../../src/domain/config";
import type { Locale } from "../../src/domain/locale";
import { createGraphClient, type GraphClient } from "../../src/graph/client";
import type { Transport } from "../../src/graph/client";
import { sandboxTransport } from "../../src/graph/sandboxTransport";
import { createFakeHost, type FakeHost } from "../../src/hosts/fake";
import type { HostItem } from "../../src/hosts/types";
import { STUDENT } from "./people";
import type { TestSandbox } from "./sandbox";

// Answers come over real HTTP from a sandbox that shares the machine with other work: wait longer
// than the default second before calling an element missing.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

/** What the views run with against the sandbox at `origin`: the student and today, by default. */
export function appServices(
  origin: string,
  parts: Pick<AppServices, "graph" | "host"> & Partial<Omit<AppServices, "config">>,
  sharePoint: AppConfig["sharePoint"] = null,
): AppServices {
  return {
    config: {
      mode: "sandbox",
      clientId: "00000000-0000-0000-0000-000000000000",
      tenantId: "organizations",
      scopes: [],
      sandboxOrigin: origin,
      sharePoint,
    },
    user: { userPrincipalName: STUDENT },
    now: () => new Date(),
    replayOutbox: replayPendingOutbox,
    ...parts,
  };
}

/** The providers a page puts around its views: theme, language, services, navigation. */
export function AppProviders({
  services,
  locale = "en",
  route,
  children,
}: {
  services: AppServices;
  locale?: Locale;
  route: Route;
  children: ReactNode;
}) {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale={locale}>
        <ServicesProvider value={services}>
          <NavigationProvider initial={route}>{children}</NavigationProvider>
        </ServicesProvider>
      </I18nProvider>
    </FluentProvider>
  );
}

/** Everything a rendered view runs with; `log` lists the Graph URLs sent, in order. */
export interface Rendered {
  graph: GraphClient;
  host: FakeHost;
  log: string[];
  route: () => Route;
}

/**
 * Renders `ui` for `upn`. `transport` wraps the sandbox transport (to slow or drop requests in a
 * test); the sandbox stays the only Graph.
 */
export function renderWithSandbox(
  ui: ReactNode,
  sandbox: TestSandbox,
  options: {
    upn?: string;
    locale?: Locale;
    sharePoint?: AppConfig["sharePoint"];
    wrap?: (inner: Transport) => Transport;
    item?: HostItem;
    route?: Route;
  } = {},
): Rendered {
  const upn = options.upn ?? STUDENT;
  const log: string[] = [];
  const inner = sandboxTransport(sandbox.origin);
  const logged: Transport = (request) => {
    log.push(`${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`);
    return inner(request);
  };
  const graph = createGraphClient({
    tokens: sandbox.tokensFor(upn),
    transport: options.wrap ? options.wrap(logged) : logged,
    backoff: { maxAttempts: 1 },
  });
  const host = createFakeHost(
    { locale: options.locale ?? "en", user: { userPrincipalName: upn } },
    options.item,
  );
  const services = appServices(
    sandbox.origin,
    { host, graph, user: { userPrincipalName: upn } },
    options.sharePoint ?? null,
  );
  let current: Route = options.route ?? { view: "find" };
  function Spy() {
    current = useNavigation().route;
    return null;
  }
  render(
    <AppProviders services={services} locale={options.locale ?? "en"} route={current}>
      <Spy />
      {ui}
    </AppProviders>,
  );
  return { graph, host, log, route: () => current };
}
