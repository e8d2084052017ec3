// The sandbox's behaviour independent of sockets: Graph dispatch, $batch, faults, the request log,
// control endpoints, persistence.
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { checkConformance } from "./schema/conformance";
import type { TenantFile } from "./tenant";
import { readTenantFile, validateTenant } from "./loadTenant";
import { SandboxState, type PersistedState } from "./state";
import { Faults } from "./faults";
import { applyQuirks } from "./quirks";
import { authenticate, issueToken, tokenGrant, type ExpiredEarly } from "./tokens";
import {
  errorResponse,
  GraphError,
  json,
  newRequestIds,
  type RequestIds,
  type SandboxRequest,
  type SandboxResponse,
} from "./http";
import { Router } from "./router";
import { parseBatch, runBatch, type InnerOutcome } from "./batch";
import { userRootRoutes, userRoutes } from "./routes/users";
import { contactRoutes } from "./routes/contacts";
import { eventRoutes } from "./routes/events";
import { mailRoutes } from "./routes/mail";
import { listRoutes } from "./routes/lists";
import { groupUserRoutes, siteAdminRoutes } from "./routes/siteAdmin";
import { sharePointRest } from "./routes/sharePointRest";

/** One entry of `GET /_sandbox/requests`. */
export interface LoggedRequest {
  method: string;
  /** Path with the `/v1.0` prefix, e.g. `/v1.0/me/events`. */
  path: string;
  /** Decoded query options, e.g. `{ "$select": "id,subject" }`. */
  query: Record<string, string>;
  /** Status answered; 0 when the connection was dropped. */
  status: number;
  /** The inner requests of a `$batch`. */
  batch?: LoggedRequest[];
}

/** Where the tenant comes from, so `/_sandbox/reset` can reload it. */
export type TenantSource =
  | { kind: "file"; path: string }
  | { kind: "inline"; tenant: TenantFile }
  | { kind: "demo"; create: (today: Date) => TenantFile };

/** What the HTTP layer should do with a Graph request. */
export type Outcome =
  { response: SandboxResponse; delayMs: number } | { drop: true; delayMs: number };

const router = new Router(
  [...userRootRoutes, ...listRoutes, ...siteAdminRoutes],
  [...userRoutes, ...contactRoutes, ...eventRoutes, ...mailRoutes, ...groupUserRoutes],
);

function loadTenant(source: TenantSource, now: Date): TenantFile {
  switch (source.kind) {
    case "file":
      return readTenantFile(source.path);
    case "inline":
      return validateTenant(source.tenant, "inline tenant");
    case "demo":
      return validateTenant(source.create(now), "demo tenant");
  }
}

