// Size figures: what each page loads before first render (gzip and raw), and the whole build.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildPages, ROOT } from "./build";
import { round, type Figure } from "./figure";

async function sizesOf(dir: string, files: readonly string[]) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(path.join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

export async function benchSizes(): Promise<Figure[]> {
  const outDir = path.join(ROOT, "dist-bench", "size");
  const stats = (await buildPages(outDir, false)).toJson({ assets: true, entrypoints: true });
  const figures: Figure[] = [];
  for (const [name, entry] of Object.entries(stats.entrypoints ?? {})) {
    const js = (entry.assets ?? []).map((a) => a.name).filter((n) => n.endsWith(".js"));
    const { raw, gzip } = await sizesOf(outDir, js);
    figures.push(
      { id: `size.${name}.firstRender.gzipKB`, value: round(gzip / 1024), unit: "KB", gated: true },
      { id: `size.${name}.firstRender.rawKB`, value: round(raw / 1024), unit: "KB", gated: false },
    );
  }
  const allJs = (stats.assets ?? []).map((a) => a.name).filter((n) => n.endsWith(".js"));
  const total = await sizesOf(outDir, allJs);
  figures.push(
    { id: "size.total.gzipKB", value: round(total.gzip / 1024), unit: "KB", gated: true },
    { id: "size.total.rawKB", value: round(total.raw / 1024), unit: "KB", gated: false },
  );
  return figures;
}
