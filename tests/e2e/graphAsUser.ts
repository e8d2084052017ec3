// Graph as a tenant user in browser tests: sandbox tokens, one checked call, interviews set up.
import type { APIRequestContext } from "@playwright/test";
import { EXTENSION_NAME } from "../../src/domain/interview";
import { expect, SANDBOX } from "./fixtures";

export const STUDENT = "avery.chen@northfield.example";
export const ADVISOR = "maya.okafor@northfield.example";

/**
 * Calls the sandbox's Graph as `upn` (the student by default) with a token from /_sandbox/token;
 * fails the test unless Graph says yes. No faults apply to the token endpoint.
 */
export async function graph<T = Record<string, unknown>>(
  request: APIRequestContext,
  method: string,
  path: string,
  data?: unknown,
  upn = STUDENT,
  headers: Record<string, string> = {},
): Promise<T> {
  const token = (await (
    await request.post(`${SANDBOX}/_sandbox/token`, { data: { userPrincipalName: upn } })
  ).json()) as { access_token: string };
  const response = await request.fetch(`${SANDBOX}/v1.0${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token.access_token}`,
      "Content-Type": "application/json",
      ...headers,
    },
    ...(data === undefined ? {} : { data }),
  });
  expect(response.ok(), `${method} ${path}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/** A person of the demo directory, as the tests read them. */
export interface DirectoryPerson {
  displayName: string;
  givenName?: string;
  mail: string;
  jobTitle?: string;
}

/** The first professional in the demo directory: someone with a job title who is not a student. */
export async function firstProfessional(request: APIRequestContext): Promise<DirectoryPerson> {
  const users = await graph<{ value: DirectoryPerson[] }>(
    request,
    "GET",
    "/users?$select=displayName,givenName,mail,jobTitle,department&$top=50",
  );
  return users.value.find((u) => u.jobTitle && u.jobTitle !== "Student" && u.mail !== STUDENT)!;
}

/** The interview's record as the contact's open extension, with `fields` (stage, questions…). */
export function interviewExtension(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    "@odata.type": "microsoft.graph.openTypeExtension",
    extensionName: EXTENSION_NAME,
    ...fields,
  };
}

/** Adds `contact` to the student's "Information interviews" folder (made if missing); its id. */
export async function addToInterviews(
  request: APIRequestContext,
  contact: Record<string, unknown>,
): Promise<string> {
  const folders = await graph<{ value: Array<{ id: string; displayName: string }> }>(
    request,
    "GET",
    "/me/contactFolders",
  );
  const folder =
    folders.value.find((f) => f.displayName === "Information interviews") ??
    (await graph<{ id: string }>(request, "POST", "/me/contactFolders", {
      displayName: "Information interviews",
    }));
  const created = await graph<{ id: string }>(
    request,
    "POST",
    `/me/contactFolders/${folder.id}/contacts`,
    contact,
  );
  return created.id;
}

/** A meeting that started five minutes ago and lasts half an hour, in Graph's start/end form. */
export function meetingNow(): {
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
} {
  const start = new Date(Date.now() - 5 * 60_000);
  const end = new Date(start.getTime() + 30 * 60_000);
  const at = (d: Date) => ({ dateTime: d.toISOString().slice(0, 19), timeZone: "UTC" });
  return { start: at(start), end: at(end) };
}
