// `npm run sandbox -- --tenant <file.json> --port <n> [--state <file>]`: starts only the Graph
// sandbox.
import { startSandbox } from "./server";
import { TenantFileError } from "./loadTenant";

/** Reads `--name value` pairs; unknown flags are an error so typos do not pass silently. */
function parseArgs(argv: string[]): Record<string, string> {
  const known = new Set(["tenant", "port", "state", "host"]);
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match || !known.has(match[1] as string)) {
      throw new Error(
        `Unknown argument '${arg}'. Usage: sandbox [--tenant file.json] [--port 4000] [--state file.json] [--host 127.0.0.1]`,
      );
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value.`);
    out[match[1] as string] = value;
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const portText = args.port ?? process.env.SANDBOX_PORT ?? "4000";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port '${portText}' is not a port number.`);
  const tenant = args.tenant ?? process.env.SANDBOX_TENANT;
  const sandbox = await startSandbox({
    port,
    ...(tenant ? { tenant } : {}),
    ...(args.state ? { statePath: args.state } : {}),
    ...(args.host ? { host: args.host } : {}),
  });
  process.stdout.write(`Graph sandbox (${tenant ?? "demo tenant"}) listening on ${sandbox.url}\n`);
  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof TenantFileError || error instanceof Error ? error.message : error);
  process.exit(1);
});
