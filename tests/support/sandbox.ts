// Starts the Graph sandbox for a test: a tenant on a free port, Graph and its controls over HTTP.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createSandboxTokens } from "../../src/auth/sandboxTokens";
import type { TokenProvider } from "../../src/auth/types";
import {
  type Clock,
  createGraphClient,
  type GraphClient,
  type GraphClientOptions,
} from "../../src/graph/client";
import { sandboxTransport } from "../../src/graph/sandboxTransport";
import { startSandbox, type RunningSandbox, type SandboxOptions } from "../../sandbox/server";
import type { TenantFile } from "../../sandbox/tenant";
import { STUDENT } from "./people";
import { northfieldTenant } from "./tenants";

/** A clock whose sleeps return at once and are recorded: retry timing is asserted, never waited. */
export function recordingClock(
  start = Date.parse("2026-11-26T12:00:00Z"),
): Clock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
    },
  };
}

/** One request as the sandbox logged it. */
export interface LoggedRequest {
  method: string;
  path: string;
  query?: Record<string, string> | string;
  status: number;
  batch?: LoggedRequest[];
}

/** Request options for `graph`. */
export interface GraphInit {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Who calls (the student by default); `null` sends no token. */
  as?: string | null;
}

/** A started sandbox, with Graph, its control endpoints and gateway clients bound to it. */
export interface TestSandbox extends RunningSandbox {
  /** The sandbox's origin (the same as `url`). */
  origin: string;
  /** The clock `client()` runs on unless told otherwise. */
  clock: ReturnType<typeof recordingClock>;
  /** An access token for `upn` (the student by default); cached unless `expiresIn` is given. */
  token(upn?: string, expiresIn?: number): Promise<string>;
  /** Calls Graph at `/v1.0${path}` as `init.as` (default the student). */
  graph(path: string, init?: GraphInit): Promise<Response>;
  /** Like graph, parsing the JSON body. */
  graphJson<T = Record<string, unknown>>(
    path: string,
    init?: GraphInit,
  ): Promise<{ status: number; body: T; headers: Headers }>;
  /** Calls a control endpoint, `/_sandbox/${path}`. */
  control(method: string, path: string, body?: unknown): Promise<Response>;
  /** Brings the tenant back as it started and forgets the request log. */
  reset(): Promise<void>;
  /** Sets fault rules; fails the test when the sandbox refuses them. */
  faults(rules: object[]): Promise<void>;
  /** The request log, oldest first. */
  requests(): Promise<LoggedRequest[]>;
  /** The app's token provider for `upn`. */
  tokensFor(upn: string): TokenProvider;
  /** A gateway client signed in as `upn` (the student by default), on the recording clock. */
  client(options?: Partial<GraphClientOptions> & { upn?: string }): GraphClient;
  /** A gateway client as the app builds one (real clock and jitter, default retries). */
  appClient(upn?: string): GraphClient;
  /** The subjects in the student's Drafts folder, as Graph lists them. */
  draftSubjects(): Promise<string[]>;
}

