// Adapts Teams' sign-in window (authentication.authenticate) to the sign-in fallback's OpenDialog.
import type { OfficeDialog, OpenDialog } from "../../auth/dialogFallback";
import type { TeamsSdk } from "./teamsSdk";

/** The code the fallback reports when the user closed the window (Office's 12006, same meaning). */
export const WINDOW_CLOSED = 12006;

/** Teams sizes its window in pixels; these fit Entra's sign-in page. */
const SIZE = { width: 600, height: 640 };

/**
 * The window opener for sign-in in Teams, or null when this Teams cannot open one. Teams'
 * `authenticate` resolves with the page's `notifySuccess` text, which is our dialog message, and
 * rejects when the user closes the window ("CancelledByUser") or it fails.
 */
export function teamsSignInOpener(sdk: TeamsSdk): OpenDialog | null {
  const authentication = sdk.authentication;
  if (!authentication) return null;
  return async (url) => {
    const answer = authentication.authenticate({ url, ...SIZE });
    const dialog: OfficeDialog = {
      onMessage(listener) {
        answer.then(listener, () => undefined);
      },
      onClosed(listener) {
        answer.then(
          () => undefined,
          () => listener(WINDOW_CLOSED),
        );
      },
      // Teams closes its window itself once the page has answered.
      close: () => undefined,
    };
    return dialog;
  };
}
