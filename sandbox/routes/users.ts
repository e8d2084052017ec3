// Directory routes: /me, /users (search, filter, count, paging), manager, direct reports, photo,
// people.
import type { Person } from "@microsoft/microsoft-graph-types";
import type { TenantOutsidePerson, TenantUser } from "../tenant";
import {
  BASIC_ORDERBY,
  isFilterableUserProperty,
  parseDirectorySearch,
  searchTokens,
} from "../directory";
import { badRequest, GraphError, json, type SandboxRequest, type SandboxResponse } from "../http";
import {
  type ExpandItem,
  integerOption,
  parseExpand,
  parseOrderBy,
  parseSelect,
  project,
  sortBy,
  valueAt,
} from "../odata";
import { workingHoursOf } from "../calendar/workingHours";
import { ownerZone } from "../calendar/freeBusy";
import { contextUrl, nextLink, type Route, type RouteContext } from "../router";
import { checkMailboxAccess } from "./outlookItems";

/** `ConsistencyLevel: eventual` on the request. */
function eventual(req: SandboxRequest): boolean {
  return req.headers["consistencylevel"]?.trim().toLowerCase() === "eventual";
}

/** Graph's advanced query: ConsistencyLevel eventual plus `$count=true` or `$search`. */
function advanced(req: SandboxRequest): boolean {
  return eventual(req) && (req.query.get("$count") === "true" || req.query.has("$search"));
}

function selectContext(base: string, select: string[] | undefined): string {
  return contextUrl(select ? `${base}(${select.join(",")})` : base);
}

/** Skip tokens are opaque to clients, as Graph's are. */
function encodeSkipToken(offset: number): string {
  return Buffer.from(`sandbox-skip:${offset}`).toString("base64url");
}

function decodeSkipToken(token: string | null): number {
  if (token === null) return 0;
  const text = Buffer.from(token, "base64url").toString("utf8");
  const match = /^sandbox-skip:(\d+)$/.exec(text);
  if (!match) throw badRequest("Invalid $skiptoken.", "Request_BadRequest");
  return Number(match[1]);
}

/** The users a `/users` request selects, before paging (shared by the list and `$count`). */
function selectUsers(ctx: RouteContext): TenantUser[] {
  const { req } = ctx;
  const directory = ctx.state.directory;
  const search = req.query.get("$search");
  if (search !== null && !eventual(req)) {
    throw badRequest(
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      "Request_UnsupportedQuery",
    );
  }
  const isAdvanced = advanced(req);
  const filter = req.query.get("$filter");
  const users = directory.query(
    search !== null ? parseDirectorySearch(search) : undefined,
    filter !== null ? directory.parseUserFilter(filter, isAdvanced) : undefined,
  );
  const orderBy = parseOrderBy(req.query);
  for (const key of orderBy) {
    if (!isFilterableUserProperty(key.prop)) {
      throw badRequest(
        `Could not find a property named '${key.prop}' on type 'microsoft.graph.user'.`,
      );
    }
    if (!isAdvanced && (!BASIC_ORDERBY.has(key.prop) || filter !== null)) {
      throw badRequest("Sorting not supported for current query.", "Request_UnsupportedQuery");
    }
  }
  return sortBy(users, orderBy, (u, p) => valueAt(u, p));
}

/** Graph lets a user request expand its manager (and only that, among what the sandbox models). */
function userExpansion(ctx: RouteContext): ExpandItem | undefined {
  const expand = parseExpand(ctx.req.query);
  for (const item of expand) {
    if (item.name !== "manager" && item.name !== "directReports") {
      throw badRequest(
        `Could not find a property named '${item.name}' on type 'microsoft.graph.user'.`,
      );
    }
  }
  return expand[0];
}

