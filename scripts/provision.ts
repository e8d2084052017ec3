// `npm run provision`: sets up the career centre's site (lists, columns, permissions, starter
// questions, the app's Sites.Selected grant) and writes the ids into config.json. See
// docs/DEPLOY.md, "The career centre's site".
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { entraEndpoints, sandboxEndpoints } from "./provision/signIn";
import { provision } from "./provision/provision";
import { ProvisionHttpError } from "./provision/http";

const USAGE = `Usage:
  npm run provision -- --group <group id> --tenant <tenant id> --client-id <provisioning app id>
                       [--app-client-id <app id>] [--config config.json] [--dry-run]
  npm run provision -- --sandbox <origin> --as <admin upn> --group <group id> [--dry-run] [--config <file>]`;

/** The app's client id: given, or from deploy.config.json / INTERVIEWS_CLIENT_ID. */
function appClientId(given: string | undefined, sandbox: boolean): string | undefined {
  if (given) return given;
  if (process.env.INTERVIEWS_CLIENT_ID) return process.env.INTERVIEWS_CLIENT_ID;
  if (existsSync("deploy.config.json")) {
    const deploy = JSON.parse(readFileSync("deploy.config.json", "utf8")) as { clientId?: string };
    if (deploy.clientId) return deploy.clientId;
  }
  // The sandbox config's client id (src/domain/config.ts fills it in sandbox mode).
  return sandbox ? "00000000-0000-0000-0000-000000000000" : undefined;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      group: { type: "string" },
      tenant: { type: "string" },
      "client-id": { type: "string" },
      "app-client-id": { type: "string" },
      config: { type: "string", default: "config.json" },
      "dry-run": { type: "boolean", default: false },
      sandbox: { type: "string" },
      as: { type: "string" },
    },
  });
  const sandbox = values.sandbox;
  const app = appClientId(values["app-client-id"], sandbox !== undefined);
  if (!values.group || !app || (sandbox ? !values.as : !values.tenant || !values["client-id"])) {
    console.error(USAGE);
    return 2;
  }
  const log = (line: string) => console.log(line);
  const endpoints = sandbox
    ? sandboxEndpoints(sandbox, values.as as string)
    : entraEndpoints(values["client-id"] as string, values.tenant as string, log);
  const dryRun = values["dry-run"];
  const report = await provision(endpoints, {
    groupId: values.group,
    appClientId: app,
    appName: "Information Interviews",
    tenantId: values.tenant ?? "sandbox",
    dryRun,
  });
  log("Already there:");
  for (const line of report.existing) log(`  - ${line}`);
  log(dryRun ? "Changes it would make (nothing was changed):" : "Changes made:");
  for (const line of report.changes) log(`  - ${line}`);
  if (report.changes.length === 0) log("  (none: the site is already set up)");
  if (!report.sharePoint) {
    log(`config.json: the list ids are known once the lists exist (run without --dry-run).`);
    return 0;
  }
  const path = values.config;
  const current = existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>)
    : {};
  const same = JSON.stringify(current.sharePoint) === JSON.stringify(report.sharePoint);
  if (same) log(`${path}: already names this site and its lists.`);
  else if (dryRun) log(`would write sharePoint into ${path}: ${JSON.stringify(report.sharePoint)}`);
  else {
    writeFileSync(
      path,
      `${JSON.stringify({ ...current, sharePoint: report.sharePoint }, null, 2)}\n`,
    );
    log(`${path}: sharePoint written (site, advisors' group and list ids).`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof ProvisionHttpError
        ? `Provisioning stopped: ${error.message}`
        : `Provisioning stopped: ${(error as Error).message}`,
    );
    process.exit(1);
  },
);
