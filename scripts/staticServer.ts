// A small static file server for built pages (the optimized start used by the browser tests):
// serves a folder, answers /config.json from memory, and sends / to the workbench.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export function serveStatic(folder: string, config: unknown, port: number): Promise<Server> {
  const root = path.resolve(folder);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/config.json") {
      response.writeHead(200, { "Content-Type": TYPES[".json"], "Cache-Control": "no-store" });
      response.end(JSON.stringify(config));
      return;
    }
    const name = url.pathname === "/" ? "/workbench.html" : decodeURIComponent(url.pathname);
    const file = path.resolve(root, `.${name}`);
    if (!file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) throw new Error("not a file");
        response.writeHead(200, {
          "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
          "Content-Length": info.size,
        });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(404, { "Content-Type": TYPES[".txt"] }).end("Not found"),
    );
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
