// `npm run bench`: every speed and size figure from one command. Prints a table, writes
// bench/results.json; `--check` compares the gated figures (sizes, request counts) with
// bench/budgets.json and exits non-zero on a breach; `--only a,b` runs some sections.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { benchQuestionCoach } from "./questions";
import { benchSlotFinder } from "./slots";
import { ROOT } from "./build";
import type { Figure } from "./figure";
import { benchLoad } from "./load";
import { benchMemory } from "./memory";
import { benchRequests } from "./requests";
import { benchScale } from "./scale";
import { benchSandboxScale } from "./sandboxScale";
import { benchSizes } from "./sizes";

type Budget = { max?: number; min?: number; note?: string };

/** Domain throughput figures are reported, not gated: they are times in disguise. */
async function benchDomain(): Promise<Figure[]> {
  const results = [...(await benchQuestionCoach()), ...(await benchSlotFinder())];
  // Stable ids for results.json: the figures' names are sentences.
  const slug = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  return results.map((r) => ({
    id: `domain.${slug(r.name)}`,
    value: r.value,
    unit: r.unit,
    gated: false,
  }));
}

/** Each section and the id prefix of its figures. */
const SECTIONS: Record<string, { prefix: string; run: () => Promise<Figure[]> }> = {
  sizes: { prefix: "size.", run: benchSizes },
  domain: { prefix: "domain.", run: benchDomain },
  sandbox: { prefix: "sandbox.", run: benchSandboxScale },
  load: { prefix: "load.", run: benchLoad },
  requests: { prefix: "requests.", run: benchRequests },
  scale: { prefix: "scale.", run: benchScale },
  memory: { prefix: "memory.", run: benchMemory },
};

function parseArgs(argv: string[]) {
  const check = argv.includes("--check");
  const onlyIndex = argv.indexOf("--only");
  const only = onlyIndex >= 0 ? (argv[onlyIndex + 1] ?? "").split(",").filter(Boolean) : null;
  for (const name of only ?? []) {
    if (!SECTIONS[name])
      throw new Error(`Unknown section '${name}'. Sections: ${Object.keys(SECTIONS).join(", ")}`);
  }
  return { check, sections: only ?? Object.keys(SECTIONS) };
}

function verdict(figure: Figure, budget: Budget | undefined): "ok" | "over" | "" {
  if (!budget) return "";
  if (budget.max !== undefined && figure.value > budget.max) return "over";
  if (budget.min !== undefined && figure.value < budget.min) return "over";
  return "ok";
}

async function main() {
  const { check, sections } = parseArgs(process.argv.slice(2));
  const budgets = JSON.parse(
    await readFile(path.join(ROOT, "bench", "budgets.json"), "utf8"),
  ) as Record<string, Budget>;
  const figures: Figure[] = [];
  const ran = sections.flatMap((name) => (SECTIONS[name] ? [SECTIONS[name]] : []));
  for (const section of ran) {
    process.stdout.write(`… ${section.prefix.slice(0, -1)}\n`);
    const started = performance.now();
    figures.push(...(await section.run()));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`  ${section.prefix.slice(0, -1)} took ${seconds} s\n`);
  }
  const rows = figures.map((f) => {
    const budget = budgets[f.id];
    const limit =
      budget?.max !== undefined
        ? `≤ ${budget.max}`
        : budget?.min !== undefined
          ? `≥ ${budget.min}`
          : "";
    return { ...f, limit, verdict: verdict(f, budget) };
  });
  const width = Math.max(...rows.map((r) => r.id.length), 10);
  console.log(
    `\n${"figure".padEnd(width)}  ${"value".padStart(12)}  unit            budget      gated`,
  );
  for (const r of rows) {
    console.log(
      `${r.id.padEnd(width)}  ${String(r.value).padStart(12)}  ${r.unit.padEnd(14)}  ${r.limit.padEnd(10)}  ${r.gated ? "yes" : "no"}${r.verdict === "over" ? "  ← OVER BUDGET" : ""}`,
    );
  }
  await writeFile(
    path.join(ROOT, "bench", "results.json"),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2)}\n`,
  );
  if (check) {
    const breaches = rows.filter((r) => r.gated && r.verdict === "over");
    const missing = Object.keys(budgets).filter(
      (id) =>
        budgets[id]?.max !== undefined &&
        sections.some((s) => id.startsWith(`${s === "sizes" ? "size" : s}.`)) &&
        !figures.some((f) => f.id === id),
    );
    for (const id of missing) console.error(`Budget ${id} has no figure: was it renamed?`);
    if (breaches.length > 0 || missing.length > 0) {
      console.error(`\n${breaches.length} figure(s) over budget.`);
      process.exit(1);
    }
    console.log("\nAll gated figures are within budget.");
  }
}

await main();
