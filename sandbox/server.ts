// The sandbox's HTTP server: Graph under /v1.0, control under /_sandbox, CORS as Graph answers it.
//
// Built on node:http rather than a framework on purpose: zero dependencies, and full control over
// exact status codes, headers, response timing and dropped connections, which a test double of
// Graph needs and which frameworks tend to normalise away.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { TenantFile } from "./tenant";
import { Sandbox, type TenantSource } from "./sandbox";
import {
  errorResponse,
  GraphError,
  JSON_CONTENT_TYPE,
  newRequestIds,
  type SandboxResponse,
} from "./http";

/** Options of {@link startSandbox}. */
export interface SandboxOptions {
  /** A tenant file path or a tenant object; the demo tenant when absent. */
  tenant?: string | TenantFile;
  /** Port to listen on; 0 picks a free one. Default 4000. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** File that keeps mailbox and list changes across restarts (written atomically). */
  statePath?: string;
  /** The clock (token expiry, timestamps, the demo tenant's "today"). */
  now?: () => Date;
}

/** A sandbox that accepts requests. */
export interface RunningSandbox {
  /** Base URL, e.g. `http://127.0.0.1:4000` (Graph is under `${url}/v1.0`). */
  url: string;
  port: number;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Headers Graph lets browsers read (it exposes these on CORS responses). */
const EXPOSED_HEADERS = [
  "ETag",
  "Location",
  "Preference-Applied",
  "Content-Range",
  "request-id",
  "client-request-id",
  "ReadWriteConsistencyToken",
  "SdkVersion",
  "WWW-Authenticate",
  "x-ms-client-gcc-tenant",
  "Retry-After",
].join(", ");

/** Request headers the app sends cross-origin; a preflight also echoes whatever else is asked. */
const ALLOWED_HEADERS = [
  "Authorization",
  "Content-Type",
  "ConsistencyLevel",
  "Prefer",
  "If-Match",
  "client-request-id",
  "SdkVersion",
];

const MAX_BODY_BYTES = 4 * 1024 * 1024;

function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  return {
    "Access-Control-Allow-Origin": origin ?? "*",
    "Access-Control-Expose-Headers": EXPOSED_HEADERS,
    ...(origin ? { Vary: "Origin" } : {}),
  };
}

function preflight(req: IncomingMessage, res: ServerResponse): void {
  const requested = String(req.headers["access-control-request-headers"] ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const allowed = [...new Set([...ALLOWED_HEADERS, ...requested])].join(", ");
  const ids = newRequestIds(lowerHeaders(req), new Date());
  res.writeHead(200, {
    ...corsHeaders(req),
    "request-id": ids.requestId,
    "client-request-id": ids.clientRequestId,
    "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
    "Access-Control-Allow-Headers": allowed,
    "Access-Control-Max-Age": "3600",
    "Content-Length": "0",
  });
  res.end();
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new GraphError(413, "RequestEntityTooLarge", "The request body is too large."));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolveBody(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new GraphError(
      400,
      "BadRequest",
      "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.",
    );
  }
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

function send(req: IncomingMessage, res: ServerResponse, response: SandboxResponse): void {
  const headers: Record<string, string> = { ...corsHeaders(req), ...response.headers };
  if (headers["request-id"] === undefined) {
    // Control answers and refusals before routing carry ids too, as every Graph answer does.
    const ids = newRequestIds(lowerHeaders(req), new Date());
    headers["request-id"] = ids.requestId;
    headers["client-request-id"] = ids.clientRequestId;
  }
  let payload: Buffer | undefined;
  if (response.bytes) payload = response.bytes;
  else if (response.body !== undefined) {
    payload = Buffer.from(JSON.stringify(response.body));
    headers["Content-Type"] ??= JSON_CONTENT_TYPE;
    headers["OData-Version"] = "4.0";
  }
  if (payload) headers["Content-Length"] = String(payload.length);
  else if (response.status !== 204) headers["Content-Length"] = "0";
  res.writeHead(response.status, headers);
  res.end(payload);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function demoSource(): Promise<TenantSource> {
  // Loaded lazily: only a sandbox started without a tenant needs the demo generator.
  const demo = (await import(new URL("./tenants/demo.ts", import.meta.url).href)) as {
    createDemoTenant: (today: Date) => TenantFile;
  };
  return { kind: "demo", create: demo.createDemoTenant };
}

/** Starts a sandbox on 127.0.0.1 (by default) and resolves once it accepts requests. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const now = options.now ?? (() => new Date());
  const source: TenantSource =
    options.tenant === undefined
      ? await demoSource()
      : typeof options.tenant === "string"
        ? { kind: "file", path: resolve(options.tenant) }
        : { kind: "inline", tenant: options.tenant };
  const sandbox = new Sandbox(
    source,
    now,
    options.statePath ? resolve(options.statePath) : undefined,
  );

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) {
        const ids = newRequestIds(lowerHeaders(req), now());
        const failure =
          error instanceof GraphError
            ? error
            : new GraphError(500, "generalException", "An internal error occurred in the sandbox.");
        send(req, res, errorResponse(failure, ids));
      } else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const url = new URL(req.url ?? "/", "http://sandbox.invalid");
    if (method === "OPTIONS") return preflight(req, res);
    const headers = lowerHeaders(req);
    const raw = await readBody(req);
    if (url.pathname.startsWith("/_sandbox/")) {
      let body: unknown;
      try {
        body = parseJson(raw);
      } catch (error) {
        return send(req, res, {
          status: 400,
          headers: {},
          body: { error: { code: "BadRequest", message: (error as Error).message } },
        });
      }
      return send(req, res, sandbox.control(method, url.pathname.replace(/\/+$/, ""), body));
    }
    if (url.pathname.startsWith("/_sharepoint/")) {
      let body: unknown;
      try {
        body = parseJson(raw);
      } catch (error) {
        return send(req, res, errorResponse(error as GraphError, newRequestIds(headers, now())));
      }
      return send(req, res, sandbox.sharePoint(method, url.pathname, headers, body));
    }
    const graphPath = /^\/v1\.0(\/.*)?$/.exec(url.pathname);
    if (!graphPath) {
      const ids = newRequestIds(headers, now());
      return send(
        req,
        res,
        errorResponse(
          new GraphError(
            400,
            "BadRequest",
            `Invalid version: the sandbox serves Graph under /v1.0 only (got '${url.pathname}').`,
          ),
          ids,
        ),
      );
    }
    let body: unknown;
    try {
      body = parseJson(raw);
    } catch (error) {
      return send(req, res, errorResponse(error as GraphError, newRequestIds(headers, now())));
    }
    const outcome = await sandbox.graph({
      method,
      path: graphPath[1] ?? "/",
      query: url.searchParams,
      headers,
      body,
    });
    if (outcome.delayMs > 0) await sleep(outcome.delayMs);
    if ("drop" in outcome) {
      // Lost while answering: part of a status line, then the connection goes. Closing without a
      // byte would look like a stale keep-alive socket, which browsers silently send again (a
      // dropped POST would then be stored twice without the app ever seeing the failure).
      req.socket.end("HTTP/1.1 5", () => req.socket.destroy());
      return undefined;
    }
    return send(req, res, outcome.response);
  }

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4000, host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
