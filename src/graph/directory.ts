// The organisation directory: search, profiles, reporting line, photos, and the one-round-trip
// contact card.
import type { ScheduleInformation, User } from "@microsoft/microsoft-graph-types";
import type { WorkingHours } from "../domain/time/workingHours";
import { runBatch, type BatchItem, type BatchItemResult } from "./batch";
import { type GraphClient, withQuery } from "./client";
import { GraphError, nullWhenNotFound } from "./errors";
import { collectPages, nextLinkPath, type GraphPage } from "./paging";
import { toWorkingHours } from "./workingHours";

// Re-exported for existing callers; working hours (custom zones too) are read in workingHours.ts.
export { toWorkingHours };

/** A directory user as the product shows one. Fields the token may not read are null. */
export interface DirectoryPerson {
  id: string;
  displayName: string;
  mail: string | null;
  userPrincipalName: string;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  companyName: string | null;
}

/** The fuller record for a contact card and research prefill. */
export interface DirectoryProfile extends DirectoryPerson {
  givenName: string | null;
  surname: string | null;
  businessPhones: string[];
  city: string | null;
  country: string | null;
  preferredLanguage: string | null;
}

/** Optional narrowing of a directory search (exact matches, as Graph's `eq`). */
export interface DirectoryFilters {
  department?: string;
  jobTitle?: string;
  companyName?: string;
  officeLocation?: string;
}

/** Results plus whether permission limits hid fields or filters (the UI says so once). */
export interface DirectorySearchResult {
  people: DirectoryPerson[];
  /** True when only basic fields could be read (User.ReadBasic.All): no department, title, filters. */
  limited: boolean;
  /** Graph's `@odata.count` when it gave one. */
  total: number | null;
}

/**
 * Fields readable with User.ReadBasic.All: when User.Read.All is not consented, asking for more
 * (department, jobTitle...) gets 403, so searches fall back to these.
 */
export const BASIC_USER_FIELDS = [
  "id",
  "displayName",
  "givenName",
  "surname",
  "mail",
  "userPrincipalName",
];

/** Fields of a directory person in a list (need User.Read.All). */
export const PERSON_FIELDS = [
  ...BASIC_USER_FIELDS,
  "jobTitle",
  "department",
  "officeLocation",
  "companyName",
];

/** Fields of a full profile (need User.Read.All). */
export const PROFILE_FIELDS = [
  ...PERSON_FIELDS,
  "businessPhones",
  "city",
  "country",
  "preferredLanguage",
];

/** The permission a 403 on PERSON_FIELDS means is missing. */
export const FULL_PROFILE_PERMISSION = "User.Read.All";

const str = (value: string | null | undefined): string | null => (value ? value : null);

/** Maps a Graph user to a DirectoryPerson. */
export function toDirectoryPerson(user: User): DirectoryPerson {
  return {
    id: user.id ?? "",
    displayName: user.displayName ?? user.userPrincipalName ?? "",
    mail: str(user.mail),
    userPrincipalName: user.userPrincipalName ?? "",
    jobTitle: str(user.jobTitle),
    department: str(user.department),
    officeLocation: str(user.officeLocation),
    companyName: str(user.companyName),
  };
}

/** Maps a Graph user to a DirectoryProfile. */
export function toDirectoryProfile(user: User): DirectoryProfile {
  return {
    ...toDirectoryPerson(user),
    givenName: str(user.givenName),
    surname: str(user.surname),
    businessPhones: user.businessPhones ?? [],
    city: str(user.city),
    country: str(user.country),
    preferredLanguage: str(user.preferredLanguage),
  };
}

/**
 * `$search` clauses are quoted phrases; a double quote or backslash inside is escaped with a
 * backslash (concepts/search-query-parameter.md, "Using $search on directory object collections").
 */
export function searchPhrase(property: string, text: string): string {
  return `"${property}:${text.trim().replace(/["\\]/gu, "\\$&")}"`;
}

/** OData string literal: single quotes are doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/gu, "''")}'`;
}

/**
 * The path of a user: "me" is the signed-in user (Graph has no /users/me). A key that starts with
 * `$` is written `/users('$…')` so Graph does not read it as a system segment
 * (api-reference/v1.0/api/user-get.md, the tip under HTTP request).
 */
