// Builds the pages with the project's own webpack config, for the size and load figures.
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
