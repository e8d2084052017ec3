// Picks and connects the host adapter for this page from the URL the manifests (or workbench) gave
// it.
import { createBrowserHost } from "../hosts/browser/browserHost";
import { hostKindFromUrl, surfaceFromUrl } from "../hosts/detect";
import type { OfficeApi } from "../hosts/outlook/officeApi";
import type { OpenDialog } from "../auth/dialogFallback";
import type { TeamsSdk } from "../hosts/teams/teamsSdk";
import type { Host } from "../hosts/types";
import { loadOfficeJs } from "./loadOfficeJs";

// The Outlook and Teams adapters load only in their host, in parallel with office.js or teams-js
// (which take longer): the first render's bytes, and a plain browser page, carry neither.
const outlookAdapter = () =>
  Promise.all([
    import(/* webpackChunkName: "outlook-host" */ "../hosts/outlook/outlookHost"),
    import(/* webpackChunkName: "outlook-host" */ "../hosts/outlook/signInDialog"),
  ]).then(([host, dialog]) => ({ ...host, ...dialog }));
const teamsAdapter = () =>
  Promise.all([
    import(/* webpackChunkName: "teams-host" */ "../hosts/teams/teamsHost"),
    import(/* webpackChunkName: "teams-host" */ "../hosts/teams/signInWindow"),
  ]).then(([host, window]) => ({ ...host, ...window }));

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

export async function connectHost(location: Location): Promise<ConnectedHost> {
  const kind = hostKindFromUrl(location.search);
  const surface = surfaceFromUrl(location);
  const bridge = workbenchBridge();
  if (kind === "outlook") {
    const [adapter, office] = await Promise.all([
      outlookAdapter().catch(() => null), // a dropped chunk reads like office.js not loading
      bridge ? bridge.office : loadOfficeJs(),
    ]);
    if (adapter && office) {
      return {
        host: adapter.createOutlookHost(office, surface),
        signInDialog: adapter.officeDialogOpener(office),
      };
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
    // teams-js starts downloading now, not once the adapter has arrived.
    const sdk = import("@microsoft/teams-js");
    sdk.catch(() => {}); // createTeamsHost reports it, as "teams-unavailable"
    const adapter = await teamsAdapter().catch(() => null);
    if (!adapter) {
      return {
        host: createBrowserHost({
          surface,
          language: navigator.language,
          matchMedia: (q) => window.matchMedia(q),
          problem: "teams-unavailable",
        }),
        signInDialog: null,
      };
    }
    const host = await adapter.createTeamsHost(async () => (loaded.sdk = await sdk), {
      fallbackLocale: navigator.language,
      pageUrl: location.href,
      pageSurface: surface,
    });
    // Teams' sign-in window, for Teams clients without nested app auth.
    const signInDialog =
      !host.context.problem && loaded.sdk ? adapter.teamsSignInOpener(loaded.sdk) : null;
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
