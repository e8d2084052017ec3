// What sign-in state the page is in, and the one action that signs in (from a click, not page
// start).

/** Why the page is not signed in yet, so the header can say it once, plainly. */
export type SignInNeed =
  | "not-yet" // nobody has asked yet: a sign-in window may only open from the user's click
  | "cancelled" // the user closed the window
  | "blocked" // the host or browser would not open the window
  | "consent" // the organisation has not granted what the app asks for
  | "failed";

export type SignInStatus =
  /** `canSignOut`: the app holds this sign-in (not the host), so it can offer Sign out. */
  | { state: "signed-in"; canSignOut?: boolean }
  | { state: "needed"; why: SignInNeed }
  | { state: "signing-in" };

export interface SignInControl {
  status(): SignInStatus;
  subscribe(listener: () => void): () => void;
  /** Opens the host's sign-in window; call it from the user's click. */
  signIn(): Promise<void>;
  /**
   * Signs out where the app holds the sign-in (`canSignOut`: a window or popup, not the host's
   * nested app auth): forgets the user's tokens on this device.
   */
  signOut?(): Promise<void>;
}