/** A user with `$expand=manager(...)` or `$expand=directReports(...)` applied. */
function withExpansion(
  ctx: RouteContext,
  user: TenantUser,
  out: Record<string, unknown>,
  expand: ExpandItem | undefined,
): Record<string, unknown> {
  if (!expand) return out;
  const select = expand.options["$select"]?.split(",").map((s) => s.trim());
  ctx.state.directory.checkSelect(select);
  if (
    expand.name === "manager" &&
    select !== undefined &&
    expand.options["$levels"] === undefined
  ) {
    throw selectWithoutLevels();
  }
  if (expand.name === "manager") {
    const levels = managerLevels(ctx, expand);
    const seen = new Set([user.id.toLowerCase()]);
    // Each level nests inside the one below (api-reference/v1.0/api/user-list-manager.md,
    // example 2); a cycle in the tenant's data ends the line rather than looping.
    let holder = out;
    let manager = ctx.state.directory.managerOf(user);
    for (let level = 0; manager && level < levels; level += 1) {
      if (seen.has(manager.id.toLowerCase())) break;
      seen.add(manager.id.toLowerCase());
      const next: Record<string, unknown> = asDirectoryObject(ctx, manager, select);
      holder.manager = next;
      holder = next;
      manager = ctx.state.directory.managerOf(manager);
    }
  } else {
    out.directReports = ctx.state.directory
      .directReportsOf(user)
      .map((u) => asDirectoryObject(ctx, u, select));
  }
  return out;
}

/**
 * `$select` inside `$expand=manager(…)` needs `$levels` beside it: api-reference/v1.0/api/
 * user-list-manager.md says so ("The `$levels` parameter is required:
 * `$expand=manager($levels=max;$select=id,displayName)`"), and users reported the nested `$select`
 * failing without it (microsoft-graph-docs-contrib issue #3787). A later rewording of that note
 * dropped "required" but shows no request without `$levels`, and concepts/query-parameters.md
 * warns that not every relationship takes `$select` on expanded items: the sandbox refuses it, so
 * the app always sends `$levels` with a nested `$select`. The wording of Graph's refusal is not
 * documented; the code is the directory's for a query it does not support. Plain
 * `$expand=manager` (no options) stays allowed, as the doc's `GET /me?$expand=manager` shows.
 */
function selectWithoutLevels(): GraphError {
  return badRequest(
    "$select inside $expand=manager requires $levels, e.g. $expand=manager($levels=1;$select=id,displayName).",
    "Request_UnsupportedQuery",
  );
}

/**
 * How many levels `$expand=manager(…)` returns (api-reference/v1.0/api/user-list-manager.md):
 * without `$levels` only the direct manager; `$levels` is `max` or 1–1000. The doc's `$levels`
 * request carries `$count=true` with
 * `ConsistencyLevel: eventual` (an advanced query, concepts/aad-advanced-queries.md): the sandbox
 * takes the stricter reading and refuses `$levels` without both.
 */
function managerLevels(ctx: RouteContext, expand: ExpandItem): number {
  const raw = expand.options["$levels"];
  if (raw === undefined) return 1;
  if (!advanced(ctx.req)) {
    throw badRequest(
      "$levels in $expand=manager is only supported as an advanced query: send ConsistencyLevel: eventual and $count=true.",
      "Request_UnsupportedQuery",
    );
  }
  if (raw.toLowerCase() === "max") return Number.MAX_SAFE_INTEGER;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= 1000)) {
    throw badRequest(`Invalid $levels value '${raw}': use max or 1 to 1000.`, "Request_BadRequest");
  }
  return n;
}

function listUsers(ctx: RouteContext): SandboxResponse {
  const { req } = ctx;
  const select = parseSelect(req.query);
  ctx.state.directory.checkSelect(select);
  const top = pageSize(req.query);
  const users = selectUsers(ctx);
  const offset = decodeSkipToken(req.query.get("$skiptoken"));
  const page = users.slice(offset, offset + top);
  const body: Record<string, unknown> = { "@odata.context": selectContext("users", select) };
  // Without ConsistencyLevel Graph silently ignores $count=true (docs: advanced queries).
  if (req.query.get("$count") === "true" && eventual(req)) body["@odata.count"] = users.length;
  if (offset + top < users.length) {
    body["@odata.nextLink"] = nextLink(req, { $skiptoken: encodeSkipToken(offset + top) });
  }
  const expand = userExpansion(ctx);
  body.value = page.map((u) =>
    withExpansion(ctx, u, ctx.state.directory.toGraph(u, select), expand),
  );
  return json(200, body);
}

