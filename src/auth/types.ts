// The TokenProvider port: every host's sign-in hides behind it, so Graph code never knows which.

export interface TokenRequest {
  /** Skip any cached token: used once after Graph answered 401. */
  forceRefresh?: boolean;
}

export interface TokenProvider {
  /** An access token for Microsoft Graph (or the sandbox) for the signed-in user. */
  getToken(request?: TokenRequest): Promise<string>;
  /**
   * Forgets the user's tokens on this device, so the next sign-in asks who is signing in. Absent
   * where the host owns the account (nested app auth: the user signs out of Outlook or Teams).
   */
  signOut?(): Promise<void>;
  /**
   * A token from what this device already holds (a cached account), never opening a window; null
   * when the user must sign in. Lets a reload skip the "Sign in" click a window-based sign-in needs.
   */
  silentToken?(): Promise<string | null>;
}
