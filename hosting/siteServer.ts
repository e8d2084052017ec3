// A small static file handler for the built site, with the production headers: used by `npm run start:https`.
//
// Serving dev builds with the real CSP and cache rules means a policy problem shows up on the
// developer's machine, not after deployment.
import { createReadStream, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import type { CspOptions } from "./csp";
import { cacheControlFor, securityHeaders } from "./headers";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
  ".zip": "application/zip",
};

/** Content-Type for a file name (unknown types are served as bytes). */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/**
 * Maps a request path onto a file under `root`, or null when it would leave the root
 * (`..`, encoded slashes) or is not a plain file path.
 */
export function resolveSiteFile(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.split("?")[0] ?? "");
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const relative = normalize(decoded).replace(/^([/\\])+/, "");
  if (relative.split(/[/\\]/).includes("..")) return null;
  const file = join(root, relative);
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

/** Builds a request handler that serves `root` with the site's security and cache headers. */
export function createSiteHandler(
  root: string,
  options: CspOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const headers = securityHeaders(options);
  return (req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (path === "/") {
      res.writeHead(302, { Location: "/tab.html" }).end();
      return;
    }
    const file = resolveSiteFile(root, path);
    const size = file ? fileSize(file) : null;
    if (!file || size === null) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    res.writeHead(200, {
      "Content-Type": contentTypeFor(file),
      "Content-Length": size,
      "Cache-Control": cacheControlFor(path),
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  };
}

function fileSize(file: string): number | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}
