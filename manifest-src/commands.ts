// The `manifests` and `package` commands, callable in-process (scripts/ only wires them to the terminal).
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HOSTING_PATHS } from "../hosting/render";
import { manifestSource } from "../scripts/manifestSource";
import { APP_PACKAGE_FILES, zipAppPackage, type AppPackageFile } from "./appPackage";
import { loadDeployTarget, parseFlags, staleFiles, writeFiles } from "./commandLine";
import { MANIFEST_PATHS, renderDeployFiles, renderHostingFiles } from "./deployFiles";
import { sandboxBuildProblems, sandboxBuildSwitches, teamsAppIdProblems } from "./sandboxBuild";
import { missingSiteFiles } from "./sitePages";

/** What a command needs from the outside world. */
export interface CommandIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Progress and warnings (stderr in the terminal). */
  readonly info: (message: string) => void;
  /** Failures (stderr in the terminal). */
  readonly error: (message: string) => void;
  /** Runs the production build in `root`; returns its exit status. */
  readonly build: (root: string) => number;
}

/** `npm run manifests [--dev] [--check] [--root dir] [--config file]`; resolves to the exit code. */
export async function manifestsCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseFlags(argv);
  if ("error" in parsed) {
    io.error(parsed.error);
    return 2;
  }
  const { flags } = parsed;
  const resolved = loadDeployTarget(flags, io.env, true);
  if (!resolved.ok) {
    io.error(`Cannot build the manifests:\n  - ${resolved.errors.join("\n  - ")}`);
    return 1;
  }
  const { target } = resolved;
  if (target.isExample) {
    io.info(
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
      io.error(`Out of date (run npm run manifests):\n  ${stale.join("\n  ")}`);
      return 1;
    }
    io.info(`All ${files.size} generated files are up to date.`);
    return 0;
  }
  const written = writeFiles(flags.root, files);
  io.info(
    `Wrote ${written.length} files for ${target.baseUrl} (app ${target.appId}, ` +
      `XML add-in ${target.xmlAddinId}, ` +
      `client ${target.clientId}${target.isDev ? ", development" : ""}).`,
  );
  return 0;
}

/**
 * `npm run package [--dry-run] [--dev] [--skip-build] [--root dir] [--config file]`: production build,
 * manifests for the configured deployment, then dist/appPackage.zip, dist/manifest.xml and
 * dist/staticwebapp.config.json. Refuses to package when the build lacks a page or icon the
 * manifests point at, or is a sandbox build (workbench, dev tokens, a sandbox origin or config).
 */
export async function packageCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseFlags(argv);
  if ("error" in parsed) {
    io.error(parsed.error);
    return 2;
  }
  const { flags } = parsed;
  const resolved = loadDeployTarget(flags, io.env, flags.dryRun);
  if (!resolved.ok) {
    io.error(`Cannot package:\n  - ${resolved.errors.join("\n  - ")}`);
    return 1;
  }
  const { target } = resolved;
  const switches = flags.skipBuild ? [] : sandboxBuildSwitches(io.env);
  if (switches.length > 0) {
    io.error(`Cannot package:\n  - ${switches.join("\n  - ")}`);
    return 1;
  }

  if (!flags.skipBuild && io.build(flags.root) !== 0) {
    io.error("The production build failed; nothing was packaged.");
    return 1;
  }
  const dist = join(flags.root, "dist");
  const missing = missingSiteFiles((path) => existsSync(join(dist, path)));
  if (missing.length > 0) {
    io.error(`dist/ lacks files the manifests point at:\n  ${missing.join("\n  ")}`);
    return 1;
  }
  const sandboxed = [...sandboxBuildProblems(dist), ...teamsAppIdProblems(dist, target.appId)];
  if (sandboxed.length > 0) {
    io.error(`Cannot package:\n  - ${sandboxed.join("\n  - ")}`);
    return 1;
  }

  const generated = new Map([
    ...(await renderDeployFiles(manifestSource, target)),
    ...(await renderHostingFiles()),
  ]);
  writeFiles(flags.root, generated);
  copyFileSync(
    join(flags.root, HOSTING_PATHS.staticWebApp),
    join(dist, "staticwebapp.config.json"),
  );
  copyFileSync(join(flags.root, MANIFEST_PATHS.xml), join(dist, "manifest.xml"));
  const files = {} as Record<AppPackageFile, Uint8Array>;
  for (const name of APP_PACKAGE_FILES) {
    files[name] = readFileSync(join(flags.root, "appPackage", name));
  }
  const zip = zipAppPackage(files);
  writeFileSync(join(dist, "appPackage.zip"), zip);

  io.info(
    `Packaged ${target.baseUrl} (app ${target.appId}, version ${manifestSource.version}): ` +
      `dist/appPackage.zip (${zip.length} bytes), dist/manifest.xml, dist/staticwebapp.config.json.`,
  );
  if (target.isExample) io.info("Dry run with example values: do not upload this package.");
  if (target.isDev) io.info("Development package (localhost): sideload only, never publish.");
  return 0;
}
