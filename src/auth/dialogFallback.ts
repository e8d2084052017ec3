// Outlook sign-in without nested app auth: our sign-in page in an Office dialog hands the token
// back.
import type { TokenProvider } from "./types";

/**
 * What the dialog page sends back with `Office.context.ui.messageParent` or Teams'
 * `authentication.notifySuccess` (a JSON string). `state` echoes the one the pane put in the
 * page's URL: an answer to any other request is refused.
 */
export type DialogMessage =
  | { type: "token"; accessToken: string; expiresOn: number; state: string }
  | { type: "error"; code: string; message: string };

/** An open Office dialog, as the caller adapts `Office.context.ui.displayDialogAsync`'s result. */
export interface OfficeDialog {
  /** DialogMessageReceived: the page's message string. */
  onMessage(listener: (message: string) => void): void;
  /** DialogEventReceived: the dialog closed (12006: the user closed it) or failed to navigate. */
  onClosed(listener: (code: number) => void): void;
  close(): void;
}

/** Opens the dialog; the caller wraps `displayDialogAsync` (its callback promisified once). */
export type OpenDialog = (
  url: string,
  options: { height: number; width: number; promptBeforeOpen: boolean },
) => Promise<OfficeDialog>;

/** Thrown when the user closed the sign-in dialog or it reported an error. */
export class SignInError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "SignInError";
    this.code = code;
  }
}

/** Serialises the dialog page's answer (used by the dialog entry). */
export function dialogMessage(message: DialogMessage): string {
  return JSON.stringify(message);
}

/** Reads the dialog page's answer; anything unexpected becomes an error message. */
export function parseDialogMessage(raw: string): DialogMessage {
  try {
    const value = JSON.parse(raw) as Partial<Record<string, unknown>>;
    if (
      value.type === "token" &&
      typeof value.accessToken === "string" &&
      typeof value.expiresOn === "number" &&
      typeof value.state === "string"
    ) {
      return {
        type: "token",
        accessToken: value.accessToken,
        expiresOn: value.expiresOn,
        state: value.state,
      };
    }
    if (value.type === "error") {
      return {
        type: "error",
        code: String(value.code ?? "unknown"),
        message: String(value.message ?? ""),
      };
    }
  } catch {
    // Fall through: not our message.
  }
  return {
    type: "error",
    code: "bad_message",
    message: "The sign-in window answered in an unexpected way.",
  };
}

/** Options for `createDialogTokens`. */
export interface DialogTokenOptions {
  openDialog: OpenDialog;
  /**
   * Absolute https URL of our sign-in page (same domain as the add-in, as Office requires). The
   * page takes its scopes from the deployment's config.json, never from this URL: a link that
   * named other scopes must not be able to widen what the token may do.
   */
  dialogUrl: string;
  loginHint?: string;
  /** A fresh unguessable value per window (tests inject one). */
  newState?: () => string;
  now?: () => number;
  /** Renew this long before expiry. */
  renewBeforeMs?: number;
}

/**
 * A TokenProvider that opens the sign-in dialog when it has no fresh token. The token is kept in
 * this closure (memory) only; concurrent callers share one dialog.
 */
export function createDialogTokens(options: DialogTokenOptions): TokenProvider {
  const now = options.now ?? (() => Date.now());
  const renewBeforeMs = options.renewBeforeMs ?? 60_000;
  let cached: { token: string; expiresOn: number } | undefined;
  let pending: Promise<string> | undefined;

  async function signIn(): Promise<string> {
    const state = (options.newState ?? (() => crypto.randomUUID()))();
    const url = new URL(options.dialogUrl);
    url.searchParams.set("state", state);
    if (options.loginHint) url.searchParams.set("loginHint", options.loginHint);
    const dialog = await options.openDialog(url.toString(), {
      height: 60,
      width: 30,
      promptBeforeOpen: false,
    });
    const message = await new Promise<DialogMessage>((resolve) => {
      dialog.onMessage((raw) => resolve(parseDialogMessage(raw)));
      dialog.onClosed((code) =>
        resolve({
          type: "error",
          code: String(code),
          message: "The sign-in window was closed before signing in.",
        }),
      );
    });
    dialog.close();
    if (message.type === "error") throw new SignInError(message.code, message.message);
    if (message.state !== state) {
      throw new SignInError("state_mismatch", "The sign-in window answered another request.");
    }
    cached = { token: message.accessToken, expiresOn: message.expiresOn };
    return message.accessToken;
  }

  return {
    // The token lives only in this closure: forgetting it is the whole sign-out.
    async signOut() {
      cached = undefined;
    },
    getToken(request) {
      if (!request?.forceRefresh && cached && cached.expiresOn - renewBeforeMs > now()) {
        return Promise.resolve(cached.token);
      }
      pending ??= signIn().finally(() => {
        pending = undefined;
      });
      return pending;
    },
  };
}
