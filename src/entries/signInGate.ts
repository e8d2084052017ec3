// Holds a window-based sign-in (Office dialog, Teams window, MSAL popup) until the user clicks Sign
// in.
import type { TokenProvider } from "../auth/types";
import type { SignInControl, SignInNeed, SignInStatus } from "../app/signInControl";

/** Thrown to Graph calls made before the user signed in: the middleware reads it as signed out. */
export class SignInNeededError extends Error {
  constructor() {
    super("Sign in to continue.");
    this.name = "SignInNeededError";
  }
}

/** Why a sign-in window failed, from Office's, Teams' and MSAL's codes and messages. */
export function whySignInFailed(error: unknown): SignInNeed {
  const code = String((error as { code?: unknown; errorCode?: unknown })?.code ?? "");
  const text = `${code} ${(error as { errorCode?: unknown })?.errorCode ?? ""} ${String(
    (error as Error)?.message ?? error,
  )}`.toLowerCase();
  // Office 12006 / Teams CancelledByUser / MSAL user_cancelled: the user closed the window.
  if (/12006|cancelledbyuser|user_cancelled/.test(text)) return "cancelled";
  // Office 12009 (dialogs blocked), 12007 (one already open), MSAL popup_window_error.
  if (/12009|12007|popup_window_error|failedtoopenwindow|blocked/.test(text)) return "blocked";
  if (/consent|aadsts65001|aadsts90094/.test(text)) return "consent";
  return "failed";
}

/** The sign-in the page chose: interactive ones need a window, so a click. */
export interface ChosenSignIn {
  interactive: boolean;
  tokens: TokenProvider;
}

/**
 * Wraps the chosen provider. Nested app auth passes straight through. A window-based one is held:
 * until `signIn()` (from a click) succeeds, token requests fail at once and the status says sign-in
 * is needed, so no window opens at page start (hosts and browsers block windows no click opened).
 */
export function createSignInGate(chosen: Promise<ChosenSignIn>): {
  tokens: TokenProvider;
  control: SignInControl;
} {
  // Until the choice is known nothing is claimed: the header stays quiet.
  let status: SignInStatus = { state: "signed-in" };
  const listeners = new Set<() => void>();
  const set = (next: SignInStatus) => {
    status = next;
    listeners.forEach((listener) => listener());
  };
  let signedIn = false;
  const ready = chosen.then(async (choice) => {
    // A user who signed in before on this device (MSAL's cache) needs no click and no window.
    if (choice.interactive && !signedIn && choice.tokens.silentToken) {
      signedIn = (await choice.tokens.silentToken().catch(() => null)) !== null;
    }
    if (choice.interactive && !signedIn) set({ state: "needed", why: "not-yet" });
    else if (choice.tokens.signOut) set({ state: "signed-in", canSignOut: true });
    return choice;
  });
  ready.catch(() => {});
  return {
    tokens: {
      async getToken(request) {
        const choice = await ready;
        if (choice.interactive && !signedIn) throw new SignInNeededError();
        return choice.tokens.getToken(request);
      },
    },
    control: {
      status: () => status,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      async signIn() {
        if (status.state === "signing-in") return;
        set({ state: "signing-in" });
        try {
          const { tokens } = await ready;
          await tokens.getToken();
          signedIn = true;
          set({ state: "signed-in", canSignOut: tokens.signOut !== undefined });
        } catch (error) {
          set({ state: "needed", why: whySignInFailed(error) });
        }
      },
      async signOut() {
        const choice = await ready;
        if (!choice.tokens.signOut) return;
        await choice.tokens.signOut();
        signedIn = false;
        set(
          choice.interactive
            ? { state: "needed", why: "not-yet" }
            : { state: "signed-in", canSignOut: true },
        );
      },
    },
  };
}
