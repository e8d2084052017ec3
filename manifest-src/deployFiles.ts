// Everything `npm run manifests` writes, produced in memory from the one source and one deploy target.
import { format, resolveConfig } from "prettier";
import { cspJson, HOSTING_PATHS, nginxConfig, staticWebAppConfig } from "../hosting/render";
import type { ManifestSource } from "../scripts/manifestSource";
import type { DeployTarget } from "./deployTarget";
import { renderIcon } from "./iconArt";
import { encodePng } from "./png";
import { ICON_DIR, PACKAGE_ICONS, SITE_ICON_SIZES, siteIconFile } from "./sitePages";
import { buildUnifiedManifest, FRENCH_LOCALIZATION_FILE } from "./unifiedManifest";
import { buildXmlManifest } from "./xmlManifest";

/** Repository-relative paths of the generated manifests. */
export const MANIFEST_PATHS = {
  unified: "appPackage/manifest.json",
  french: `appPackage/${FRENCH_LOCALIZATION_FILE}`,
  xml: "manifest/manifest.xml",
  colorIcon: `appPackage/${PACKAGE_ICONS.color.file}`,
  outlineIcon: `appPackage/${PACKAGE_ICONS.outline.file}`,
} as const;

/** Repository-relative path of a site icon. */
export function siteIconPath(size: number): string {
  return `${ICON_DIR}/${siteIconFile(size)}`;
}

/** Generated files by repository-relative path. */
export type DeployFiles = ReadonlyMap<string, Uint8Array>;

/**
 * Renders the manifests and icons for a deploy target. JSON goes through Prettier with the
 * repository's settings, so `npm run format` never rewrites generated files (and drift tests stay exact).
 */
export async function renderDeployFiles(
  source: ManifestSource,
  target: DeployTarget,
): Promise<DeployFiles> {
  const files = new Map<string, Uint8Array>();
  const text = (value: string) => new TextEncoder().encode(value);
  const { manifest, frenchStrings } = buildUnifiedManifest(source, target);
  files.set(MANIFEST_PATHS.unified, text(await formatJson(manifest, MANIFEST_PATHS.unified)));
  files.set(MANIFEST_PATHS.french, text(await formatJson(frenchStrings, MANIFEST_PATHS.french)));
  files.set(MANIFEST_PATHS.xml, text(buildXmlManifest(source, target)));
  files.set(MANIFEST_PATHS.colorIcon, encodePng(renderIcon(PACKAGE_ICONS.color.size, "tile")));
  files.set(
    MANIFEST_PATHS.outlineIcon,
    encodePng(renderIcon(PACKAGE_ICONS.outline.size, "outline")),
  );
  for (const size of SITE_ICON_SIZES)
    files.set(siteIconPath(size), encodePng(renderIcon(size, "mark")));
  return files;
}

/** Formats a value as JSON the way Prettier would format the committed file at `path`. */
export async function formatJson(value: unknown, path: string): Promise<string> {
  const options = (await resolveConfig(path)) ?? {};
  return format(JSON.stringify(value), { ...options, parser: "json", filepath: path });
}

/**
 * Renders the hosting files (static host configurations and csp.json). They do not depend on the
 * deploy target: the policy names Microsoft's origins and 'self'.
 */
export async function renderHostingFiles(): Promise<DeployFiles> {
  const text = (value: string) => new TextEncoder().encode(value);
  return new Map([
    [
      HOSTING_PATHS.staticWebApp,
      text(await formatJson(staticWebAppConfig(), HOSTING_PATHS.staticWebApp)),
    ],
    [HOSTING_PATHS.csp, text(await formatJson(cspJson(), HOSTING_PATHS.csp))],
    [HOSTING_PATHS.nginx, text(nginxConfig())],
  ]);
}
