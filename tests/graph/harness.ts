// Test harness for the Graph gateway: a real sandbox over HTTP, a small inline tenant, a clock that never sleeps.
import type { DayOfWeek } from "@microsoft/microsoft-graph-types";
import { createSandboxTokens } from "../../src/auth/sandboxTokens";
import type { TokenProvider } from "../../src/auth/types";
import {
  type Clock,
  createGraphClient,
  type GraphClient,
  type GraphClientOptions,
} from "../../src/graph/client";
import { sandboxTransport } from "../../src/graph/sandboxTransport";
import { startSandbox } from "../../sandbox/server";
import type { TenantFile, TenantMailboxSettings, TenantUser } from "../../sandbox/tenant";

export const STUDENT = "avery.chen@northfield.example";
export const PROFESSIONAL = "morgan.diaz@northfield.example";

/** A 1×1 PNG, so photo answers have real image bytes. */
export const ONE_PIXEL_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

const WEEKDAYS: DayOfWeek[] = ["monday", "tuesday", "wednesday", "thursday", "friday"];

const workingWeek = (zone: string): TenantMailboxSettings => ({
  timeZone: zone,
  workingHours: {
    daysOfWeek: WEEKDAYS,
    startTime: "09:00:00.0000000",
    endTime: "17:00:00.0000000",
    timeZone: { name: zone },
  },
});

function user(
  id: string,
  upn: string,
  displayName: string,
  extra: Partial<TenantUser> = {},
): TenantUser {
  return { id, userPrincipalName: upn, mail: upn, displayName, ...extra } as TenantUser;
}

/**
 * Northfield University in miniature: a student, a professional in Biology whose reporting line
 * runs two levels up, two direct reports, and `extraUsers` filler people for paging.
 */
export function smallTenant(extraUsers = 0): TenantFile {
  const users: TenantUser[] = [
    user("u-student", STUDENT, "Avery Chen", {
      jobTitle: "Student",
      department: "Undergraduate Studies",
      mailboxSettings: workingWeek("Eastern Standard Time"),
    }),
    user("u-dean", "sam.okafor@northfield.example", "Sam Okafor", {
      jobTitle: "Dean of Science",
      department: "Science",
    }),
    user("u-chair", "lee.park@northfield.example", "Lee Park", {
      jobTitle: "Chair",
      department: "Biology",
      managerId: "u-dean",
      photo: `data:image/png;base64,${ONE_PIXEL_PNG}`,
    }),
    user("u-pro", PROFESSIONAL, "Morgan Diaz", {
      jobTitle: "Research Scientist",
      department: "Biology",
      officeLocation: "Science Hall 210",
      companyName: "Northfield University",
      managerId: "u-chair",
      mailboxSettings: workingWeek("Pacific Standard Time"),
    }),
    user("u-r1", "jo.smith@northfield.example", "Jo Smith", {
      jobTitle: "Lab Technician",
      department: "Biology",
      managerId: "u-pro",
    }),
    user("u-r2", "kim.lee@northfield.example", "Kim Lee", {
      jobTitle: "Research Assistant",
      department: "Biology",
      managerId: "u-pro",
    }),
  ];
  for (let i = 1; i <= extraUsers; i += 1) {
    const n = String(i).padStart(3, "0");
    users.push(
      user(`u-filler-${n}`, `filler${n}@northfield.example`, `Filler Person ${n}`, {
        department: "Facilities",
      }),
    );
  }
  return {
    organization: { id: "org-1", displayName: "Northfield University" },
    users,
    events: [
      {
        owner: PROFESSIONAL,
        subject: "Lab meeting",
        start: { dateTime: "2026-12-01T10:00:00", timeZone: "Pacific Standard Time" },
        end: { dateTime: "2026-12-01T11:00:00", timeZone: "Pacific Standard Time" },
        showAs: "busy",
      },
    ],
    contacts: {},
    people: { [STUDENT]: [PROFESSIONAL, "lee.park@northfield.example"] },
    messages: {
      [STUDENT]: [
        {
          folder: "sentitems",
          subject: "Thank you for your time",
          sentDateTime: "2026-11-20T15:00:00Z",
          toRecipients: [{ emailAddress: { address: PROFESSIONAL, name: "Morgan Diaz" } }],
        },
        {
          folder: "sentitems",
          subject: "Lab schedule",
          sentDateTime: "2026-11-21T15:00:00Z",
          toRecipients: [
            { emailAddress: { address: "jo.smith@northfield.example", name: "Jo Smith" } },
          ],
        },
      ],
    },
    sites: [
      {
        id: "site-career",
        displayName: "Career Centre",
        lists: [
          {
            id: "list-volunteers",
            displayName: "Volunteers",
            items: [
              { id: "1", fields: { Title: "Morgan Diaz", Email: PROFESSIONAL, Field: "Biology" } },
              {
                id: "2",
                fields: { Title: "Rae Quinn", Email: "rae@elsewhere.example", Field: "Law" },
              },
            ],
          },
        ],
      },
    ],
  };
}

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

/** A running sandbox plus helpers to drive its control endpoints. */
export interface SandboxHarness {
  origin: string;
  clock: ReturnType<typeof recordingClock>;
  tokensFor(upn: string): TokenProvider;
  /** A gateway client signed in as `upn` (the student by default), on the recording clock. */
  client(options?: Partial<GraphClientOptions> & { upn?: string }): GraphClient;
  faults(rules: object[]): Promise<void>;
  requests(): Promise<LoggedRequest[]>;
  close(): Promise<void>;
}

/** Starts a sandbox on an ephemeral port with `tenant`. */
export async function openSandbox(tenant: TenantFile = smallTenant()): Promise<SandboxHarness> {
  const sandbox = await startSandbox({ tenant, port: 0 });
  const origin = sandbox.url;
  const clock = recordingClock();
  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path} → ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  const tokensFor = (upn: string) => createSandboxTokens({ origin, userPrincipalName: upn });
  return {
    origin,
    clock,
    tokensFor,
    client: (options = {}) =>
      createGraphClient({
        tokens: options.tokens ?? tokensFor(options.upn ?? STUDENT),
        transport: options.transport ?? sandboxTransport(origin),
        clock: options.clock ?? clock,
        random: options.random ?? (() => 0.5),
        ...options,
      }),
    faults: async (rules) => {
      await control("POST", "/_sandbox/faults", { rules });
    },
    requests: async () => {
      const body = (await control("GET", "/_sandbox/requests")) as
        LoggedRequest[] | { requests: LoggedRequest[] };
      return Array.isArray(body) ? body : body.requests;
    },
    close: () => sandbox.close(),
  };
}