/** A request's line in `/_sandbox/requests`, status 0 until it is answered (0 stays: dropped). */
function logEntry(req: SandboxRequest): LoggedRequest {
  return {
    method: req.method,
    path: `/v1.0${req.path}`,
    query: Object.fromEntries(req.query.entries()),
    status: 0,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One running sandbox's state and behaviour. */
export class Sandbox {
  private state: SandboxState;
  private readonly faults = new Faults();
  private log: LoggedRequest[] = [];
  private dirty = false;
  // Tokens name the run that issued them and their serial, so /_sandbox/tokens/expire can end the
  // lifetime of every token issued so far while new ones work.
  private readonly boot = randomUUID();
  private tokensIssued = 0;
  private expiredUpTo: number | undefined;
  private readonly expiredEarly: ExpiredEarly = (issue) =>
    this.expiredUpTo !== undefined &&
    (issue.boot !== this.boot || (issue.serial ?? 0) <= this.expiredUpTo);

  constructor(
    private readonly source: TenantSource,
    private readonly now: () => Date,
    private readonly statePath?: string,
  ) {
    const tenant = loadTenant(source, now());
    this.state = new SandboxState(tenant, now(), this.readPersisted());
  }

  /** The tenant in use. */
  get tenant(): TenantFile {
    return this.state.tenant;
  }

  private readPersisted(): PersistedState | undefined {
    if (!this.statePath || !existsSync(this.statePath)) return undefined;
    try {
      const parsed = JSON.parse(readFileSync(this.statePath, "utf8")) as PersistedState;
      return parsed.format === "sandbox-state/1" ? parsed : undefined;
    } catch (error) {
      console.warn(
        `Ignoring unreadable sandbox state ${this.statePath}: ${(error as Error).message}`,
      );
      return undefined;
    }
  }

  /** Writes state atomically (temp file + rename) so a crash never leaves half a file. */
  private persist(): void {
    if (!this.statePath) return;
    mkdirSync(dirname(this.statePath), { recursive: true });
    const temp = `${this.statePath}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state.snapshot()));
    renameSync(temp, this.statePath);
  }

  /** Handles `/_sandbox/...`; answers undefined for unknown control paths. */
  control(method: string, path: string, body: unknown): SandboxResponse {
    const now = this.now();
    if (method === "POST" && path === "/_sandbox/token") {
      const { userPrincipalName, expiresIn, scopes, appId } = (body ?? {}) as {
        userPrincipalName?: unknown;
        expiresIn?: unknown;
        scopes?: unknown;
        appId?: unknown;
      };
      if (typeof userPrincipalName !== "string") {
        return controlError(400, "invalid_request", 'Body must be {"userPrincipalName": "..."}.');
      }
      const user = this.state.directory.find(userPrincipalName);
      if (!user || user.id.toLowerCase() === userPrincipalName.toLowerCase()) {
        return controlError(
          404,
          "UserNotFound",
          `No user '${userPrincipalName}' in the sandbox tenant.`,
        );
      }
      const seconds = typeof expiresIn === "number" && expiresIn >= 0 ? expiresIn : 3600;
      return json(200, {
        access_token: issueToken(
          user,
          now,
          seconds,
          { boot: this.boot, serial: (this.tokensIssued += 1) },
          {
            // Optional: the delegated scopes the token carries (`scp`), so Sites.Selected and
            // the other Sites.* scopes are enforced; without them the token is refused nothing.
            ...(Array.isArray(scopes) ? { scopes: scopes.map(String) } : {}),
            ...(typeof appId === "string" ? { appId } : {}),
          },
        ),
        expires_in: seconds,
        token_type: "Bearer",
      });
    }
    if (method === "GET" && path === "/_sandbox/requests") return json(200, this.log);
    if (method === "POST" && path === "/_sandbox/faults") {
      try {
        const count = this.faults.add(body);
        return json(200, { rules: this.faults.list(), count });
      } catch (error) {
        if (error instanceof GraphError) return controlError(400, error.code, error.message);
        throw error;
      }
    }
    if (method === "POST" && path === "/_sandbox/quirks") {
      try {
        this.state.quirks = applyQuirks(this.state.quirks, body);
        return json(200, this.state.quirks);
      } catch (error) {
        if (error instanceof GraphError) return controlError(400, error.code, error.message);
        throw error;
      }
    }
    if (method === "GET" && path === "/_sandbox/quirks") return json(200, this.state.quirks);
    if (method === "GET" && path === "/_sandbox/faults")
      return json(200, { rules: this.faults.list() });
    if (method === "DELETE" && path === "/_sandbox/faults") {
      this.faults.clear();
      return { status: 204, headers: {} };
    }
    if (method === "POST" && path === "/_sandbox/tokens/expire") {
      this.expiredUpTo = this.tokensIssued;
      return json(200, { expired: this.tokensIssued });
    }
    if (method === "POST" && path === "/_sandbox/reset") {
      // An optional {"tenant": {...}} loads that tenant until the next plain reset.
      const tenant = (body as { tenant?: unknown } | null | undefined)?.tenant;
      let source = this.source;
      if (tenant !== undefined) {
        if (typeof tenant !== "object" || tenant === null || Array.isArray(tenant)) {
          return controlError(400, "invalid_request", 'Body must be {"tenant": {...}} or empty.');
        }
        source = { kind: "inline", tenant: tenant as TenantFile };
      }
      let loaded: TenantFile;
      try {
        loaded = loadTenant(source, now);
      } catch (error) {
        return controlError(400, "invalid_tenant", (error as Error).message);
      }
      this.state = new SandboxState(loaded, now);
      this.log = [];
      this.faults.clear();
      this.expiredUpTo = undefined;
      this.persist();
      return { status: 204, headers: {} };
    }
    return controlError(404, "NotFound", `No sandbox control endpoint ${method} ${path}.`);
  }

  /** Handles one Graph request (`path` below `/v1.0`). */
  async graph(req: SandboxRequest): Promise<Outcome> {
    const ids = newRequestIds(req.headers, this.now());
    const entry = logEntry(req);
    this.log.push(entry);
    const fault = this.faults.take(req.method, entry.path);
    const delayMs = fault?.delayMs ?? 0;
    if (fault?.after && (fault.error || fault.dropConnection)) {
      // The request takes effect; only its answer is lost or replaced.
      if (/^\/\$batch\/?$/i.test(req.path)) await this.batch(req, ids, entry);
      else await this.dispatch(req, ids);
    }
    if (fault?.dropConnection) return { drop: true, delayMs };
    let response: SandboxResponse;
    if (fault?.error) {
      response = errorResponse(fault.error, ids);
    } else if (/^\/\$batch\/?$/i.test(req.path)) {
      if (delayMs > 0) await sleep(delayMs);
      const outcome = await this.batch(req, ids, entry);
      if ("drop" in outcome) return { drop: true, delayMs: 0 };
      response = outcome.response;
      entry.status = response.status;
      return { response: withIds(response, ids), delayMs: 0 };
    } else {
      response = await this.dispatch(req, ids);
    }
    entry.status = response.status;
    return { response: withIds(response, ids), delayMs };
  }

  /**
   * A SharePoint REST call on the stand-in (`/_sharepoint/sites/{site id}/_api/...`), made only by
   * the provisioning command; logged beside Graph's requests with its own path.
   */
  sharePoint(
    method: string,
    path: string,
    headers: Record<string, string>,
    body: unknown,
  ): SandboxResponse {
    const entry: LoggedRequest = { method, path, query: {}, status: 0 };
    this.log.push(entry);
    const ids = newRequestIds(headers, this.now());
    let response: SandboxResponse;
    try {
      const me = authenticate(
        headers["authorization"],
        this.state.directory,
        this.now(),
        this.expiredEarly,
      );
      const match = /^\/_sharepoint\/sites\/([^/]+)\/_api\/(.*)$/.exec(path);
      response = match
        ? sharePointRest({
            method,
            siteId: decodeURIComponent(match[1] as string),
            path: decodeURIComponent(match[2] as string),
            headers,
            body,
            state: this.state,
            me,
            grant: tokenGrant(headers["authorization"]),
            changed: () => this.persist(),
          })
        : json(404, { error: { code: "NotFound", message: `No SharePoint site at ${path}.` } });
    } catch (error) {
      if (!(error instanceof GraphError)) throw error;
      response = errorResponse(error, ids);
    }
    entry.status = response.status;
    return response;
  }

  /** Authenticates, routes and runs one request, turning refusals into Graph's error body. */
  private async dispatch(req: SandboxRequest, ids: RequestIds): Promise<SandboxResponse> {
    try {
      const now = this.now();
      const me = authenticate(
        req.headers["authorization"],
        this.state.directory,
        now,
        this.expiredEarly,
      );
      const { handler, user, viaMe, params } = router.resolve(req, this.state, me);
      // Names Graph's v1.0 schema lacks are refused before any route runs (sandbox/schema).
      checkConformance(req);
      const response = await handler({
        state: this.state,
        me,
        grant: tokenGrant(req.headers["authorization"]),
        user,
        viaMe,
        now,
        req,
        params,
        changed: () => {
          this.dirty = true;
        },
      });
      if (this.dirty) {
        this.dirty = false;
        this.persist();
      }
      return response;
    } catch (error) {
      if (error instanceof GraphError) return errorResponse(error, ids);
      console.error(error);
      return errorResponse(
        new GraphError(500, "generalException", "An internal error occurred in the sandbox."),
        ids,
      );
    }
  }

  private async batch(
    req: SandboxRequest,
    ids: RequestIds,
    entry: LoggedRequest,
  ): Promise<InnerOutcome> {
    if (req.method !== "POST") {
      return {
        response: errorResponse(
          new GraphError(
            405,
            "Request_BadRequest",
            "Specified HTTP method is not allowed for the request target.",
          ),
          ids,
        ),
      };
    }
    try {
      authenticate(
        req.headers["authorization"],
        this.state.directory,
        this.now(),
        this.expiredEarly,
      );
      const items = parseBatch(req.body);
      const inner: LoggedRequest[] = [];
      entry.batch = inner;
      const result = await runBatch(
        items,
        async (innerReq) => {
          const innerIds = newRequestIds(req.headers, this.now());
          const logged = logEntry(innerReq);
          inner.push(logged);
          const fault = this.faults.take(innerReq.method, logged.path);
          if (fault?.delayMs) await sleep(fault.delayMs);
          // Inner requests carry no token of their own: they run as the batch's caller.
          const withAuth = {
            ...innerReq,
            headers: { authorization: req.headers["authorization"] ?? "", ...innerReq.headers },
          };
          if (fault?.after && (fault.error || fault.dropConnection)) {
            await this.dispatch(withAuth, innerIds);
          }
          if (fault?.dropConnection) return { drop: true };
          const response = fault?.error
            ? errorResponse(fault.error, innerIds)
            : await this.dispatch(withAuth, innerIds);
          logged.status = response.status;
          return { response: withIds(response, innerIds) };
        },
        (innerReq, error) => {
          // A dependent that never ran was still received: it is logged with its 424.
          inner.push({ ...logEntry(innerReq), status: 424 });
          const skippedIds = newRequestIds(req.headers, this.now());
          return withIds(errorResponse(error, skippedIds), skippedIds);
        },
      );
      if (!result) return { drop: true };
      // "Requests in a batch are evaluated individually against throttling limits and if any
      // request exceeds the limits, it fails with a status of 429 ... The batch itself fails with
      // a status code of 424" (concepts/throttling.md, "Throttling and batching"), while
      // json-batching.md says a parseable batch answers 200: the stricter reading is taken, and
      // the items stay in the body as both pages describe them.
      const throttled = result.some((item) => item.status === 429);
      return { response: json(throttled ? 424 : 200, { responses: result }) };
    } catch (error) {
      if (error instanceof GraphError) return { response: errorResponse(error, ids) };
      throw error;
    }
  }
}

function withIds(response: SandboxResponse, ids: RequestIds): SandboxResponse {
  return {
    ...response,
    headers: {
      ...response.headers,
      "request-id": ids.requestId,
      "client-request-id": ids.clientRequestId,
    },
  };
}

function controlError(status: number, code: string, message: string): SandboxResponse {
  return json(status, { error: { code, message } });
}
