// `npm run start:https`: serves the built dist/ on https://localhost:3000 with locally trusted
// certificates,
// so a developer can sideload the --dev manifests into real Outlook and Teams against a real tenant.
//
//   npm run build
//   INTERVIEWS_BASE_URL=https://localhost:3000 … npm run package -- --dev --skip-build
//   npm run start:https [-- --port 3000]
//
// office-addin-dev-certs creates a development CA and installs it in the machine's trust store the
// first time (it may ask for confirmation). Not for CI or tests: it refuses to run when CI is set.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type ServerOptions } from "node:https";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { getHttpsServerOptions } from "office-addin-dev-certs";
import { createSiteHandler } from "../hosting/siteServer";
import { sideloadHints } from "./sideloadHints";

async function main(): Promise<number> {
  if (process.env.CI) {
    console.error(
      "start:https installs a trusted certificate and serves until stopped: not for CI.",
    );
    return 1;
  }
  const portFlag = process.argv.indexOf("--port");
  const port = portFlag >= 0 ? Number(process.argv[portFlag + 1]) : 3000;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error("--port needs a port number.");
    return 2;
  }
  const dist = resolve("dist");
  if (!existsSync(dist)) {
    console.error("No dist/ folder: run `npm run build` first.");
    return 1;
  }
  const origin = `https://localhost:${port}`;
  const tls = await certificates();
  const server = createServer(tls, createSiteHandler(dist, { devServerOrigin: origin }));
  server.listen(port, "localhost", () => {
    console.warn(`Serving ${dist} at ${origin} (Ctrl+C to stop).`);
    // Point at the files `npm run package -- --dev` made, and say when they are missing.
    for (const line of sideloadHints(dist)) console.warn(line);
  });
  return new Promise<number>((done) => {
    server.on("error", (error) => {
      console.error(error.message);
      done(1);
    });
    process.on("SIGINT", () => server.close(() => done(0)));
  });
}

/**
 * Locally trusted certificates from office-addin-dev-certs. Installing its CA needs sudo on Linux;
 * when that fails but the certificates were generated, serve with them and say how to trust the CA.
 */
async function certificates(): Promise<ServerOptions> {
  try {
    return await getHttpsServerOptions();
  } catch (error) {
    const folder = join(homedir(), ".office-addin-dev-certs");
    const [cert, key, ca] = ["localhost.crt", "localhost.key", "ca.crt"].map((f) =>
      join(folder, f),
    );
    if (!cert || !key || !ca || !existsSync(cert) || !existsSync(key)) throw error;
    console.warn(
      `Could not install the development CA (${(error as Error).message.split("\n")[0]}). ` +
        `Serving anyway; trust ${ca} in your system or browser before sideloading.`,
    );
    return { cert: readFileSync(cert), key: readFileSync(key), ca: readFileSync(ca) };
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
