// webpack: one entry per page, a shared vendor chunk for what first render needs, lazy views,
// content hashes, and in production source maps kept beside dist/ (never published). Development builds add the workbench and the
// sandbox persona switch; production builds compile them out (__SANDBOX__ is false). The dev server
// is started by scripts/start.ts, which also serves the development config.json.
import CopyPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Where a production build's source maps go: a folder next to the output, not inside it. A map
 * published with the site hands anyone our whole source and comments; kept here, and referenced
 * by no bundle ("hidden"), it still turns a reported stack trace back into source.
 */
const SOURCE_MAPS = "../dist-sourcemaps/[file].map";

/** Pages of the product; the workbench exists only in development builds. */
const PAGES = [
  { name: "taskpane", title: "Information Interviews" },
  { name: "tab", title: "Information Interviews" },
  { name: "auth-redirect", title: "Signing in…", entry: "./src/entries/auth-redirect.ts" },
  { name: "dialog", title: "Sign in — Information Interviews", entry: "./src/entries/dialog.ts" },
];

/** Entries whose up-front packages share the one vendor chunk. */
const PRODUCT_ENTRIES = new Set(PAGES.map((p) => p.name));

/** The same policy the hosting configs send as a header (hosting/csp.ts writes csp.json). */
const CSP_META = JSON.parse(readFileSync(path.join(root, "hosting", "csp.json"), "utf8")).meta;
const DEV_PAGES = [{ name: "workbench", title: "Information Interviews — workbench" }];

/** The benchmark's baseline: FluentProvider and one Button, built exactly like the product. */
const BENCH_PAGES = [{ name: "blank", title: "Blank", entry: "./bench/blank/blank.tsx" }];

/** Pages whose first paint waits for the Find view: it is the first view of the pane and the tab. */
const FIRST_VIEW_PAGES = new Set(["taskpane.html", "tab.html"]);

/**
 * Adds <link rel="preload"> for config.json to the pages that open on a view, so it downloads with
 * the scripts instead of after they have run (the start-up waterfall). Lazy chunks are not
 * preloaded: on two cores their download and background parsing slowed the first render more than
 * the waterfall they saved (npm run bench, load: task pane 2.27× → 1.63× the blank page without
 * them); the page asks for them once the first view has painted (ui/common/afterPaint.ts).
 */
class PreloadConfigPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadConfig", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("PreloadConfig", (data) => {
        if (!FIRST_VIEW_PAGES.has(data.outputName)) return data;
        // config.json gates the first render too: fetched while the scripts download, not after
        // they have run (loadConfig's fetch takes the preloaded response, even with no-store).
        const config = {
          tagName: "link",
          voidTag: true,
          meta: { plugin: "PreloadConfig" },
          attributes: {
            rel: "preload",
            as: "fetch",
            crossorigin: "anonymous",
            href: "config.json",
          },
        };
        // After the CSP meta tag, which governs only what follows it; before the scripts.
        const at = data.headTags.findIndex((tag) => tag.tagName !== "meta");
        const head = [...data.headTags];
        head.splice(at < 0 ? head.length : at, 0, config);
        return { ...data, headTags: head };
      });
    });
  }
}

/** Microsoft's CDN copy of office.js (the same URL as src/entries/loadOfficeJs.ts, OFFICE_JS_URL). */
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Production `taskpane.html` references office.js in its <head>, as Office requires so the API is
 * initialised before the body (office-js-docs-pr docs/develop/
 * referencing-the-javascript-api-for-office-library-from-its-cdn.md): a parser-blocking script
 * after the CSP meta tag, before the app's deferred scripts. Only the Outlook page pays for it:
 * the Teams tab, the sign-in pages and the workbench (whose Outlook is simulated) do not.
 */
class OfficeJsHeadPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("OfficeJsHead", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("OfficeJsHead", (data) => {
        if (data.outputName !== "taskpane.html") return data;
        const office = {
          tagName: "script",
          voidTag: false,
          meta: { plugin: "OfficeJsHead" },
          attributes: { src: OFFICE_JS_URL },
        };
        const at = data.headTags.findIndex((tag) => tag.tagName !== "meta");
        const head = [...data.headTags];
        head.splice(at < 0 ? head.length : at, 0, office);
        return { ...data, headTags: head };
      });
    });
  }
}

export default (_env, argv) => {
  const production = argv.mode === "production";
  // BENCH=1: a production-optimised build that still talks to the sandbox, plus the blank baseline,
  // so load times are measured against Graph-shaped data (npm run bench only; never deployed).
  const bench = process.env.BENCH === "1";
  // SANDBOX_BUILD=1: production-optimised pages plus the workbench, still wired to the sandbox —
  // what the browser tests run (development bundles load several times slower).
  const sandbox = !production || bench || process.env.SANDBOX_BUILD === "1";
  const pages = [...PAGES, ...(sandbox ? DEV_PAGES : []), ...(bench ? BENCH_PAGES : [])];
  return {
    mode: production ? "production" : "development",
    context: root,
    entry: Object.fromEntries(pages.map((p) => [p.name, p.entry ?? `./src/entries/${p.name}.tsx`])),
    output: {
      path: path.join(root, bench ? "dist-bench" : "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "",
      ...(production ? { sourceMapFilename: SOURCE_MAPS } : {}),
      clean: true,
    },
    // Production: no sourceMappingURL comment in the bundles, and the maps outside the output path.
    devtool: production ? "hidden-source-map" : "cheap-module-source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        // Griffel's ahead-of-time transform turns our makeStyles calls into precomputed CSS classes
        // at build time, as Fluent's own packages ship: the page no longer carries Griffel's style
        // compiler (stylis, rtl-css-js) nor resolves every style at start-up (npm run bench, load).
        // It runs after esbuild (loaders apply last rule first), on the files that call makeStyles.
        {
          test: /\.tsx?$/,
          include: path.join(root, "src"),
          loader: "@griffel/webpack-loader",
          options: { babelOptions: { presets: ["@babel/preset-typescript"] } },
        },
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: "es2022", jsx: "automatic" },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // Only what the product pages load up front; MSAL and teams-js stay in their own lazy
          // chunks. The workbench and the blank baseline are kept out so that, in bench builds,
          // neither the pages nor the baseline load the other's packages.
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            chunks: (chunk) => PRODUCT_ENTRIES.has(chunk.name),
            priority: -10,
          },
          // The blank baseline, split the same way as the product pages: packages, then its code.
          blankVendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "blank-vendor",
            chunks: (chunk) => chunk.name === "blank",
            priority: -10,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __SANDBOX__: JSON.stringify(sandbox) }),
      ...pages.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: "./src/entries/page.html",
            title: p.title,
            chunks: [p.name],
            // Production pages carry the CSP as a meta tag too, for hosts that cannot set headers.
            // Sandbox builds talk to http://127.0.0.1, which the policy rightly forbids.
            ...(sandbox
              ? {}
              : { meta: { csp: { "http-equiv": "Content-Security-Policy", content: CSP_META } } }),
          }),
      ),
      new PreloadConfigPlugin(),
      ...(sandbox ? [] : [new OfficeJsHeadPlugin()]),
      new CopyPlugin({ patterns: [{ from: "assets/icons", to: "assets/icons" }] }),
    ],
    devServer: {
      host: "127.0.0.1",
      port: Number(process.env.PORT ?? 3000),
      allowedHosts: "all",
      hot: false,
      liveReload: false,
      client: false,
      static: false,
      compress: true,
      historyApiFallback: { index: "/workbench.html" },
    },
  };
};
