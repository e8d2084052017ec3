// Renders a view as the pages do (theme, language, services, navigation) against a real sandbox over HTTP.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render } from "@testing-library/react";
import type { ReactNode } from "react";
import { I18nProvider } from "../../src/app/i18n/I18nProvider";
import { NavigationProvider, useNavigation, type Route } from "../../src/app/navigation";
import { ServicesProvider, type AppServices } from "../../src/app/services";
import { createSandboxTokens } from "../../src/auth/sandboxTokens";
import type { AppConfig } from "../../src/domain/config";
import type { Locale } from "../../src/domain/locale";
import { createGraphClient, type GraphClient } from "../../src/graph/client";
import type { Transport } from "../../src/graph/client";
import { sandboxTransport } from "../../src/graph/sandboxTransport";
import { createFakeHost, type FakeHost } from "../../src/hosts/fake";
import type { HostItem } from "../../src/hosts/types";
import { startSandbox, type RunningSandbox } from "../../sandbox/server";
import type { TenantFile } from "../../sandbox/tenant";
import { smallTenant } from "../graph/harness";

export const STUDENT = "avery.chen@northfield.example";

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

/** The small Northfield tenant plus the people these views need: a name with markup, two Samirs. */
export function findTenant(): TenantFile {
  const tenant = smallTenant();
  const extra = [
    ["u-html", "test.htmlname@northfield.example", '<b>Sam</b> Lee & "Co"', "Test account"],
    ["u-samir", "samir.hamdan@opendoors.example", "Samir Hamdan", "Executive Director"],
    ["u-ahmed", "ahmed.haddad@northfield.example", "Ahmed Haddad", "Structural Engineer"],
  ] as const;
  for (const [id, upn, displayName, jobTitle] of extra) {
    tenant.users.push({
      id,
      userPrincipalName: upn,
      mail: upn,
      displayName,
      jobTitle,
      department: "Engineering",
    });
  }
  return tenant;
}

/** A running sandbox plus its control endpoints. */
export interface UiSandbox {
  origin: string;
  running: RunningSandbox;
  reset(): Promise<void>;
  faults(rules: object[]): Promise<void>;
  requests(): Promise<{ method: string; path: string; status: number; batch?: unknown[] }[]>;
}

export async function openUiSandbox(tenant?: TenantFile): Promise<UiSandbox> {
  // The tenant is passed as an object: the sandbox's demo loader imports by file URL, which the
  // jsdom environment cannot do.
  const running = await startSandbox({ tenant: tenant ?? findTenant(), port: 0 });
  const origin = running.url;
  const control = (method: string, path: string, body?: unknown) =>
    fetch(`${origin}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
    });
  return {
    origin,
    running,
    reset: async () => void (await control("POST", "/_sandbox/reset")),
    faults: async (rules) => void (await control("POST", "/_sandbox/faults", { rules })),
    requests: async () => {
      const body = (await (await control("GET", "/_sandbox/requests")).json()) as unknown;
      return (Array.isArray(body) ? body : (body as { requests: [] }).requests) as never;
    },
  };
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
  sandbox: UiSandbox,
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
    tokens: createSandboxTokens({ origin: sandbox.origin, userPrincipalName: upn }),
    transport: options.wrap ? options.wrap(logged) : logged,
    backoff: { maxAttempts: 1 },
  });
  const host = createFakeHost(
    { locale: options.locale ?? "en", user: { userPrincipalName: upn } },
    options.item,
  );
  const config: AppConfig = {
    mode: "sandbox",
    clientId: "00000000-0000-0000-0000-000000000000",
    tenantId: "organizations",
    scopes: [],
    sandboxOrigin: sandbox.origin,
    sharePoint: options.sharePoint ?? null,
  };
  const services: AppServices = {
    host,
    config,
    graph,
    user: { userPrincipalName: upn },
    now: () => new Date(),
  };
  let current: Route = options.route ?? { view: "find" };
  function Spy() {
    current = useNavigation().route;
    return null;
  }
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale={options.locale ?? "en"}>
        <ServicesProvider value={services}>
          <NavigationProvider initial={current}>
            <Spy />
            {ui}
          </NavigationProvider>
        </ServicesProvider>
      </I18nProvider>
    </FluentProvider>,
  );
  return { graph, host, log, route: () => current };
}
