// `npm run package`: production build, manifests for the configured deployment, then
// dist/appPackage.zip.
//
//   npm run package                  # needs deploy.config.json or INTERVIEWS_* env vars
//   npm run package -- --dry-run     # example deployment (never upload the result)
//   npm run package -- --dev         # localhost deployment, for sideloading with start:https
//   npm run package -- --skip-build  # reuse an existing dist/
//
// dist/ then holds everything to deploy: the site, staticwebapp.config.json, manifest.xml (for
// Outlook "add from URL" sideloading) and appPackage.zip (Teams admin centre / Outlook upload).
// The work is in manifest-src/commands.ts; this file only connects it to the terminal and npm.
import { spawnSync } from "node:child_process";
import { packageCommand } from "../manifest-src/commands";

packageCommand(process.argv.slice(2), {
  env: process.env,
  info: (message) => console.warn(message),
  error: (message) => console.error(message),
  build: (root) => {
    // Under `npm run`, npm_execpath is npm's own CLI: running it with this Node avoids needing a
    // shell for npm.cmd on Windows, where developers sideload into Outlook.
    const npmCli = process.env.npm_execpath;
    const result = npmCli
      ? spawnSync(process.execPath, [npmCli, "run", "build"], { cwd: root, stdio: "inherit" })
      : spawnSync("npm", ["run", "build"], {
          cwd: root,
          stdio: "inherit",
          shell: process.platform === "win32",
        });
    return result.status ?? 1;
  },
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