export function userPath(idOrUpn: string): string {
  if (idOrUpn === "me") return "/me";
  if (idOrUpn.startsWith("$")) return `/users(${encodeURIComponent(odataString(idOrUpn))})`;
  return `/users/${encodeURIComponent(idOrUpn)}`;
}

/** Ids of addresses already resolved, per client (one per signed-in session). */
const resolvedIds = new WeakMap<GraphClient, Map<string, string>>();

function idCache(client: GraphClient): Map<string, string> {
  let cache = resolvedIds.get(client);
  if (!cache) resolvedIds.set(client, (cache = new Map()));
  return cache;
}

/** Remembers the ids of people a search or people list returned, so their cards need no resolve. */
export function rememberUserIds(client: GraphClient, people: readonly DirectoryPerson[]): void {
  const cache = idCache(client);
  for (const person of people) {
    if (!person.id) continue;
    if (person.mail) cache.set(person.mail.toLowerCase(), person.id);
    if (person.userPrincipalName) cache.set(person.userPrincipalName.toLowerCase(), person.id);
  }
}

/** The key for `idOrAddress` when no request is needed (an id, "me", an address seen before). */
function knownUserKey(client: GraphClient, idOrAddress: string): string | null {
  if (idOrAddress === "me" || !idOrAddress.includes("@")) return idOrAddress;
  return idCache(client).get(idOrAddress.trim().toLowerCase()) ?? null;
}

/**
 * The key Graph addresses a user by. Graph takes only an id or a userPrincipalName in
 * `/users/{key}` (api-reference/v1.0/api/user-get.md); a mail address is neither when sign-in names
 * are staff numbers or the person is a guest (`…#EXT#@…` UPN). So an address is first resolved
 * with `$filter=mail eq '…' or userPrincipalName eq '…'` (both basic `eq` filters, no
 * ConsistencyLevel needed: concepts/aad-advanced-queries.md) and the id cached for the session.
 * Ids and "me" pass through without a request. Not found: Graph's 404 `Request_ResourceNotFound`.
 */
export async function resolveUserKey(
  client: GraphClient,
  idOrAddress: string,
  signal?: AbortSignal,
): Promise<string> {
  const known = knownUserKey(client, idOrAddress);
  if (known) return known;
  const answer = await client.call<GraphPage<User>>({
    method: "GET",
    path: "/users",
    query: addressQuery(idOrAddress, ["id", "mail", "userPrincipalName"]),
    signal,
  });
  return userWithAddress(client, idOrAddress, answer.body).id as string;
}

/** `$filter=mail eq '…' or userPrincipalName eq '…'`: basic `eq` filters, no ConsistencyLevel. */
function addressQuery(address: string, fields: readonly string[]) {
  const literal = odataString(address.trim());
  return {
    $filter: `mail eq ${literal} or userPrincipalName eq ${literal}`,
    $select: fields.join(","),
    $top: 2,
  };
}

/** The user an address filter found (its id cached), or Graph's 404 when there is none. */
function userWithAddress(client: GraphClient, address: string, page: GraphPage<User>): User {
  const found = page.value?.find((u) => u.id);
  if (!found?.id) {
    throw new GraphError({
      status: 404,
      code: "Request_ResourceNotFound",
      message: `No directory user has the address '${address}'.`,
      requestId: null,
    });
  }
  idCache(client).set(address.trim().toLowerCase(), found.id);
  return found;
}

function isDenied(error: unknown): boolean {
  return error instanceof GraphError && error.status === 403;
}

/**
 * Clients whose token was refused the fuller fields: later searches ask for basic fields at once
 * instead of being refused again (consent granted meanwhile shows after the next sign-in).
 */
const basicOnly = new WeakSet<GraphClient>();

/** Options for `searchDirectory`. */
export interface DirectorySearch {
  text: string;
  filters?: DirectoryFilters;
  top?: number;
  signal?: AbortSignal;
}

/**
 * Searches users by name or mail (`$search`, which needs `ConsistencyLevel: eventual` and
 * `$count=true`), narrowed by exact department/title/company/office filters. Without User.Read.All
 * it retries with basic fields and no filters, and says `limited`.
 */
