// The tenant's user directory: lookups, a token index for $search, and Graph's rules for user
// queries.
import type { TenantUser } from "./tenant";
import { badRequest, GraphError } from "./http";
import { filterUsage, type FilterNode, matchesFilter, parseFilter } from "./odata";

/** Properties Graph v1.0 returns for a user when no `$select` is given. */
export const DEFAULT_USER_PROPERTIES = [
  "businessPhones",
  "displayName",
  "givenName",
  "jobTitle",
  "mail",
  "mobilePhone",
  "officeLocation",
  "preferredLanguage",
  "surname",
  "userPrincipalName",
  "id",
];

/** Properties of microsoft.graph.user (v1.0) that `$select` accepts. */
const GRAPH_USER_PROPERTIES = new Set([
  ...DEFAULT_USER_PROPERTIES,
  "aboutMe",
  "accountEnabled",
  "ageGroup",
  "assignedLicenses",
  "assignedPlans",
  "birthday",
  "city",
  "companyName",
  "consentProvidedForMinor",
  "country",
  "createdDateTime",
  "creationType",
  "department",
  "employeeHireDate",
  "employeeId",
  "employeeOrgData",
  "employeeType",
  "externalUserState",
  "faxNumber",
  "hireDate",
  "identities",
  "imAddresses",
  "interests",
  "isResourceAccount",
  "lastPasswordChangeDateTime",
  "mailboxSettings",
  "mailNickname",
  "mySite",
  "otherMails",
  "pastProjects",
  "postalCode",
  "preferredName",
  "proxyAddresses",
  "responsibilities",
  "schools",
  "showInAddressList",
  "skills",
  "state",
  "streetAddress",
  "usageLocation",
  "userType",
]);

/** Tenant-file fields that drive the sandbox and are not Graph user properties. */
const SANDBOX_ONLY_FIELDS = new Set(["managerId", "photo"]);

/**
 * Operators Graph allows per user property: `basic` works on any request, `advanced` needs
 * `ConsistencyLevel: eventual` with `$count=true` (or `$search`).
 */
const BASIC_STRING = ["eq", "in", "startswith", "ge", "le", "eq null"];
const USER_FILTER_OPERATORS: Record<string, { basic: string[]; advanced: string[] }> = {
  id: { basic: ["eq", "in"], advanced: ["ne", "not"] },
  displayName: { basic: BASIC_STRING, advanced: ["ne", "not", "ne null"] },
  mail: { basic: BASIC_STRING, advanced: ["ne", "not", "endswith", "ne null"] },
  userPrincipalName: { basic: BASIC_STRING, advanced: ["ne", "not", "endswith"] },
  givenName: { basic: BASIC_STRING, advanced: ["ne", "not", "ne null"] },
  surname: { basic: BASIC_STRING, advanced: ["ne", "not", "ne null"] },
  jobTitle: { basic: BASIC_STRING, advanced: ["ne", "not", "ne null"] },
  department: { basic: BASIC_STRING, advanced: ["ne", "not", "ne null"] },
  // companyName and officeLocation filter only as advanced queries, `eq` included
  // (concepts/aad-advanced-queries.md, user properties table): without ConsistencyLevel: eventual
  // and $count=true Graph answers 400 Request_UnsupportedQuery.
  companyName: { basic: [], advanced: [...BASIC_STRING, "ne", "not", "ne null"] },
  officeLocation: { basic: [], advanced: [...BASIC_STRING, "ne", "not", "ne null"] },
  city: { basic: BASIC_STRING, advanced: ["ne", "not", "ne null"] },
  country: { basic: BASIC_STRING, advanced: ["ne", "not", "ne null"] },
};

/** Properties `$search` reads on users; each is tokenised at load. */
const SEARCHABLE = [
  "displayName",
  "givenName",
  "surname",
  "mail",
  "userPrincipalName",
  "jobTitle",
  "department",
  "officeLocation",
  "companyName",
] as const;
type Searchable = (typeof SEARCHABLE)[number];

/**
 * Splits text into search tokens as the directory does: on punctuation, spaces and camel-case
 * boundaries, lower-cased and without diacritics.
 */
