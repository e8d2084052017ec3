// `npm run manifests`: writes both manifests, the fr-CA strings, the icons and the hosting configs.
//
//   npm run manifests                 # deploy.config.json or INTERVIEWS_* env vars; else a dry run
//   npm run manifests -- --dev        # allow https://localhost:3000 (sideloading with start:https)
//   npm run manifests -- --check      # exit 1 if a committed file is out of date (CI)
import { loadDeployTarget, parseFlags, staleFiles, writeFiles } from "../manifest-src/commandLine";
import { renderDeployFiles, renderHostingFiles } from "../manifest-src/deployFiles";
import { manifestSource } from "./manifestSource";

async function main(): Promise<number> {
  const parsed = parseFlags(process.argv.slice(2));
  if ("error" in parsed) {
    console.error(parsed.error);
    return 2;
  }
  const { flags } = parsed;
  const resolved = loadDeployTarget(flags, process.env, true);
  if (!resolved.ok) {
    console.error(`Cannot build the manifests:\n  - ${resolved.errors.join("\n  - ")}`);
    return 1;
  }
  const { target } = resolved;
  if (target.isExample) {
    console.warn(
      `Dry run: no deployment configured, using the example site ${target.baseUrl} and fake ids. ` +
        "See docs/DEPLOY.md before uploading anything.",
    );
  }
  const files = new Map([
    ...(await renderDeployFiles(manifestSource, target)),
    ...(await renderHostingFiles()),
  ]);

  if (flags.check) {
    const stale = staleFiles(flags.root, files);
    if (stale.length > 0) {
      console.error(`Out of date (run npm run manifests):\n  ${stale.join("\n  ")}`);
      return 1;
    }
    console.warn(`All ${files.size} generated files are up to date.`);
    return 0;
  }
  const written = writeFiles(flags.root, files);
  console.warn(
    `Wrote ${written.length} files for ${target.baseUrl} (app ${target.appId}, client ${target.clientId}` +
      `${target.isDev ? ", development" : ""}).`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