function countUsers(ctx: RouteContext): SandboxResponse {
  if (!eventual(ctx.req))
    throw badRequest("$count is not currently supported.", "Request_BadRequest");
  const count = selectUsers(ctx).length;
  return {
    status: 200,
    headers: { "Content-Type": "text/plain;charset=utf-8" },
    bytes: Buffer.from(String(count)),
  };
}

function getUser(ctx: RouteContext): SandboxResponse {
  const select = parseSelect(ctx.req.query);
  ctx.state.directory.checkSelect(select);
  const expand = userExpansion(ctx);
  return json(
    200,
    withExpansion(
      ctx,
      ctx.user,
      {
        "@odata.context": selectContext("users", select) + "/$entity",
        ...ctx.state.directory.toGraph(ctx.user, select),
      },
      expand,
    ),
  );
}

function asDirectoryObject(ctx: RouteContext, user: TenantUser, select: string[] | undefined) {
  return { "@odata.type": "#microsoft.graph.user", ...ctx.state.directory.toGraph(user, select) };
}

function getManager(ctx: RouteContext): SandboxResponse {
  const select = parseSelect(ctx.req.query);
  ctx.state.directory.checkSelect(select);
  const manager = ctx.state.directory.managerOf(ctx.user);
  if (!manager) {
    throw new GraphError(
      404,
      "Request_ResourceNotFound",
      "Resource 'manager' does not exist or one of its queried reference-property objects are not present.",
    );
  }
  return json(200, {
    "@odata.context": contextUrl("directoryObjects/$entity"),
    ...asDirectoryObject(ctx, manager, select),
  });
}

/** Page size checked as Graph checks it: 100 unless `$top` says otherwise, at most 999. */
function pageSize(query: URLSearchParams): number {
  const top = integerOption(query, "$top") ?? 100;
  if (top < 1 || top > 999) {
    throw badRequest(
      `Invalid page size specified: '${top}'. Must be between 1 and 999 inclusive.`,
      "Request_UnsupportedQuery",
    );
  }
  return top;
}

/** Direct reports in pages of 100, as Graph pages directory links, with a skip-token next link. */
function getDirectReports(ctx: RouteContext): SandboxResponse {
  const select = parseSelect(ctx.req.query);
  ctx.state.directory.checkSelect(select);
  const top = pageSize(ctx.req.query);
  const reports = ctx.state.directory.directReportsOf(ctx.user);
  const offset = decodeSkipToken(ctx.req.query.get("$skiptoken"));
  const body: Record<string, unknown> = {
    "@odata.context": contextUrl("directoryObjects"),
    value: reports.slice(offset, offset + top).map((u) => asDirectoryObject(ctx, u, select)),
  };
  // `$count=true` counts the whole link with ConsistencyLevel: eventual and is ignored without it,
  // as on /users (api-reference/v1.0/api/user-list-directreports.md; concepts/aad-advanced-queries.md).
  if (ctx.req.query.get("$count") === "true" && eventual(ctx.req)) {
    body["@odata.count"] = reports.length;
  }
  if (offset + top < reports.length) {
    body["@odata.nextLink"] = nextLink(ctx.req, { $skiptoken: encodeSkipToken(offset + top) });
  }
  return json(200, body);
}

function photoOf(user: TenantUser): { type: string; bytes: Buffer } {
  const match =
    typeof user.photo === "string" ? /^data:([^;,]+);base64,(.*)$/s.exec(user.photo) : null;
  if (!match) {
    throw new GraphError(
      404,
      "ImageNotFound",
      "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.",
    );
  }
  return { type: match[1] as string, bytes: Buffer.from(match[2] as string, "base64") };
}

function getPhotoValue(ctx: RouteContext): SandboxResponse {
  const photo = photoOf(ctx.user);
  return { status: 200, headers: { "Content-Type": photo.type }, bytes: photo.bytes };
}

