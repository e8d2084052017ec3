// The app package zip holds exactly what Teams and Outlook expect, at its root, byte for byte.
import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  APP_PACKAGE_FILES,
  zipAppPackage,
  type AppPackageFile,
} from "../../manifest-src/appPackage";
import type { UnifiedManifest } from "../../manifest-src/unifiedManifest";
import { readPng } from "./readPng";

function committedFiles(): Record<AppPackageFile, Uint8Array> {
  const files = {} as Record<AppPackageFile, Uint8Array>;
  for (const name of APP_PACKAGE_FILES) files[name] = readFileSync(`appPackage/${name}`);
  return files;
}

describe("the app package", () => {
  const files = committedFiles();
  const zip = zipAppPackage(files);
  const entries = unzipSync(zip);

  it("contains the manifest, the fr-CA strings and the two icons at the root, unchanged", () => {
    expect(Object.keys(entries).sort()).toEqual([
      "color.png",
      "fr-ca.json",
      "manifest.json",
      "outline.png",
    ]);
    for (const name of APP_PACKAGE_FILES)
      expect(Buffer.compare(entries[name] as Uint8Array, files[name])).toBe(0);
  });

  it("holds every file the manifest names, at the sizes the schema asks for", () => {
    const manifest = JSON.parse(
      new TextDecoder().decode(entries["manifest.json"]),
    ) as UnifiedManifest;
    const named = [
      manifest.icons.color,
      manifest.icons.outline,
      ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
    ];
    for (const name of named) expect(entries[name], name).toBeDefined();
    expect(readPng(entries[manifest.icons.color] as Uint8Array).width).toBe(192);
    expect(readPng(entries[manifest.icons.outline] as Uint8Array).width).toBe(32);
  });

  it("is byte-identical when rebuilt from the same files (reproducible releases)", () => {
    expect(Buffer.compare(zipAppPackage(committedFiles()), zip)).toBe(0);
    // Compressed, and well within the admin centre's upload limits.
    expect(zip.length).toBeLessThan(64 * 1024);
  });
});
