// `npm start`: the Graph sandbox with the demo tenant and the workbench dev server, together.
// PORT (web app, 3000), SANDBOX_PORT (4000), SANDBOX_TENANT (tenant file; demo tenant when unset),
// SANDBOX_STATE (file the demo's state is saved to; "" keeps it in memory, as the tests do).
// `--optimized` serves production-optimised bundles (still wired to the sandbox): slower to build,
// much faster to load — the browser tests use it.
import path from "node:path";
import { pathToFileURL } from "node:url";
import webpack, { type Configuration } from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { startSandbox } from "../sandbox/server";
import { DEMO_LIST_IDS, DEMO_SITE_ID, DEMO_STUDENT_UPN } from "../sandbox/tenants/demo";
import { devConfig } from "./devConfig";
import { serveStatic } from "./staticServer";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4000);
process.env.SANDBOX_PORT = String(sandboxPort);
const statePath = process.env.SANDBOX_STATE ?? path.join(root, ".sandbox-state", "demo.json");

const sandbox = await startSandbox({
  port: sandboxPort,
  ...(process.env.SANDBOX_TENANT ? { tenant: process.env.SANDBOX_TENANT } : {}),
  ...(statePath ? { statePath } : {}),
});
console.log(`Graph sandbox listening on ${sandbox.url}`);

type ConfigFactory = (env: unknown, argv: { mode: string }) => Configuration;
const { default: configFactory } = (await import(
  pathToFileURL(path.join(root, "webpack.config.js")).href
)) as { default: ConfigFactory };
const optimized = process.argv.includes("--optimized");
const pageConfig = await devConfig({
  sandboxOrigin: sandbox.url,
  ...(process.env.SANDBOX_TENANT ? { tenantPath: process.env.SANDBOX_TENANT } : {}),
  demo: { siteId: DEMO_SITE_ID, lists: DEMO_LIST_IDS, student: DEMO_STUDENT_UPN },
});

let stopWeb: () => Promise<unknown>;
if (optimized) {
  // Build once (no watching: nothing recompiles under a running test), then serve the files.
  process.env.SANDBOX_BUILD = "1";
  const config = configFactory({}, { mode: "production" });
  const outDir = path.join(root, "dist-e2e", String(port));
  config.output = { ...config.output, path: outDir };
  const compiler = webpack(config);
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  if (stats?.hasErrors()) {
    console.error(stats.toString("errors-only"));
    process.exit(1);
  }
  const web = await serveStatic(outDir, pageConfig, port);
  stopWeb = () => new Promise((resolve) => web.close(resolve));
} else {
  const config = configFactory({}, { mode: "development" });
  config.infrastructureLogging = { level: "warn" };
  config.stats = "errors-warnings";
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      port,
      setupMiddlewares(middlewares, devServer) {
        devServer.app?.get("/config.json", (_request, response) => {
          response.set("Cache-Control", "no-store");
          response.json(pageConfig);
        });
        return middlewares;
      },
    },
    webpack(config),
  );
  await server.start();
  stopWeb = () => server.stop();
}
console.log(`Workbench ready at http://localhost:${port}/ (sandbox at ${sandbox.url})`);

async function stop() {
  await Promise.allSettled([stopWeb(), sandbox.close()]);
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