export async function searchDirectory(
  client: GraphClient,
  search: DirectorySearch,
): Promise<DirectorySearchResult> {
  const text = search.text.trim();
  const filters = Object.entries(search.filters ?? {})
    .filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].trim() !== "",
    )
    .map(([field, value]) => `${field} eq ${odataString(value.trim())}`);
  const run = async (fields: string[], withFilters: boolean) => {
    const answer = await client.call<GraphPage<User>>({
      method: "GET",
      path: "/users",
      query: {
        $search: text
          ? `${searchPhrase("displayName", text)} OR ${searchPhrase("mail", text)}`
          : undefined,
        $filter: withFilters && filters.length > 0 ? filters.join(" and ") : undefined,
        $select: fields.join(","),
        $top: Math.min(999, Math.max(1, search.top ?? 25)),
        $count: true,
      },
      headers: { ConsistencyLevel: "eventual" },
      signal: search.signal,
    });
    return {
      people: (answer.body.value ?? []).map(toDirectoryPerson),
      total: answer.body["@odata.count"] ?? null,
    };
  };
  let result: DirectorySearchResult | null = null;
  if (!basicOnly.has(client)) {
    try {
      result = { ...(await run(PERSON_FIELDS, true)), limited: false };
    } catch (error) {
      if (!isDenied(error)) throw error;
      basicOnly.add(client);
    }
  }
  result ??= { ...(await run(BASIC_USER_FIELDS, false)), limited: true };
  rememberUserIds(client, result.people);
  return result;
}

/** A profile and whether it is limited to basic fields. */
export interface ProfileResult {
  profile: DirectoryProfile;
  limited: boolean;
}

async function fetchUser(
  client: GraphClient,
  idOrUpn: string,
  fields: readonly string[],
  signal?: AbortSignal,
): Promise<User> {
  const answer = await client.call<User>({
    method: "GET",
    path: userPath(idOrUpn),
    query: { $select: fields.join(",") },
    signal,
  });
  return answer.body;
}

async function readUser(
  client: GraphClient,
  idOrUpn: string,
  fields: readonly string[],
  signal?: AbortSignal,
): Promise<DirectoryProfile> {
  return toDirectoryProfile(await fetchUser(client, idOrUpn, fields, signal));
}

/** Reads one user's profile (by id, UPN or "me"); degrades to basic fields without User.Read.All. */
export async function getProfile(
  client: GraphClient,
  idOrUpn: string,
  signal?: AbortSignal,
): Promise<ProfileResult> {
  const key = await resolveUserKey(client, idOrUpn, signal);
  const read = async (fields: readonly string[]) => ({
    body: await readUser(client, key, fields, signal),
  });
  try {
    return { profile: (await read(PROFILE_FIELDS)).body, limited: false };
  } catch (error) {
    if (!isDenied(error)) throw error;
    return { profile: (await read(BASIC_USER_FIELDS)).body, limited: true };
  }
}

/**
 * The reporting line above a user, nearest manager first, at most `maxDepth` levels. Read one level
 * at a time (`/users/{id}/manager`): a missing manager (404) ends the chain, and a repeat (a cycle
 * in bad directory data) stops it.
 */
export async function getManagerChain(
  client: GraphClient,
  idOrUpn: string,
  maxDepth = 5,
  signal?: AbortSignal,
): Promise<DirectoryPerson[]> {
  const chain: DirectoryPerson[] = [];
  const seen = new Set<string>();
  let current = await resolveUserKey(client, idOrUpn, signal);
  while (chain.length < maxDepth) {
    let manager: User;
    try {
      manager = (
        await client.call<User>({
          method: "GET",
          path: `${userPath(current)}/manager`,
          query: { $select: PERSON_FIELDS.join(",") },
          signal,
        })
      ).body;
    } catch (error) {
      if (error instanceof GraphError && error.status === 404) break;
      throw error;
    }
    if (!manager.id || seen.has(manager.id)) break;
    seen.add(manager.id);
    chain.push(toDirectoryPerson(manager));
    current = manager.id;
  }
  return chain;
}

