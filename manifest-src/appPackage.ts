// The Teams / Microsoft 365 app package: the unified manifest, its fr-CA strings and the two icons, zipped.
import { zipSync } from "fflate";
import { PACKAGE_ICONS } from "./sitePages";
import { FRENCH_LOCALIZATION_FILE } from "./unifiedManifest";

/** The files of the app package, by their names at the root of the zip (the only layout Teams accepts). */
export const APP_PACKAGE_FILES = [
  "manifest.json",
  FRENCH_LOCALIZATION_FILE,
  PACKAGE_ICONS.color.file,
  PACKAGE_ICONS.outline.file,
] as const;

/** A file name of the app package. */
export type AppPackageFile = (typeof APP_PACKAGE_FILES)[number];

/** Fixed timestamp for every entry, so the same inputs always give byte-identical packages. */
const ENTRY_TIME = new Date(Date.UTC(2020, 0, 1));

/**
 * Zips the app package. fflate writes a standard deflate zip; entries sit at the root with a fixed
 * timestamp so a rebuild of unchanged files gives the same bytes (handy for release diffs).
 */
export function zipAppPackage(files: Readonly<Record<AppPackageFile, Uint8Array>>): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 9; mtime: Date }]> = {};
  for (const name of APP_PACKAGE_FILES) {
    entries[name] = [files[name], { level: 9, mtime: ENTRY_TIME }];
  }
  return zipSync(entries);
}