/** Starts a sandbox on an ephemeral port with `northfieldTenant` (or the given options). */
export async function startTestSandbox(
  options: Omit<SandboxOptions, "tenant"> & { tenant?: TenantFile } = {},
): Promise<TestSandbox> {
  // The tenant is passed as an object: the sandbox's demo loader imports by file URL, which the
  // jsdom environment cannot do.
  const running = await startSandbox({
    port: 0,
    ...options,
    tenant: options.tenant ?? northfieldTenant(),
  });
  const origin = running.url;
  const clock = recordingClock();
  const tokens = new Map<string, string>();
  const token = async (upn = STUDENT, expiresIn?: number) => {
    const cached = expiresIn === undefined ? tokens.get(upn) : undefined;
    if (cached) return cached;
    const res = await fetch(`${origin}/_sandbox/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        userPrincipalName: upn,
        ...(expiresIn !== undefined ? { expiresIn } : {}),
      }),
    });
    const body = (await res.json()) as { access_token: string };
    if (expiresIn === undefined) tokens.set(upn, body.access_token);
    return body.access_token;
  };
  const graph = async (path: string, init: GraphInit = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.as !== null) headers.Authorization = `Bearer ${await token(init.as ?? STUDENT)}`;
    if (init.body !== undefined) headers["Content-Type"] = "application/json";
    return fetch(`${origin}/v1.0${path}`, {
      method: init.method ?? "GET",
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  };
  const control = (method: string, path: string, body?: unknown) =>
    fetch(`${origin}/_sandbox/${path}`, {
      method,
      ...(body !== undefined
        ? { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } }
        : {}),
    });
  const tokensFor = (upn: string) => createSandboxTokens({ origin, userPrincipalName: upn });
  const client = (options: Partial<GraphClientOptions> & { upn?: string } = {}) =>
    createGraphClient({
      tokens: options.tokens ?? tokensFor(options.upn ?? STUDENT),
      transport: options.transport ?? sandboxTransport(origin),
      clock: options.clock ?? clock,
      random: options.random ?? (() => 0.5),
      ...options,
    });
  return {
    ...running,
    origin,
    clock,
    token,
    graph,
    async graphJson<T>(path: string, init?: GraphInit) {
      const res = await graph(path, init);
      const text = await res.text();
      return {
        status: res.status,
        body: (text ? JSON.parse(text) : undefined) as T,
        headers: res.headers,
      };
    },
    control,
    reset: async () => void (await control("POST", "reset")),
    faults: async (rules) => {
      const answer = await control("POST", "faults", { rules });
      if (!answer.ok) throw new Error(`POST faults → ${answer.status} ${await answer.text()}`);
    },
    requests: async () => {
      const answer = await control("GET", "requests");
      if (!answer.ok) throw new Error(`GET requests → ${answer.status} ${await answer.text()}`);
      const body = (await answer.json()) as LoggedRequest[] | { requests: LoggedRequest[] };
      return Array.isArray(body) ? body : body.requests;
    },
    tokensFor,
    client,
    appClient: (upn = STUDENT) =>
      createGraphClient({ tokens: tokensFor(upn), transport: sandboxTransport(origin) }),
    draftSubjects: async () => {
      const answer = await client().call<{ value: Array<{ subject: string }> }>({
        method: "GET",
        path: "/me/mailFolders/drafts/messages",
        query: { $select: "subject" },
      });
      return answer.body.value.map((m) => m.subject);
    },
  };
}

/**
 * One sandbox for a test file: started before its tests, closed after them and, unless `reset` is
 * false, reset before each test. Use the returned sandbox inside tests and hooks.
 */
export function useSandbox(
  options: Omit<SandboxOptions, "tenant"> & { tenant?: () => TenantFile; reset?: boolean } = {},
): TestSandbox {
  const { tenant, reset = true, ...rest } = options;
  let current: TestSandbox | undefined;
  beforeAll(async () => {
    current = await startTestSandbox({ ...rest, tenant: (tenant ?? northfieldTenant)() });
  });
  afterAll(() => current?.close());
  if (reset) beforeEach(() => current?.reset());
  return new Proxy({} as TestSandbox, {
    get(_target, key) {
      if (!current) throw new Error("The sandbox starts before the tests: use it inside them.");
      return Reflect.get(current, key) as unknown;
    },
  });
}

/**
 * A transport to the sandbox that lets the first `count` event POSTs take effect and then answers
 * them 504, as a proxy timing out after the mailbox committed (the lost answer a retry must not
 * turn into a second event).
 */
export function losingEventPostAnswers(origin: string, count = 1) {
  let lost = count;
  const toSandbox = sandboxTransport(origin);
  return async (request: Request): Promise<Response> => {
    const response = await toSandbox(request);
    if (
      request.method === "POST" &&
      new URL(request.url).pathname === "/v1.0/me/events" &&
      lost-- > 0
    ) {
      await response.body?.cancel();
      return Response.json(
        { error: { code: "GatewayTimeout", message: "The gateway timed out." } },
        { status: 504 },
      );
    }
    return response;
  };
}
