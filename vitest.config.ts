// Test projects: Node for domain, sandbox, Graph, hosts and manifests; jsdom for React views.
import { defineConfig } from "vitest/config";

export default defineConfig({
  esbuild: { jsx: "automatic" },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: [
            "tests/unit/**/*.test.ts",
            "tests/sandbox/**/*.test.ts",
            "tests/graph/**/*.test.ts",
            "tests/hosts/**/*.test.ts",
            "tests/manifest/**/*.test.ts",
          ],
        },
      },
      {
        extends: true,
        test: {
          name: "ui",
          environment: "jsdom",
          include: ["tests/ui/**/*.test.tsx", "tests/ui/**/*.test.ts"],
          setupFiles: ["tests/ui/setup.ts"],
        },
      },
    ],
  },
});
