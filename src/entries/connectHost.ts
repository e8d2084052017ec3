// Picks and connects the host adapter for this page from the URL the manifests (or workbench) gave it.
import { createBrowserHost } from "../hosts/browser/browserHost";
import { defaultSurface, hostKindFromUrl } from "../hosts/detect";
import type { OfficeApi } from "../hosts/outlook/officeApi";
import { createOutlookHost } from "../hosts/outlook/outlookHost";
import type { TeamsSdk } from "../hosts/teams/teamsSdk";
import { createTeamsHost } from "../hosts/teams/teamsHost";
import type { Host } from "../hosts/types";
import { loadOfficeJs } from "./loadOfficeJs";

/** What the workbench page exposes to the surfaces it frames (development builds only). */
export interface WorkbenchBridge {
  office: OfficeApi;
  teams(frameContext: "content" | "sidePanel"): TeamsSdk;
}

function workbenchBridge(): WorkbenchBridge | null {
  if (!__SANDBOX__) return null;
  try {
    return (window.parent as unknown as { workbench?: WorkbenchBridge }).workbench ?? null;
  } catch {
    return null; // a cross-origin parent: not the workbench
  }
}

export async function connectHost(location: Location): Promise<Host> {
  const params = new URLSearchParams(location.search);
  const kind = hostKindFromUrl(location.search);
  const surface =
    params.get("frame") === "sidePanel" ? "sidePanel" : defaultSurface(location.pathname);
  const bridge = workbenchBridge();
  if (kind === "outlook") {
    const office = bridge ? bridge.office : await loadOfficeJs();
    if (office) return createOutlookHost(office, surface);
    return createBrowserHost({
      surface,
      language: navigator.language,
      matchMedia: (q) => window.matchMedia(q),
      problem: "office-unavailable",
    });
  }
  if (kind === "teams") {
    const frame = surface === "sidePanel" ? "sidePanel" : "content";
    return createTeamsHost(
      bridge ? async () => bridge.teams(frame) : () => import("@microsoft/teams-js"),
      { fallbackLocale: navigator.language },
    );
  }
  return createBrowserHost({
    surface,
    language: navigator.language,
    matchMedia: (q) => window.matchMedia(q),
  });
}
