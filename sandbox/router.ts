// Matches a Graph path to its route: `/me/...` and `/users/{id|upn}/...` share one table of user
// routes.
import type { TenantUser } from "./tenant";
import type { SandboxState } from "./state";
import { GraphError, GRAPH_ROOT, type SandboxRequest, type SandboxResponse } from "./http";
import { userNotFound } from "./directory";
import type { TokenGrant } from "./tokens";

/** What a route handler receives. */
export interface RouteContext {
  state: SandboxState;
  /** The signed-in user (owner of the token). */
  me: TenantUser;
  /** The token's scopes and app (Sites.Selected grants are per app). */
  grant: TokenGrant;
  /** The user the path addresses: `/me` or `/users/{id|upn}`. */
  user: TenantUser;
  /** True when the path was addressed through `/me`. */
  viaMe: boolean;
  now: Date;
  req: SandboxRequest;
  /** `{name}` segments of the route pattern. */
  params: Record<string, string>;
  /** Records that state changed (for persistence). */
  changed(): void;
}

/** A route handler. */
export type Handler = (ctx: RouteContext) => SandboxResponse | Promise<SandboxResponse>;

/** One route: method, pattern of segments (`{name}` captures one), handler. */
export type Route = [method: string, pattern: string, handler: Handler];

interface CompiledRoute {
  method: string;
  segments: string[];
  handler: Handler;
}

function compile(routes: Route[]): CompiledRoute[] {
  return routes.map(([method, pattern, handler]) => ({
    method,
    segments: pattern.split("/").filter((s) => s.length > 0),
    handler,
  }));
}

function matchSegments(pattern: string[], path: string[]): Record<string, string> | undefined {
  if (pattern.length !== path.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] as string;
    const s = path[i] as string;
    if (p.startsWith("{") && p.endsWith("}")) params[p.slice(1, -1)] = s;
    else if (p.toLowerCase() !== s.toLowerCase()) return undefined;
  }
  return params;
}

/** Splits a path into percent-decoded segments; Graph also accepts `('key')` addressing. */
export function pathSegments(path: string): string[] {
  return path
    .split("/")
    .filter((s) => s.length > 0)
    .flatMap((segment) => {
      const decoded = safeDecode(segment);
      const keyed = /^([A-Za-z]+)\('(.*)'\)$/.exec(decoded);
      return keyed ? [keyed[1] as string, (keyed[2] as string).replace(/''/g, "'")] : [decoded];
    });
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The router over root routes (`/users`, `/sites/...`) and per-user routes. */
export class Router {
  private readonly root: CompiledRoute[];
  private readonly perUser: CompiledRoute[];

  constructor(rootRoutes: Route[], userRoutes: Route[]) {
    this.root = compile(rootRoutes);
    this.perUser = compile(userRoutes);
  }

  /** Finds the handler and the context pieces for a request; throws Graph's 400/404/405. */
  resolve(
    req: SandboxRequest,
    state: SandboxState,
    me: TenantUser,
  ): { handler: Handler; user: TenantUser; viaMe: boolean; params: Record<string, string> } {
    const segments = pathSegments(req.path);
    const first = segments[0]?.toLowerCase();
    const userKey = segments[1];
    // A UPN that starts with `$` is addressed as /users('$...') so it is not read as a system
    // segment like $count (api-reference/v1.0/api/user-get.md, the tip under HTTP request).
    const keyed = /^\/?users\('/i.test(safeDecode(req.path).replace(/^\/v1\.0/, ""));
    if (
      first === "me" ||
      (first === "users" && userKey !== undefined && (keyed || !userKey.startsWith("$")))
    ) {
      const viaMe = first === "me";
      // id or userPrincipalName only: a mail address is no key (api-reference/v1.0/api/user-get.md).
      const user = viaMe ? me : state.directory.findByKey(segments[1] as string);
      if (!user) throw userNotFound(segments[1] as string);
      const rest = segments.slice(viaMe ? 1 : 2);
      const found = this.find(this.perUser, req.method, rest);
      return { ...found, user, viaMe };
    }
    return { ...this.find(this.root, req.method, segments), user: me, viaMe: false };
  }

  private find(routes: CompiledRoute[], method: string, segments: string[]) {
    let pathMatched = false;
    for (const route of routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      pathMatched = true;
      if (route.method === method) return { handler: route.handler, params };
    }
    if (pathMatched) {
      throw new GraphError(
        405,
        "Request_BadRequest",
        "Specified HTTP method is not allowed for the request target.",
      );
    }
    const last = segments[segments.length - 1] ?? "";
    throw new GraphError(400, "BadRequest", `Resource not found for the segment '${last}'.`);
  }
}

/** `@odata.context` as Graph writes it. */
export function contextUrl(fragment: string): string {
  return `${GRAPH_ROOT}/$metadata#${fragment}`;
}

/** The `users('id')` prefix of a context URL for the addressed user. */
export function userContext(ctx: RouteContext): string {
  return `users('${encodeURIComponent(ctx.viaMe ? ctx.me.id : ctx.user.id)}')`;
}

/** An absolute Graph link to the request's path with some query options replaced. */
export function nextLink(req: SandboxRequest, replace: Record<string, string>): string {
  const params = new URLSearchParams(req.query);
  for (const [k, v] of Object.entries(replace)) params.set(k, v);
  const query = [...params]
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%24/g, "$").replace(/%2C/gi, ",")}`)
    .join("&");
  return `${GRAPH_ROOT}${req.path}?${query}`;
}
