// The pages and icons the built site serves, and the URLs the manifests open them with.
//
// The web build (webpack, `dist/`) emits the pages at the site root; the icons are committed in
// assets/icons/ and copied by the build to dist/assets/icons/. These names are the contract between
// the manifests and the build: tests check both sides.

/** Pages the production build emits at the site root. */
export const BUILT_PAGES = [
  "taskpane.html",
  "tab.html",
  "auth-redirect.html",
  "dialog.html",
] as const;

/** A page the production build emits. */
export type BuiltPage = (typeof BUILT_PAGES)[number];

/** Pages that exist only in development and must never be served in production. */
export const DEV_ONLY_PAGES = ["workbench.html"] as const;

/** Where the icons live, in the repository and under the site root. */
export const ICON_DIR = "assets/icons";

/** Ribbon button and group icons (Outlook requires 16, 32 and 80 px). */
export const RIBBON_ICON_SIZES = [16, 32, 80] as const;

/** Add-in list icons of the XML manifest: IconUrl is 64 px, HighResolutionIconUrl 128 px. */
export const LIST_ICON_SIZES = [64, 128] as const;

/** Outlook mobile button icons: 25, 32 and 48 px, each at device scales 1, 2 and 3. */
export const MOBILE_ICON_SIZES = [25, 32, 48] as const;
export const MOBILE_ICON_SCALES = [1, 2, 3] as const;

/** Every size committed in assets/icons/ (in pixels), smallest first. */
export const SITE_ICON_SIZES: readonly number[] = [
  ...new Set([
    ...RIBBON_ICON_SIZES,
    ...LIST_ICON_SIZES,
    ...MOBILE_ICON_SIZES.flatMap((size) => MOBILE_ICON_SCALES.map((scale) => size * scale)),
  ]),
].sort((a, b) => a - b);

/** File name of a site icon of the given size. */
export function siteIconFile(size: number): string {
  return `icon-${size}.png`;
}

/** Icons inside the Teams/Microsoft 365 app package (fixed sizes required by the schema). */
export const PACKAGE_ICONS = {
  color: { file: "color.png", size: 192 },
  outline: { file: "outline.png", size: 32 },
} as const;

/** The absolute URLs the manifests point at, all under one deploy base URL. */
export interface SiteUrls {
  /** Outlook task pane: `taskpane.html?host=outlook` (the page reads the host from the query). */
  readonly taskpane: string;
  /** Teams personal tab, configurable tab content and meeting side panel. */
  readonly tab: string;
  /** Configuration page of the configurable tab. */
  readonly tabConfig: string;
  /** The same tab opened in a plain browser ("Open in browser" in Teams): no host parameter. */
  readonly tabInBrowser: string;
  /** MSAL redirect bridge (must be an SPA redirect URI of the Entra app). */
  readonly authRedirect: string;
  /** Office dialog sign-in fallback. */
  readonly dialog: string;
  /** Site icon URL by size. */
  readonly icon: (size: number) => string;
}

/** Builds the manifest URLs for a site whose pages live directly under `baseUrl` (no trailing slash). */
export function siteUrls(baseUrl: string): SiteUrls {
  const page = (name: BuiltPage, query = "") => `${baseUrl}/${name}${query}`;
  return {
    taskpane: page("taskpane.html", "?host=outlook"),
    tab: page("tab.html", "?host=teams"),
    tabConfig: page("tab.html", "?host=teams&view=config"),
    tabInBrowser: page("tab.html"),
    authRedirect: page("auth-redirect.html"),
    dialog: page("dialog.html"),
    icon: (size) => `${baseUrl}/${ICON_DIR}/${siteIconFile(size)}`,
  };
}

/**
 * Files the manifests point at that are missing from a built site folder (dist/): the pages and the
 * site icons. An empty list means every manifest URL will find its file once dist/ is deployed.
 */
export function missingSiteFiles(exists: (relativePath: string) => boolean): string[] {
  const wanted = [
    ...BUILT_PAGES,
    ...SITE_ICON_SIZES.map((size) => `${ICON_DIR}/${siteIconFile(size)}`),
  ];
  return wanted.filter((path) => !exists(path));
}
