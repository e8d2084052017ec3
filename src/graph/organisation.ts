// Graph reads behind "the organisation at a glance": reporting line, team size, department titles.
import type { User } from "@microsoft/microsoft-graph-types";
import {
  countTitles,
  managerChain,
  teamSize,
  type DepartmentTitles,
  type NestedManager,
  type OrganisationGlance,
} from "../domain/organisation";
import type { GraphClient } from "./client";
import { odataString, userPath } from "./directory";
import { GraphError } from "./errors";
import { nextLinkPath, type GraphPage } from "./paging";

/**
 * Advanced queries: `$expand=manager($levels=…)` and `$count` on users and directory links need
 * `ConsistencyLevel: eventual` with `$count=true` (api-reference/v1.0/api/user-list-manager.md,
 * user-list-directreports.md, user-list.md; concepts/aad-advanced-queries.md).
 */
const EVENTUAL = { ConsistencyLevel: "eventual" };

/** Fields of each manager in the line: a name and a title are all the glance shows. */
const CHAIN_FIELDS = "id,displayName,userPrincipalName,jobTitle";

/** Graph's largest page of users (user-list.md, `$top` 1–999). */
export const DEPARTMENT_PAGE = 999;
/** Pages of a department read at most: 2,997 people is enough to see which titles it holds. */
export const DEPARTMENT_MAX_PAGES = 3;

/** Counts from `$count=true`, or null when Graph gave none. */
function countOf(page: GraphPage<unknown> | undefined): number | null {
  const count = page?.["@odata.count"];
  return typeof count === "number" ? count : null;
}

/**
 * How many direct reports a user has, from `@odata.count` with one id on the page: the count
 * alone is what the glance needs, and `/directReports/$count` answers text/plain, which a `$batch`
 * item would carry as a string the read queue does not parse.
 */
async function reportCount(
  client: GraphClient,
  userId: string,
  signal: AbortSignal | undefined,
): Promise<number | null> {
  const answer = await client.call<GraphPage<User>>({
    method: "GET",
    path: `${userPath(userId)}/directReports`,
    query: { $count: true, $select: "id", $top: 1 },
    headers: EVENTUAL,
    signal,
  });
  return countOf(answer.body);
}

/**
 * The job titles of everyone in `department` (`eq`, the value's quotes doubled), in pages of 999
 * and at most DEPARTMENT_MAX_PAGES of them; `@odata.count` still gives the whole department's size.
 */
export async function departmentTitles(
  client: GraphClient,
  department: string,
  locale: string,
  signal?: AbortSignal,
  limits: { pageSize?: number; maxPages?: number } = {},
): Promise<DepartmentTitles> {
  const maxPages = limits.maxPages ?? DEPARTMENT_MAX_PAGES;
  const titles: (string | null | undefined)[] = [];
  let total: number | null = null;
  let call = {
    path: "/users",
    query: {
      $filter: `department eq ${odataString(department)}`,
      $select: "id,jobTitle",
      $count: true,
      $top: limits.pageSize ?? DEPARTMENT_PAGE,
    } as Record<string, string | number | boolean> | undefined,
  };
  const seen = new Set<string>();
  for (let page = 1; ; page += 1) {
    const answer = await client.call<GraphPage<User>>({
      method: "GET",
      ...call,
      headers: EVENTUAL,
      signal,
    });
    total ??= countOf(answer.body);
    titles.push(...(answer.body.value ?? []).map((user) => user.jobTitle));
    const link = answer.body["@odata.nextLink"];
    if (!link || seen.has(link))
      return { titles: countTitles(titles, locale), counted: titles.length, total, capped: false };
    if (page >= maxPages) {
      return { titles: countTitles(titles, locale), counted: titles.length, total, capped: true };
    }
    seen.add(link);
    call = { path: nextLinkPath(link), query: undefined };
  }
}

/**
 * The glance for one directory user. First round trip (one `$batch` through the read queue): the
 * user with the whole reporting line expanded (`$levels=max`), their own direct-report count and,
 * when the interview already names the department (`departmentHint`, copied from the directory
 * when the contact was added), that department's titles. A second round trip is needed only for
 * what the first answer reveals: the manager's count for someone who manages nobody, or the
 * department's titles when the hint was missing or the directory now says otherwise.
 */
export async function getOrganisationGlance(
  client: GraphClient,
  directoryId: string,
  locale: string,
  signal?: AbortSignal,
  departmentHint?: string | null,
): Promise<OrganisationGlance> {
  const user = userPath(directoryId);
  const hint = departmentHint?.trim() || null;
  const early = hint ? departmentTitles(client, hint, locale, signal) : null;
  // A guess that turns out wrong must not surface as an unhandled rejection.
  early?.catch(() => undefined);
  const [profile, own] = await Promise.all([
    client.call<User & NestedManager>({
      method: "GET",
      path: user,
      query: {
        $select: "id,displayName,userPrincipalName,jobTitle,department,companyName",
        $expand: `manager($levels=max;$select=${CHAIN_FIELDS})`,
        $count: true,
      },
      headers: EVENTUAL,
      signal,
    }),
    reportCount(client, directoryId, signal),
  ]);
  const person = profile.body;
  const chain = managerChain(person);
  const manager = chain[0] ?? null;
  const department = person.department?.trim() || null;
  const [titles, managerReports] = await Promise.all([
    !department
      ? Promise.resolve(null)
      : early && department === hint
        ? early
        : departmentTitles(client, department, locale, signal),
    manager && !(own && own > 0) ? managerCount(client, manager.id, signal) : Promise.resolve(null),
  ]);
  return {
    displayName: person.displayName ?? person.userPrincipalName ?? directoryId,
    department,
    companyName: person.companyName?.trim() || null,
    chain,
    team: teamSize(own, manager, managerReports),
    titles,
  };
}

/** The manager's count; a manager we may not read (gone since) leaves the team size unknown. */
async function managerCount(
  client: GraphClient,
  managerId: string,
  signal: AbortSignal | undefined,
): Promise<number | null> {
  try {
    return await reportCount(client, managerId, signal);
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) return null;
    throw error;
  }
}
