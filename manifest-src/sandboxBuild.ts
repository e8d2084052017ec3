// Recognises a sandbox build (the workbench, dev tokens, the local Graph stand-in), so `npm run
// package` never ships one to a tenant.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Environment switches that make `npm run build` wire the pages to the sandbox (webpack.config.js). */
const SANDBOX_SWITCHES = ["SANDBOX_BUILD", "BENCH"] as const;

/**
 * What only a sandbox build's scripts contain: the control endpoints the dev tokens and the
 * sandbox transport call, and the loopback origin the sandbox listens on.
 */
const SANDBOX_MARKERS: readonly { text: string; what: string }[] = [
  { text: "/_sandbox/", what: "sandbox dev tokens" },
  { text: "127.0.0.1", what: "a sandbox origin (127.0.0.1)" },
  { text: "http://localhost", what: "a sandbox origin (http://localhost)" },
];

const FIX =
  "Build for production with `npm run package` (without --skip-build) in a shell where SANDBOX_BUILD " +
  'and BENCH are unset, and put a config.json with "mode": "production" in dist/ (docs/DEPLOY.md §4).';

/** Why the environment would turn the package's build into a sandbox build (empty: it would not). */
export function sandboxBuildSwitches(env: Readonly<Record<string, string | undefined>>): string[] {
  const set = SANDBOX_SWITCHES.filter((name) => (env[name] ?? "") !== "" && env[name] !== "0");
  return set.length === 0
    ? []
    : [
        `${set.join(" and ")} ${set.length > 1 ? "are" : "is"} set: the build would talk to the sandbox. ${FIX}`,
      ];
}

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return /\.(js|html)$/u.test(name) ? [path] : [];
  });
}

/** What in `dist` shows a sandbox build (empty: none); each line says what was found and what to do. */
export function sandboxBuildProblems(dist: string): string[] {
  const found: string[] = [];
  if (existsSync(join(dist, "workbench.html"))) found.push("the workbench page (workbench.html)");
  const bundled = scripts(dist).map((path) => readFileSync(path, "utf8"));
  for (const marker of SANDBOX_MARKERS) {
    if (bundled.some((code) => code.includes(marker.text))) found.push(marker.what);
  }
  const configPath = join(dist, "config.json");
  if (existsSync(configPath)) {
    let config: { mode?: unknown; sandboxOrigin?: unknown } = {};
    try {
      config = JSON.parse(readFileSync(configPath, "utf8")) as typeof config;
    } catch {
      // A config.json that does not parse is the page's to report (it lists what to fix).
    }
    if (config.mode === "sandbox") found.push('config.json with "mode": "sandbox"');
    if (config.sandboxOrigin !== undefined) found.push("config.json with a sandboxOrigin");
  }
  return found.length === 0
    ? []
    : [`dist/ is a sandbox build: it holds ${found.join(", ")}. ${FIX}`];
}

/**
 * Whether dist/config.json (when the build already has one) names this package's Teams app: the
 * Teams sign-in window hands its token back only to the app config.json names (src/hosts/teams/
 * signInWindow.ts), so a different id would break sign-in in Teams clients without nested app auth.
 */
export function teamsAppIdProblems(dist: string, appId: string): string[] {
  const configPath = join(dist, "config.json");
  if (!existsSync(configPath)) return [];
  let config: { teamsAppId?: unknown } = {};
  try {
    config = JSON.parse(readFileSync(configPath, "utf8")) as typeof config;
  } catch {
    return [];
  }
  const named = typeof config.teamsAppId === "string" ? config.teamsAppId.trim().toLowerCase() : "";
  if (named === appId.toLowerCase()) return [];
  return [
    `dist/config.json ${named ? `names the Teams app ${named}` : "names no teamsAppId"}, but this ` +
      `package's app id is ${appId}: set "teamsAppId": "${appId}" in config.json (docs/DEPLOY.md §4).`,
  ];
}
