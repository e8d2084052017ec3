// Builds the pages with the project's own webpack config, for the size and load figures.
import { createHash } from "node:crypto";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import webpack, { type Configuration, type Stats } from "webpack";

export const ROOT = path.resolve(import.meta.dirname, "..");

type ConfigFactory = (env: unknown, argv: { mode: string }) => Configuration;

/** A production build into `outDir`; `bench` adds the blank baseline and keeps the sandbox wiring. */
export async function buildPages(outDir: string, bench: boolean): Promise<Stats> {
  const previous = process.env.BENCH;
  process.env.BENCH = bench ? "1" : "";
  try {
    const { default: factory } = (await import(
      pathToFileURL(path.join(ROOT, "webpack.config.js")).href
    )) as { default: ConfigFactory };
    const config = factory({}, { mode: "production" });
    config.output = { ...config.output, path: outDir };
    const compiler = webpack(config);
    const stats = await new Promise<Stats>((resolve, reject) =>
      compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))),
    );
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
    if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
    return stats;
  } finally {
    process.env.BENCH = previous ?? "";
  }
}

/** What a build is made of: when none of these changed, the last build is still the build. */
const BUILD_INPUTS = [
  "src",
  "bench/blank",
  "assets",
  "webpack.config.js",
  "package-lock.json",
  "tsconfig.json",
  "hosting/csp.json",
];

async function filesUnder(entry: string): Promise<string[]> {
  const info = await stat(entry).catch(() => null);
  if (!info) return [];
  if (info.isFile()) return [entry];
  const names = (await readdir(entry)).sort();
  const nested = await Promise.all(names.map((name) => filesUnder(path.join(entry, name))));
  return nested.flat();
}

/** A hash of every build input's path and bytes. */
async function buildKey(bench: boolean): Promise<string> {
  const hash = createHash("sha256").update(bench ? "bench" : "product");
  for (const input of BUILD_INPUTS) {
    for (const file of await filesUnder(path.join(ROOT, input))) {
      hash
        .update(path.relative(ROOT, file))
        .update("\0")
        .update(await readFile(file));
    }
  }
  return hash.digest("hex");
}

let sandboxBuild: Promise<string> | null = null;

/**
 * The sandbox-wired bench build (pages, workbench, blank baseline) in dist-bench/app, built at most
 * once per run and reused across runs while its inputs are unchanged (a build takes a minute or
 * more on a busy 2-core machine; the browser sections only need the same bytes). Resolves to the
 * folder.
 */
export function benchBuild(): Promise<string> {
  sandboxBuild ??= (async () => {
    const outDir = path.join(ROOT, "dist-bench", "app");
    const keyFile = path.join(outDir, ".build-key");
    const key = await buildKey(true);
    const previous = await readFile(keyFile, "utf8").catch(() => "");
    if (previous !== key) {
      await buildPages(outDir, true);
      await writeFile(keyFile, key);
    }
    return outDir;
  })();
  return sandboxBuild;
}