/** The people who report to a user, all pages. */
export async function getDirectReports(
  client: GraphClient,
  idOrUpn: string,
  signal?: AbortSignal,
): Promise<DirectoryPerson[]> {
  const { items } = await collectPages<User>(
    client,
    {
      path: `${userPath(await resolveUserKey(client, idOrUpn, signal))}/directReports`,
      query: { $select: PERSON_FIELDS.join(",") },
    },
    { signal },
  );
  return items.filter(isUser).map(toDirectoryPerson);
}

function isUser(item: User & { "@odata.type"?: string }): boolean {
  const type = item["@odata.type"];
  return type === undefined || type === "#microsoft.graph.user";
}

function toBase64(bytes: ArrayBuffer): string {
  let binary = "";
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) {
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** A user's photo as a data: URL for an <img>, or null when they have none (Graph answers 404). */
export async function getPhoto(
  client: GraphClient,
  idOrUpn: string,
  signal?: AbortSignal,
): Promise<string | null> {
  const answer = await nullWhenNotFound(
    client.call<ArrayBuffer>({
      method: "GET",
      path: `${userPath(await resolveUserKey(client, idOrUpn, signal))}/photo/$value`,
      read: "binary",
      signal,
    }),
  );
  if (!answer) return null;
  const type = answer.headers.get("content-type") ?? "image/jpeg";
  return `data:${type};base64,${toBase64(answer.body)}`;
}

/** Everything the contact card shows, gathered in one $batch. */
export interface ContactCardData {
  profile: DirectoryProfile;
  /** The direct manager (deeper levels: `getManagerChain`, read when the user opens the reporting line). */
  manager: DirectoryPerson | null;
  directReports: DirectoryPerson[];
  photo: string | null;
  /** From getSchedule; null when the calendar cannot be read (external person, no permission). */
  workingHours: WorkingHours | null;
  /** True when permission limits hid fields (User.Read.All not consented). */
  limited: boolean;
}

function body<T>(result: BatchItemResult | undefined): T | undefined {
  return result?.ok ? (result.body as T) : undefined;
}

function photoFromBatch(result: BatchItemResult | undefined): string | null {
  if (!result?.ok || typeof result.body !== "string") return null;
  const type =
    Object.entries(result.headers).find(([key]) => key.toLowerCase() === "content-type")?.[1] ??
    "image/jpeg";
  return `data:${type};base64,${result.body}`;
}

/**
 * Every direct report: the batch brings the first page (Graph pages directory links at 100), and a
 * large team's further pages are read in turn.
 */
async function allReports(
  client: GraphClient,
  first: GraphPage<User> | undefined,
  signal: AbortSignal | undefined,
): Promise<User[]> {
  const value = first?.value ?? [];
  const link = first?.["@odata.nextLink"];
  if (!link) return value;
  const rest = await collectPages<User>(client, { path: nextLinkPath(link) }, { signal });
  return [...value, ...rest.items];
}

/** The card's reads about one user (profile apart): direct manager, direct reports, photo. */
function relationItems(user: string): BatchItem[] {
  return [
    { id: "manager", method: "GET", url: `${user}/manager?$select=${PERSON_FIELDS.join(",")}` },
    {
      id: "reports",
      method: "GET",
      url: `${user}/directReports?$select=${PERSON_FIELDS.join(",")}`,
    },
    { id: "photo", method: "GET", url: `${user}/photo/$value` },
  ];
}

/** getSchedule for the next day, for the working hours (a POST that only reads). */
function scheduleItem(client: GraphClient, email: string): BatchItem {
  const start = new Date(client.clock.now());
  const end = new Date(start.getTime() + 24 * 3600 * 1000);
  return {
    id: "schedule",
    method: "POST",
    url: "/me/calendar/getSchedule",
    headers: { "Content-Type": "application/json" },
    body: {
      schedules: [email],
      startTime: { dateTime: start.toISOString().slice(0, 19), timeZone: "UTC" },
      endTime: { dateTime: end.toISOString().slice(0, 19), timeZone: "UTC" },
      availabilityViewInterval: 60,
    },
    safeToRepeat: true,
  };
}

function failureOf(result: BatchItemResult | undefined, what: string): GraphError {
  return result && !result.ok
    ? result.error
    : new GraphError({ status: 0, code: "batchItemMissing", message: what, requestId: null });
}

/**
 * The contact card in ONE round trip: profile, direct manager, direct reports, photo, and (when
 * an address is known) getSchedule for working hours, as $batch items that also carry whatever
 * else the page reads at that moment. The manager chain is not expanded here:
 * `$expand=manager($levels=...)` needs advanced-query headers and the nested shape differs per
 * level, so the card carries the direct manager and the UI reads deeper levels on demand.
 * An address never seen before is looked up in the same batch (`$filter` on mail or
 * userPrincipalName), its relations read by the address as a sign-in name; only when the
 * sign-in name differs (staff numbers, guests) are they read again by id. A refused profile (no
 * User.Read.All) costs one more request for basic fields.
 */
export async function getContactCard(
  client: GraphClient,
  idOrUpn: string,
  options: { email?: string; signal?: AbortSignal } = {},
): Promise<ContactCardData> {
  const { signal } = options;
  const email = options.email ?? (idOrUpn.includes("@") ? idOrUpn : undefined);
  const schedule = email ? [scheduleItem(client, email)] : [];
  const known = knownUserKey(client, idOrUpn);
  if (known) {
    const user = userPath(known);
    const results = await runBatch(
      client,
      [
        { id: "profile", method: "GET", url: `${user}?$select=${PROFILE_FIELDS.join(",")}` },
        ...relationItems(user),
        ...schedule,
      ],
      { signal },
    );
    const profileResult = results.get("profile");
    if (profileResult?.ok) {
      return assembleCard(client, results, toDirectoryProfile(profileResult.body as User), false);
    }
    if (profileResult?.status !== 403) throw failureOf(profileResult, "No profile");
    // The full field set was just refused: ask straight for what User.ReadBasic.All allows.
    const basic = await readUser(client, known, BASIC_USER_FIELDS, signal);
    return assembleCard(client, results, basic, true, signal);
  }
  const address = idOrUpn.trim();
  const results = await runBatch(
    client,
    [
      {
        id: "profile",
        method: "GET",
        url: withQuery("/users", addressQuery(address, PROFILE_FIELDS)),
      },
      ...relationItems(userPath(address)),
      ...schedule,
    ],
    { signal },
  );
  const lookup = results.get("profile");
  if (!lookup?.ok) {
    if (lookup?.status !== 403) throw failureOf(lookup, "No profile");
    // No User.Read.All: resolve with basic fields, then the card by id (it falls back the same way).
    const key = await resolveUserKey(client, address, signal);
    return getContactCard(client, key, { ...options, ...(email ? { email } : {}) });
  }
  const user = userWithAddress(client, address, lookup.body as GraphPage<User>);
  const byAddress = user.userPrincipalName?.toLowerCase() === address.toLowerCase();
  const relations = byAddress
    ? results
    : new Map([
        ...results,
        ...(await runBatch(client, relationItems(userPath(user.id as string)), { signal })),
      ]);
  return assembleCard(client, relations, toDirectoryProfile(user), false, signal);
}

/** The card from the batch's relation items and the profile read. */
async function assembleCard(
  client: GraphClient,
  results: Map<string, BatchItemResult>,
  profile: DirectoryProfile,
  basicProfile: boolean,
  signal?: AbortSignal,
): Promise<ContactCardData> {
  const denied = (id: string) => {
    const result = results.get(id);
    return result !== undefined && !result.ok && result.status === 403;
  };
  const manager = body<User>(results.get("manager"));
  const reports = await allReports(client, body<GraphPage<User>>(results.get("reports")), signal);
  const schedule = body<{ value?: ScheduleInformation[] }>(results.get("schedule"));
  return {
    profile,
    manager: manager?.id ? toDirectoryPerson(manager) : null,
    directReports: reports.filter(isUser).map(toDirectoryPerson),
    photo: photoFromBatch(results.get("photo")),
    workingHours: toWorkingHours(schedule?.value?.[0]),
    limited: basicProfile || denied("manager") || denied("reports"),
  };
}
