// Sandbox scale: a 50,000-user tenant loaded from its file, then $search and $filter latencies.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { generateLargeTenant } from "../sandbox/bench";
import { startSandbox } from "../sandbox/server";
import { median, round, type Figure } from "./figure";

const USERS = 50_000;
const QUERIES = ["ali", "chen", "mar", "nguyen", "sam", "tr", "ol", "kim", "jo", "lee"];

export async function benchSandboxScale(): Promise<Figure[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-tenant-"));
  const file = path.join(dir, "tenant.json");
  try {
    await writeFile(file, JSON.stringify(generateLargeTenant(USERS)));
    const loadStart = performance.now();
    const sandbox = await startSandbox({ tenant: file, port: 0 });
    const loadMs = performance.now() - loadStart;
    try {
      const token = await fetch(`${sandbox.url}/_sandbox/token`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ userPrincipalName: "user0@large.example" }),
      }).then(async (r) => ((await r.json()) as { access_token: string }).access_token);
      const timed = async (pathAndQuery: string, headers: Record<string, string> = {}) => {
        const start = performance.now();
        const response = await fetch(`${sandbox.url}/v1.0${pathAndQuery}`, {
          headers: { Authorization: `Bearer ${token}`, ...headers },
        });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${pathAndQuery}: HTTP ${response.status}`);
        return performance.now() - start;
      };
      const searches: number[] = [];
      const filters: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (const q of QUERIES) {
          const search = encodeURIComponent(`"displayName:${q}" OR "mail:${q}"`);
          searches.push(
            await timed(`/users?$search=${search}&$top=25&$select=id,displayName,mail`, {
              ConsistencyLevel: "eventual",
            }),
          );
          const filter = encodeURIComponent(`startsWith(displayName,'${q}')`);
          filters.push(await timed(`/users?$filter=${filter}&$top=25&$select=id,displayName`));
        }
      }
      return [
        { id: "sandbox.50k.loadMs", value: round(loadMs, 0), unit: "ms", gated: false },
        {
          id: "sandbox.50k.searchMedianMs",
          value: round(median(searches), 2),
          unit: "ms",
          gated: false,
        },
        {
          id: "sandbox.50k.filterMedianMs",
          value: round(median(filters), 2),
          unit: "ms",
          gated: false,
        },
      ];
    } finally {
      await sandbox.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
