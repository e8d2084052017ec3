// `npm run manifests`: writes both manifests, the fr-CA strings, the icons and the hosting configs.
//
//   npm run manifests                 # deploy.config.json or INTERVIEWS_* env vars; else a dry run
//   npm run manifests -- --dev        # allow https://localhost:3000 (sideloading with start:https)
//   npm run manifests -- --check      # exit 1 if a committed file is out of date
//
// The work is in manifest-src/commands.ts; this file only connects it to the terminal.
import { manifestsCommand } from "../manifest-src/commands";

manifestsCommand(process.argv.slice(2), {
  env: process.env,
  info: (message) => console.warn(message),
  error: (message) => console.error(message),
  build: () => 0,
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