function getPhoto(ctx: RouteContext): SandboxResponse {
  const photo = photoOf(ctx.user);
  return json(200, {
    "@odata.context": contextUrl(`users('${ctx.user.id}')/photo/$entity`),
    "@odata.mediaContentType": photo.type,
    "@odata.mediaEtag": `W/"${photo.bytes.length.toString(16)}"`,
    id: "default",
    height: 240,
    width: 240,
  });
}

const PERSON_PROPERTIES = new Set([
  "id",
  "displayName",
  "givenName",
  "surname",
  "birthday",
  "personNotes",
  "isFavorite",
  "jobTitle",
  "companyName",
  "yomiCompany",
  "department",
  "officeLocation",
  "profession",
  "userPrincipalName",
  "imAddress",
  "scoredEmailAddresses",
  "phones",
  "personType",
  "websites",
]);

function toPerson(user: TenantUser, rank: number): Person {
  const address = user.mail ?? user.userPrincipalName;
  return {
    id: user.id,
    displayName: user.displayName,
    givenName: user.givenName ?? null,
    surname: user.surname ?? null,
    birthday: "",
    personNotes: "",
    isFavorite: false,
    jobTitle: user.jobTitle ?? null,
    companyName: user.companyName ?? null,
    yomiCompany: "",
    department: user.department ?? null,
    officeLocation: user.officeLocation ?? null,
    profession: "",
    userPrincipalName: user.userPrincipalName,
    imAddress: `sip:${user.userPrincipalName}`,
    scoredEmailAddresses: [
      // Scores only need to fall with rank: clients sort by the order Graph returns.
      { address, relevanceScore: Math.max(1, 30 - rank), selectionLikelihood: "notSpecified" },
    ],
    phones: (user.businessPhones ?? []).map((number) => ({ type: "business", number })),
    personType: { class: "Person", subclass: "OrganizationUser" },
  };
}

function listPeople(ctx: RouteContext): SandboxResponse {
  const { req } = ctx;
  const select = parseSelect(req.query);
  for (const name of select ?? []) {
    if (!PERSON_PROPERTIES.has(name)) {
      throw badRequest(
        `Could not find a property named '${name}' on type 'microsoft.graph.person'.`,
      );
    }
  }
  const top = integerOption(req.query, "$top") ?? 10;
  const skip = integerOption(req.query, "$skip") ?? 0;
  const keys = ctx.state.tenant.people?.[ctx.user.userPrincipalName] ?? findPeopleKey(ctx);
  let people = keys
    .map((key) => ctx.state.directory.find(key))
    .filter((u): u is TenantUser => u !== undefined && u.id !== ctx.user.id);
  const search = req.query.get("$search");
  if (search !== null) {
    people = people.filter((u) =>
      matchesPeopleSearch(search, [
        u.displayName,
        u.givenName,
        u.surname,
        u.mail,
        u.userPrincipalName,
      ]),
    );
  }
  const ranked = people.map((u, rank) => toPerson(u, rank) as Record<string, unknown>);
  // Graph's people list also holds groups and outside contacts, told apart by personType
  // (api-reference/v1.0/api/user-list-people.md; resources/person.md): their ids are no user ids.
  for (const other of outsideOf(ctx)) {
    if (search !== null && !matchesPeopleSearch(search, [other.displayName, other.address])) {
      continue;
    }
    const at = Math.min(other.rank ?? ranked.length, ranked.length);
    ranked.splice(at, 0, outsidePerson(other, at));
  }
  const page = ranked.slice(skip, skip + top);
  const body: Record<string, unknown> = {
    "@odata.context": contextUrl(`users('${ctx.user.id}')/people`),
  };
  if (skip + top < ranked.length)
    body["@odata.nextLink"] = nextLink(req, { $skip: String(skip + top) });
  body.value = page.map((p) => project(p, select));
  return json(200, body);
}