export function searchTokens(text: string): string[] {
  // Plain ASCII (most names and every address) skips Unicode normalisation.
  const plain = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize("NFD").replace(/\p{M}+/gu, "");
  return plain
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** A prefix index over one property: sorted distinct tokens and the users holding each. */
interface TokenIndex {
  sorted: string[];
  postings: Map<string, number[]>;
  /** Tokens of each user, by user position. */
  perUser: string[][];
}

function buildIndex(
  users: TenantUser[],
  prop: Searchable,
  seen: Map<string, string[]>,
): TokenIndex {
  const postings = new Map<string, number[]>();
  const perUser: string[][] = new Array<string[]>(users.length);
  const none: string[] = [];
  users.forEach((user, i) => {
    const value = user[prop];
    let tokens = none;
    if (typeof value === "string") {
      tokens = seen.get(value) ?? [...new Set(searchTokens(value))];
      seen.set(value, tokens);
    }
    perUser[i] = tokens;
    for (const t of tokens) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  return { sorted: [...postings.keys()].sort(), postings, perUser };
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One `"property:term"` clause of a directory `$search`. */
interface SearchClause {
  prop: Searchable;
  tokens: string[];
  /** The term as written (unescaped), lower-cased: startsWith properties compare against it. */
  text: string;
}

/**
 * Only displayName (and description, which users lack) is tokenised; every other property in
 * `$search` "defaults to `$filter` startsWith behavior" on the whole value
 * (concepts/search-query-parameter.md, "Using $search on directory object collections").
 */
const TOKENISED: ReadonlySet<Searchable> = new Set(["displayName"]);

/** `$search` as OR-groups of AND-ed clauses. */
type SearchQuery = SearchClause[][];

/** Parses `"displayName:av" OR "mail:av"` the way Graph's directory search reads it. */
export function parseDirectorySearch(raw: string): SearchQuery {
  const groups: SearchQuery = [[]];
  // A clause is in double quotes; a `"` or `\` inside it is escaped with a backslash
  // (concepts/search-query-parameter.md: "If it contains double quotes or backslash, it should be
  // escaped with a backslash"). A lone backslash before anything else is refused.
  const pattern = /\s*(?:"((?:[^"\\]|\\["\\])*)"|(AND|OR)\b|(\S+))/gy;
  let match: RegExpExecArray | null;
  let expectClause = true;
  while ((match = pattern.exec(raw)) !== null && match[0].trim() !== "") {
    const [, quoted, keyword, stray] = match;
    if (stray !== undefined) {
      throw badRequest(
        `Syntax error: '${stray}' is not valid in $search; quote each clause as "property:term".`,
        "Request_UnsupportedQuery",
      );
    }
    if (keyword !== undefined) {
      if (expectClause) throw badRequest(`Syntax error: unexpected '${keyword}' in $search.`);
      if (keyword === "OR") groups.push([]);
      expectClause = true;
      continue;
    }
    const clause = (quoted ?? "").replace(/\\(["\\])/g, "$1");
    const colon = clause.indexOf(":");
    if (colon < 0) {
      throw badRequest(
        `Invalid $search clause "${clause}": directory search needs "property:term".`,
        "Request_UnsupportedQuery",
      );
    }
    const name = clause.slice(0, colon).trim();
    const prop = SEARCHABLE.find((p) => p.toLowerCase() === name.toLowerCase());
    if (!prop) {
      throw badRequest(
        `Unsupported or invalid query filter clause specified for property '${name}' of resource 'User'.`,
        "Request_UnsupportedQuery",
      );
    }
    (groups[groups.length - 1] as SearchClause[]).push({
      prop,
      tokens: searchTokens(clause.slice(colon + 1)),
      text: clause
        .slice(colon + 1)
        .trim()
        .toLowerCase(),
    });
    expectClause = false;
  }
  if (expectClause) throw badRequest("Syntax error: $search is empty or ends with an operator.");
  return groups;
}

/** The user directory of one tenant, indexed once at load. */
export class Directory {
  readonly users: TenantUser[];
  private readonly byId = new Map<string, TenantUser>();
  private readonly byName = new Map<string, TenantUser>();
  private readonly byUpn = new Map<string, TenantUser>();
  private readonly reports = new Map<string, TenantUser[]>();
  private readonly indexes = new Map<Searchable, TokenIndex>();
  private readonly position = new Map<TenantUser, number>();
  private readonly columns = new Map<string, unknown[]>();
  /** Tenant fields beyond Graph's that some user carries: returned by default and selectable. */
  readonly extraFields: Set<string>;

  constructor(users: TenantUser[]) {
    this.users = users;
    this.extraFields = new Set();
    users.forEach((user, i) => {
      this.position.set(user, i);
      this.byId.set(user.id.toLowerCase(), user);
      this.byName.set(user.userPrincipalName.toLowerCase(), user);
      this.byUpn.set(user.userPrincipalName.toLowerCase(), user);
      if (user.mail) this.byName.set(user.mail.toLowerCase(), user);
      if (user.managerId) {
        const list = this.reports.get(user.managerId.toLowerCase());
        if (list) list.push(user);
        else this.reports.set(user.managerId.toLowerCase(), [user]);
      }
      for (const key of Object.keys(user)) {
        if (!GRAPH_USER_PROPERTIES.has(key) && !SANDBOX_ONLY_FIELDS.has(key)) {
          this.extraFields.add(key);
        }
      }
    });
    // Departments, titles and names repeat, and mail is usually the UPN: tokenise each distinct
    // value once, across properties, and share the token array.
    const seen = new Map<string, string[]>();
    for (const prop of TOKENISED) this.indexes.set(prop, buildIndex(users, prop, seen));
  }

  /**
   * A user as Graph addresses one in `/users/{key}`: by id or userPrincipalName only, never by mail
   * (api-reference/v1.0/api/user-get.md: "{id | userPrincipalName}").
   */
  findByKey(key: string): TenantUser | undefined {
    const lower = key.toLowerCase();
    return this.byId.get(lower) ?? this.byUpn.get(lower);
  }

  /**
   * A user by id, userPrincipalName or mail, case-insensitively: for the sandbox's own bookkeeping
   * (tokens, tenant-file references, attendees), never for a Graph URL key.
   */
  find(idOrName: string): TenantUser | undefined {
    const key = idOrName.toLowerCase();
    return this.byId.get(key) ?? this.byName.get(key);
  }

  /** The user's manager, if the tenant names one that exists. */
  managerOf(user: TenantUser): TenantUser | undefined {
    return user.managerId ? this.find(user.managerId) : undefined;
  }

  /** The users whose managerId is this user. */
  directReportsOf(user: TenantUser): TenantUser[] {
    return this.reports.get(user.id.toLowerCase()) ?? [];
  }

  /** Checks `$select` against the user type; unknown names get Graph's 400. */
  checkSelect(select: string[] | undefined): void {
    for (const name of select ?? []) {
      if (!GRAPH_USER_PROPERTIES.has(name) && !this.extraFields.has(name)) {
        throw badRequest(
          `Could not find a property named '${name}' on type 'microsoft.graph.user'.`,
        );
      }
    }
  }

  /** A user as Graph returns it: the default property set, or exactly the `$select`ed ones. */
  toGraph(user: TenantUser, select: string[] | undefined): Record<string, unknown> {
    const names = select ?? [...DEFAULT_USER_PROPERTIES, ...this.extraFields];
    const out: Record<string, unknown> = {};
    for (const name of names) {
      const value = user[name];
      out[name] = value === undefined ? (name === "businessPhones" ? [] : null) : value;
    }
    if (select && !select.includes("id")) out.id = user.id;
    return out;
  }

  /**
   * Parses and vets a users `$filter` as Graph does: unknown properties are 400 BadRequest,
   * operators that need advanced query are refused with Request_UnsupportedQuery unless `advanced`.
   */
  parseUserFilter(raw: string, advanced: boolean): FilterNode {
    const tree = parseFilter(raw);
    for (const { prop, op } of filterUsage(tree)) {
      if (op === "not") {
        if (!advanced) {
          throw badRequest("Unsupported Query.", "Request_UnsupportedQuery");
        }
        continue;
      }
      const rules = USER_FILTER_OPERATORS[prop];
      if (!rules) {
        if (!GRAPH_USER_PROPERTIES.has(prop) && !this.extraFields.has(prop)) {
          throw badRequest(
            `Could not find a property named '${prop}' on type 'microsoft.graph.user'.`,
          );
        }
        throw badRequest(
          `Unsupported or invalid query filter clause specified for property '${prop}' of resource 'User'.`,
          "Request_UnsupportedQuery",
        );
      }
      if (rules.basic.includes(op)) continue;
      if (rules.advanced.includes(op)) {
        if (advanced) continue;
        // Graph's answer when an operator needs advanced query (docs: aad-advanced-queries).
        throw badRequest("Unsupported Query.", "Request_UnsupportedQuery");
      }
      throw badRequest(
        `Unsupported or invalid query filter clause specified for property '${prop}' of resource 'User'.`,
        "Request_UnsupportedQuery",
      );
    }
    return tree;
  }

  /**
   * Users matching an optional `$search` and an optional vetted `$filter`, in directory order.
   * Search uses the token index; the filter runs as a compiled predicate over lower-cased columns,
   * so neither walks or copies user objects.
   */
  query(search: SearchQuery | undefined, filter: FilterNode | undefined): TenantUser[] {
    const n = this.users.length;
    const hits = search ? this.searchMask(search) : undefined;
    const test = filter ? this.compile(filter) : undefined;
    const out: TenantUser[] = [];
    for (let i = 0; i < n; i++) {
      if (hits && !hits[i]) continue;
      if (test && !test(i)) continue;
      out.push(this.users[i] as TenantUser);
    }
    return out;
  }

  private searchMask(query: SearchQuery): Uint8Array {
    const n = this.users.length;
    const result = new Uint8Array(n);
    for (const group of query) {
      let groupMask: Uint8Array | undefined;
      for (const clause of group) {
        const mask = this.clauseMask(clause);
        if (!groupMask) groupMask = mask;
        else
          for (let i = 0; i < n; i++) groupMask[i] = (groupMask[i] as number) & (mask[i] as number);
      }
      if (groupMask)
        for (let i = 0; i < n; i++) result[i] = (result[i] as number) | (groupMask[i] as number);
    }
    return result;
  }

  /** One property of every user, strings lower-cased (built on first use, then kept). */
  private column(prop: string): unknown[] {
    let column = this.columns.get(prop);
    if (!column) {
      const lowered = new Map<string, string>();
      column = this.users.map((u) => {
        const v = u[prop];
        if (typeof v !== "string") return v ?? null;
        let l = lowered.get(v);
        if (l === undefined) lowered.set(v, (l = v.toLowerCase()));
        return l;
      });
      this.columns.set(prop, column);
    }
    return column;
  }

  /** Turns a filter tree into a test on user positions. */
  private compile(node: FilterNode): (i: number) => boolean {
    const lit = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : v);
    switch (node.kind) {
      case "and": {
        const [a, b] = [this.compile(node.left), this.compile(node.right)];
        return (i) => a(i) && b(i);
      }
      case "or": {
        const [a, b] = [this.compile(node.left), this.compile(node.right)];
        return (i) => a(i) || b(i);
      }
      case "not": {
        const a = this.compile(node.expr);
        return (i) => !a(i);
      }
      case "in": {
        const col = this.column(node.prop);
        const set = new Set(node.values.map(lit));
        return (i) => set.has(col[i] as never);
      }
      case "fn": {
        const col = this.column(node.prop);
        const q = String(lit(node.value));
        const f =
          node.name === "startswith"
            ? (s: string) => s.startsWith(q)
            : node.name === "endswith"
              ? (s: string) => s.endsWith(q)
              : (s: string) => s.includes(q);
        return (i) => {
          const v = col[i];
          return typeof v === "string" && f(v);
        };
      }
      case "cmp": {
        const col = this.column(node.prop);
        const q = lit(node.value);
        if (node.op === "eq") return (i) => col[i] === q;
        if (node.op === "ne") return (i) => col[i] !== q;
        return (i) =>
          matchesFilter(
            { ...node, value: q as never },
            { v: col[i] },
            (o) => (o as { v: unknown }).v,
          );
      }
      default:
        return (i) => matchesFilter(node, this.users[i], (u, p) => (u as TenantUser)[p]);
    }
  }

  /** Users whose property has, for every term token, a token starting with it. */
  private clauseMask(clause: SearchClause): Uint8Array {
    const mask = new Uint8Array(this.users.length);
    if (!TOKENISED.has(clause.prop)) {
      if (clause.text === "") return mask;
      const column = this.column(clause.prop);
      for (let i = 0; i < column.length; i++) {
        const v = column[i];
        if (typeof v === "string" && v.startsWith(clause.text)) mask[i] = 1;
      }
      return mask;
    }
    const index = this.indexes.get(clause.prop) as TokenIndex;
    if (clause.tokens.length === 0) return mask;
    // Seed candidates from the longest (most selective) token, then check the others per user.
    const [seed, ...rest] = [...clause.tokens].sort((a, b) => b.length - a.length) as [
      string,
      ...string[],
    ];
    for (let k = lowerBound(index.sorted, seed); k < index.sorted.length; k++) {
      const token = index.sorted[k] as string;
      if (!token.startsWith(seed)) break;
      for (const i of index.postings.get(token) ?? []) {
        if (mask[i]) continue;
        const own = index.perUser[i] as string[];
        if (rest.every((q) => own.some((t) => t.startsWith(q)))) mask[i] = 1;
      }
    }
    return mask;
  }

  /** Position in tenant order, for stable sorting. */
  positionOf(user: TenantUser): number {
    return this.position.get(user) ?? 0;
  }
}

/** Users that can be sorted without advanced query, per Graph. */
export const BASIC_ORDERBY = new Set(["displayName", "userPrincipalName"]);

/** Builds Graph's "not found" for a user key. */
export function userNotFound(key: string): GraphError {
  return new GraphError(
    404,
    "Request_ResourceNotFound",
    `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`,
  );
}

/** Whether a property can be used in a users `$filter` or `$orderby` with advanced query. */
export function isFilterableUserProperty(prop: string): boolean {
  return prop in USER_FILTER_OPERATORS;
}
