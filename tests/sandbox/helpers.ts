// Test helpers for the Graph sandbox: a small inline tenant, a started server, tokens and Graph calls over real HTTP.
import { startSandbox, type RunningSandbox, type SandboxOptions } from "../../sandbox/server";
import type { TenantFile } from "../../sandbox/tenant";

export const AVERY = "avery.chen@northfield.example";
export const SAM = "sam.lee@northfield.example";
export const NOOR = "noor.haddad@northfield.example";
export const JULES = "jules.tremblay@northfield.example";
export const SITE_ID =
  "northfield.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222";

const workingHours = {
  daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
  startTime: "09:00:00.0000000",
  endTime: "17:00:00.0000000",
  timeZone: { name: "Eastern Standard Time" },
};

/** A small tenant: four people, a few events, one contact, a site with lists. */
export function smallTenant(): TenantFile {
  return {
    organization: {
      id: "0d3a8f8e-7a31-4a4e-9c1b-2f0e6b0c9a11",
      displayName: "Northfield University",
    },
    users: [
      {
        id: "6f1c2a4e-0000-4000-8000-000000000001",
        userPrincipalName: AVERY,
        mail: AVERY,
        displayName: "Avery Chen",
        givenName: "Avery",
        surname: "Chen",
        jobTitle: "Student",
        department: "Biology",
        officeLocation: "Science Hall",
        companyName: "Northfield University",
        preferredLanguage: "en-CA",
        managerId: "6f1c2a4e-0000-4000-8000-000000000004",
        mailboxSettings: { timeZone: "Eastern Standard Time", workingHours: workingHours as never },
        pronouns: "they/them",
      },
      {
        id: "6f1c2a4e-0000-4000-8000-000000000002",
        userPrincipalName: SAM,
        mail: SAM,
        displayName: "Sam Lee",
        givenName: "Sam",
        surname: "Lee",
        jobTitle: "Research Scientist",
        department: "Chemistry",
        officeLocation: "Lab 4",
        companyName: "Northfield University",
        managerId: "6f1c2a4e-0000-4000-8000-000000000004",
        mailboxSettings: { timeZone: "Eastern Standard Time", workingHours: workingHours as never },
        photo: `data:image/png;base64,${Buffer.from("not-really-a-png").toString("base64")}`,
      },
      {
        id: "6f1c2a4e-0000-4000-8000-000000000003",
        userPrincipalName: NOOR,
        mail: NOOR,
        displayName: "Noor Haddad-Émond",
        givenName: "Noor",
        surname: "Haddad-Émond",
        jobTitle: "Data Analyst",
        department: "Biology",
        officeLocation: "Science Hall",
        companyName: "Contoso Labs",
        mailboxSettings: { timeZone: "Pacific Standard Time" },
      },
      {
        id: "6f1c2a4e-0000-4000-8000-000000000004",
        userPrincipalName: JULES,
        mail: JULES,
        displayName: "Jules Tremblay",
        givenName: "Jules",
        surname: "Tremblay",
        jobTitle: "Career Advisor",
        department: "Career Centre",
        officeLocation: "Student Union",
        companyName: "Northfield University",
        mailboxSettings: { timeZone: "Eastern Standard Time", workingHours: workingHours as never },
      },
    ],
    events: [
      {
        owner: SAM,
        subject: "Lab meeting",
        start: { dateTime: "2026-12-01T10:00:00", timeZone: "Eastern Standard Time" },
        end: { dateTime: "2026-12-01T11:00:00", timeZone: "Eastern Standard Time" },
        showAs: "busy",
      },
      {
        owner: AVERY,
        subject: "Seminar",
        start: { dateTime: "2026-12-02T14:00:00", timeZone: "America/Toronto" },
        end: { dateTime: "2026-12-02T15:30:00", timeZone: "America/Toronto" },
        showAs: "tentative",
      },
    ],
    people: { [AVERY]: [JULES, SAM, NOOR] },
    contacts: {
      [AVERY]: [
        {
          displayName: "Robin Field",
          givenName: "Robin",
          surname: "Field",
          emailAddresses: [{ address: "robin@field.example", name: "Robin Field" }],
          folder: "Information interviews",
        },
      ],
    },
    sites: [
      {
        id: SITE_ID,
        displayName: "Career Centre",
        lists: [
          {
            id: "volunteers",
            displayName: "Volunteers",
            items: [
              { id: "1", fields: { Title: "Sam Lee", Field: "Chemistry", Status: "Active" } },
              { id: "2", fields: { Title: "Jules Tremblay", Field: "Careers", Status: "Paused" } },
              { id: "3", fields: { Title: "Noor Haddad", Field: "Data", Status: "Active" } },
            ],
          },
        ],
      },
    ],
  };
}

/** A started sandbox plus helpers bound to it. */
export interface TestSandbox extends RunningSandbox {
  token(upn?: string, expiresIn?: number): Promise<string>;
  /** Calls Graph at `/v1.0${path}` as `as` (default Avery). */
  graph(path: string, init?: GraphInit): Promise<Response>;
  /** Like graph, parsing the JSON body. */
  graphJson<T = Record<string, unknown>>(
    path: string,
    init?: GraphInit,
  ): Promise<{ status: number; body: T; headers: Headers }>;
  control(method: string, path: string, body?: unknown): Promise<Response>;
}

/** Request options for `graph`. */
export interface GraphInit {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  as?: string | null;
}

/** Starts a sandbox on an ephemeral port with the small tenant (or the given options). */
export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const running = await startSandbox({ tenant: smallTenant(), port: 0, ...options });
  const tokens = new Map<string, string>();
  const token = async (upn = AVERY, expiresIn?: number) => {
    const cached = expiresIn === undefined ? tokens.get(upn) : undefined;
    if (cached) return cached;
    const res = await fetch(`${running.url}/_sandbox/token`, {
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
    if (init.as !== null) headers.Authorization = `Bearer ${await token(init.as ?? AVERY)}`;
    if (init.body !== undefined) headers["Content-Type"] = "application/json";
    return fetch(`${running.url}/v1.0${path}`, {
      method: init.method ?? "GET",
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  };
  return {
    ...running,
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
    control: (method: string, path: string, body?: unknown) =>
      fetch(`${running.url}/_sandbox/${path}`, {
        method,
        ...(body !== undefined
          ? { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } }
          : {}),
      }),
  };
}

/** The error envelope Graph returns. */
export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { date: string; "request-id": string; "client-request-id": string };
  };
}

/** A Graph collection page. */
export interface Page<T = Record<string, unknown>> {
  "@odata.context": string;
  "@odata.nextLink"?: string;
  "@odata.count"?: number;
  value: T[];
}

/** Turns an absolute Graph nextLink into a sandbox path under /v1.0. */
export function sandboxPath(nextLink: string): string {
  const prefix = "https://graph.microsoft.com/v1.0";
  if (!nextLink.startsWith(prefix)) throw new Error(`not a Graph link: ${nextLink}`);
  return nextLink.slice(prefix.length);
}
