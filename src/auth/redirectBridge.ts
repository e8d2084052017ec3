// The redirect-bridge page's work: hand the sign-in response in this popup's URL back to the
// opener.

/** The function msal-browser 5 exports from "@azure/msal-browser/redirect-bridge". */
export type BroadcastResponse = () => Promise<void>;

/**
 * Runs on the same-origin page named as `redirectUri`. msal-browser 5 no longer reads the popup's
 * URL from the opener; this page must call `broadcastResponseToMainFrame`, which posts the response
 * to the waiting main frame and closes the popup. Loaded lazily: the page needs nothing else.
 */
export async function runRedirectBridge(
  load: () => Promise<BroadcastResponse> = async () =>
    (await import("@azure/msal-browser/redirect-bridge")).broadcastResponseToMainFrame,
): Promise<void> {
  const broadcast = await load();
  await broadcast();
}
