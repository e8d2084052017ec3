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
