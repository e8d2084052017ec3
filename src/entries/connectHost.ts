// Picks and connects the host adapter for this page from the URL the manifests (or workbench) gave it.
import { createBrowserHost } from "../hosts/browser/browserHost";
import { defaultSurface, hostKindFromUrl } from "../hosts/detect";
import type { OfficeApi } from "../hosts/outlook/officeApi";
import { createOutlookHost } from "../hosts/outlook/outlookHost";
import { officeDialogOpener } from "../hosts/outlook/signInDialog";
import type { OpenDialog } from "../auth/dialogFallback";
import type { TeamsSdk } from "../hosts/teams/teamsSdk";
import { createTeamsHost } from "../hosts/teams/teamsHost";
import { teamsSignInOpener } from "../hosts/teams/signInWindow";
import type { Host, Surface } from "../hosts/types";
import { loadOfficeJs } from "./loadOfficeJs";

/**
 * What the workbench page exposes to the surfaces it frames (development builds only): its
 * simulated Office. Teams frames need nothing from here: they run the real teams-js, which the
 * workbench answers over postMessage as Teams does.
 */
export interface WorkbenchBridge {
  office: OfficeApi;
}

function workbenchBridge(): WorkbenchBridge | null {
  if (!__SANDBOX__) return null;
  try {
    return (window.parent as unknown as { workbench?: WorkbenchBridge }).workbench ?? null;
  } catch {
    return null; // a cross-origin parent: not the workbench
  }
}

export interface ConnectedHost {
  host: Host;
  /** Outlook's dialog or Teams' sign-in window, for the sign-in fallback; null elsewhere. */
  signInDialog: OpenDialog | null;
}

/** The surface a page serves, from its URL alone (known before the host answers). */
export function pageSurface(location: Pick<Location, "search" | "pathname">): Surface {
  return new URLSearchParams(location.search).get("frame") === "sidePanel"
    ? "sidePanel"
    : defaultSurface(location.pathname);
}

export async function connectHost(location: Location): Promise<ConnectedHost> {
  const kind = hostKindFromUrl(location.search);
  const surface = pageSurface(location);
  const bridge = workbenchBridge();
  if (kind === "outlook") {
    const office = bridge ? bridge.office : await loadOfficeJs();
    if (office) {
      return { host: createOutlookHost(office, surface), signInDialog: officeDialogOpener(office) };
    }
    return {
      host: createBrowserHost({
        surface,
        language: navigator.language,
        matchMedia: (q) => window.matchMedia(q),
        problem: "office-unavailable",
      }),
      signInDialog: null,
    };
  }
  if (kind === "teams") {
    const loaded: { sdk: TeamsSdk | null } = { sdk: null };
    const host = await createTeamsHost(
      async () => (loaded.sdk = await import("@microsoft/teams-js")),
      { fallbackLocale: navigator.language, pageUrl: location.href },
    );
    // Teams' sign-in window, for Teams clients without nested app auth.
    const signInDialog = !host.context.problem && loaded.sdk ? teamsSignInOpener(loaded.sdk) : null;
    return { host, signInDialog };
  }
  return {
    host: createBrowserHost({
      surface,
      language: navigator.language,
      matchMedia: (q) => window.matchMedia(q),
    }),
    signInDialog: null,
  };
}
