// Lint rules, including the layer boundaries of docs/ARCHITECTURE.md as import zones.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/** Builds a no-restricted-imports rule forbidding the given layers (matched on the import path). */
function forbid(layers, why) {
  return {
    "no-restricted-imports": [
      "error",
      {
        patterns: layers.map((layer) => ({
          regex: `(^|/)(src/)?${layer}(/|$)`,
          message: why,
        })),
      },
    ],
  };
}

/** First segments of Graph paths the app uses (`/me/...`, `/users/...`, `/sites/...`, `$batch`). */
const GRAPH_ROOTS = "(me|users|sites|groups|drives|\\$batch)";

/**
 * Graph URLs and shapes belong to src/graph (docs/ARCHITECTURE.md): outside it, no request is
 * built by hand — neither a `.call({ path })` / `.api(path)` on a Graph client nor a string that
 * starts like a Graph path. (`\u002F` is "/": a slash cannot be written inside a selector regex.)
 */
const noRawGraphPaths = {
  "no-restricted-syntax": [
    "error",
    {
      selector:
        "CallExpression[callee.property.name=/^(call|api)$/] > ObjectExpression > Property[key.name='path']",
      message:
        "Graph requests are built in src/graph: call a typed function from a resource module.",
    },
    {
      selector: "CallExpression[callee.property.name='api'] > :matches(Literal, TemplateLiteral)",
      message:
        "Graph requests are built in src/graph: call a typed function from a resource module.",
    },
    {
      selector: `Literal[value=/^\\u002F${GRAPH_ROOTS}(\\u002F|\\?|$)/]`,
      message: "Graph paths live in src/graph: call a typed function from a resource module.",
    },
    {
      selector: `TemplateLiteral > TemplateElement:first-child[value.raw=/^\\u002F${GRAPH_ROOTS}(\\u002F|\\?|$)/]`,
      message: "Graph paths live in src/graph: call a typed function from a resource module.",
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "dist-bench/",
      "dist-e2e/",
      "coverage/",
      "test-results/",
      "playwright-report/",
      ".sandbox-state/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["src/**/*.tsx", "src/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // Tests state their expectations with `!` where a lookup must succeed; a miss fails the test.
    files: ["tests/**"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-invalid-void-type": "off",
    },
  },
  {
    // Command-line tools talk to their user on stdout.
    files: ["scripts/**", "sandbox/**", "bench/**"],
    rules: { "no-console": "off" },
  },
  // Layer boundaries (docs/ARCHITECTURE.md): domain imports nothing of ours but domain.
  {
    files: ["src/domain/**"],
    rules: {
      ...forbid(
        ["graph", "auth", "hosts", "app", "ui", "entries", "sandbox"],
        "src/domain is pure: it imports only other domain modules.",
      ),
      "no-restricted-globals": [
        "error",
        { name: "fetch", message: "domain does no I/O." },
        { name: "localStorage", message: "domain does no I/O." },
        { name: "setTimeout", message: "domain takes time as an argument." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "domain takes `now` as an argument." },
      ],
    },
  },
  {
    files: ["src/graph/**", "src/auth/**"],
    rules: forbid(
      ["hosts", "app", "ui", "entries", "sandbox"],
      "graph and auth depend on domain only.",
    ),
  },
  {
    files: ["src/hosts/**"],
    rules: forbid(
      ["graph", "app", "ui", "entries", "sandbox"],
      "hosts depend on auth and domain only.",
    ),
  },
  {
    files: ["src/app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)(ui|entries|sandbox)(/|$)",
              message: "app never imports ui, entries or the sandbox.",
            },
            {
              regex: "(^|/)hosts/(outlook|teams|browser|fake)",
              message: "app uses the Host port (hosts/types), not a concrete host.",
            },
            {
              regex: "(^|/)graph/sandboxTransport",
              message: "only entries pick a transport; app never knows the sandbox.",
            },
            {
              regex: "(^|/)auth/(?!types)",
              message:
                "app uses the TokenProvider interface (auth/types), not a concrete provider.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/app/**", "src/ui/**", "src/entries/**"],
    // The workbench (development only, never shipped) dresses its simulated Outlook by fetching
    // from the sandbox directly; it is not a Graph client of the app.
    ignores: ["src/entries/workbench/**"],
    rules: noRawGraphPaths,
  },
  {
    files: ["src/ui/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)(graph|auth|entries|sandbox)(/|$)",
              message: "ui reaches Graph and auth only through src/app.",
            },
            {
              regex: "(^|/)hosts/(outlook|teams|browser|fake)",
              message: "ui never imports a concrete host.",
            },
          ],
        },
      ],
    },
  },
);
