// Teams' sign-in window (authentication.authenticate): the tab's opener, adapted to the sign-in
// fallback's OpenDialog, and the window's way of answering.
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

/** Why our sign-in page in Teams does not answer: not opened by Teams for sign-in, or by another app. */
export type TeamsSignInRefusal = "notSignInWindow" | "otherApp";

/**
 * In our sign-in page: the function that hands the answer back to the tab, or why this page must
 * not answer. teams-js takes its parent only from a message on a valid Teams origin and posts only
 * to that origin (internal/communication.js, internal/validOrigins.js of the pinned 2.58). On top
 * of that the page answers only:
 * - in the frame Teams opens for `authentication.authenticate` (FrameContexts.authentication, "the
 *   authentication window launched by calling authentication.authenticate": teams-js public/
 *   constants; msteams-docs tabs/how-to/authentication/auth-flow-tab.md), never in a tab or a
 *   window another page opened;
 * - when Teams names our Teams app as the one that opened it (context `app.appId`, "the unique
 *   identifier assigned to the app after deployment": teams-js public/app/app.d.ts). Any Teams app
 *   that lists our domain in validDomains may open this page; the token must reach only ours. The
 *   field is optional in teams-js, and a Teams that leaves it out cannot prove who asked, so the
 *   page refuses then too (the stricter reading; such Teams clients also lack nested app auth, and
 *   the user signs in through Outlook or the browser instead).
 * Resolves once teams-js is initialised (it never is outside Teams).
 */
export async function teamsSignInAnswer(
  sdk: TeamsSdk,
  teamsAppId: string | undefined,
): Promise<((message: string) => void) | TeamsSignInRefusal> {
  await sdk.app.initialize();
  const authentication = sdk.authentication;
  if (!authentication) return "notSignInWindow";
  const context = await sdk.app.getContext();
  if (context.page.frameContext !== "authentication") return "notSignInWindow";
  const opener = context.app.appId?.toString().toLowerCase();
  if (!teamsAppId || !opener || opener !== teamsAppId.toLowerCase()) return "otherApp";
  return (message) => authentication.notifySuccess(message);
}
