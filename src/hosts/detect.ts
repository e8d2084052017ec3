// Which host the page was opened in, read from the URL the manifests give it — never by probing.
import type { HostKind, Surface } from "./types";

/**
 * Reads `?host=outlook|teams` (set by the manifests); anything else is a plain browser.
 * Probing instead would be slow: teams-js waits 60 s before failing inside a non-Teams frame.
 */
export function hostKindFromUrl(search: string): HostKind {
  const host = new URLSearchParams(search).get("host");
  return host === "outlook" || host === "teams" ? host : "browser";
}

/** The surface a page shows by default: the task pane page is a pane, the tab page a tab. */
export function defaultSurface(pathname: string): Surface {
  return /taskpane/.test(pathname) ? "taskpane" : "tab";
}

/** The view that makes the tab page the advisors' tab (the channel tab's saved content URL). */
export const ADVISORS_VIEW = "advisor";

/**
 * The surface a page serves, from its URL alone (known before the host answers): `?frame=sidePanel`
 * (the workbench's side panel), the tab page opened on the advisors' view (the channel tab the
 * career centre configured, and its `websiteUrl` in a browser), else the page's default.
 */
export function surfaceFromUrl(location: Pick<Location, "search" | "pathname">): Surface {
  const params = new URLSearchParams(location.search);
  if (params.get("frame") === "sidePanel") return "sidePanel";
  const surface = defaultSurface(location.pathname);
  return surface === "tab" && params.get("view") === ADVISORS_VIEW ? "advisorsTab" : surface;
}