/** People search: every term starts a word of the name or the address. */
function matchesPeopleSearch(search: string, values: Array<string | null | undefined>): boolean {
  const terms = searchTokens(search.replace(/^"|"$/g, "").replace(/\\(["\\])/g, "$1"));
  const own = values.filter((v): v is string => typeof v === "string").flatMap(searchTokens);
  return terms.every((q) => own.some((t) => t.startsWith(q)));
}

function outsideOf(ctx: RouteContext): TenantOutsidePerson[] {
  const upn = ctx.user.userPrincipalName.toLowerCase();
  for (const [key, list] of Object.entries(ctx.state.tenant.outsidePeople ?? {})) {
    if (key.toLowerCase() === upn) return list;
  }
  return [];
}

function outsidePerson(other: TenantOutsidePerson, rank: number): Record<string, unknown> {
  const group = other.kind === "Group";
  return {
    id: other.id,
    displayName: other.displayName,
    givenName: null,
    surname: null,
    birthday: "",
    personNotes: "",
    isFavorite: false,
    jobTitle: null,
    companyName: null,
    yomiCompany: "",
    department: null,
    officeLocation: null,
    profession: "",
    userPrincipalName: group ? "" : null,
    imAddress: null,
    scoredEmailAddresses: [
      {
        address: other.address,
        relevanceScore: Math.max(1, 30 - rank),
        selectionLikelihood: "notSpecified",
      },
    ],
    phones: [],
    personType: group
      ? { class: "Group", subclass: "UnifiedGroup" }
      : { class: "Person", subclass: other.kind },
  };
}

/** The people map is keyed by UPN; accept a case-insensitive match too. */
function findPeopleKey(ctx: RouteContext): string[] {
  const map = ctx.state.tenant.people ?? {};
  const upn = ctx.user.userPrincipalName.toLowerCase();
  for (const [key, list] of Object.entries(map)) if (key.toLowerCase() === upn) return list;
  return workingCircle(ctx);
}

/**
 * Without a people list in the tenant, Graph still ranks the people someone works with: the
 * manager, direct reports, then colleagues of the same department (capped, in tenant order).
 */
function workingCircle(ctx: RouteContext): string[] {
  const directory = ctx.state.directory;
  const circle: TenantUser[] = [];
  const manager = directory.managerOf(ctx.user);
  if (manager) circle.push(manager);
  circle.push(...directory.directReportsOf(ctx.user));
  const department = ctx.user.department?.toLowerCase();
  if (department) {
    for (const u of directory.users) {
      if (circle.length >= 50) break;
      if (u.department?.toLowerCase() === department && !circle.includes(u)) circle.push(u);
    }
  }
  return circle.map((u) => u.id);
}

function getMailboxSettings(ctx: RouteContext): SandboxResponse {
  checkMailboxAccess(ctx);
  const settings = ctx.user.mailboxSettings;
  const locale = ctx.user.preferredLanguage ?? "en-US";
  return json(200, {
    "@odata.context": contextUrl(`users('${ctx.user.id}')/mailboxSettings`),
    archiveFolder: "",
    timeZone: ownerZone(settings),
    automaticRepliesSetting: { status: "disabled", externalAudience: "all" },
    language: { locale, displayName: locale },
    timeFormat: "h:mm tt",
    dateFormat: "yyyy-MM-dd",
    delegateMeetingMessageDeliveryOptions: "sendToDelegateOnly",
    userPurpose: "user",
    ...settings,
    workingHours: workingHoursOf(settings),
  });
}

/** Routes under `/`. */
export const userRootRoutes: Route[] = [
  ["GET", "users", listUsers],
  ["GET", "users/$count", countUsers],
];

/** Routes under `/me` and `/users/{id|upn}`. */
export const userRoutes: Route[] = [
  ["GET", "", getUser],
  ["GET", "manager", getManager],
  ["GET", "directReports", getDirectReports],
  ["GET", "photo", getPhoto],
  ["GET", "photo/$value", getPhotoValue],
  ["GET", "people", listPeople],
  ["GET", "mailboxSettings", getMailboxSettings],
];
