// Whether the user still has to sign in, and the one action that does it (from a click, not page start).
import { useSyncExternalStore } from "react";
import { useServices } from "./services";

/** Why the page is not signed in yet, so the header can say it once, plainly. */
export type SignInNeed =
  | "not-yet" // nobody has asked yet: a sign-in window may only open from the user's click
  | "cancelled" // the user closed the window
  | "blocked" // the host or browser would not open the window
  | "consent" // the organisation has not granted what the app asks for
  | "failed";

export type SignInStatus =
  { state: "signed-in" } | { state: "needed"; why: SignInNeed } | { state: "signing-in" };

export interface SignInControl {
  status(): SignInStatus;
  subscribe(listener: () => void): () => void;
  /** Opens the host's sign-in window; call it from the user's click. */
  signIn(): Promise<void>;
}

const SIGNED_IN: SignInStatus = { state: "signed-in" };
const ALWAYS: SignInControl = {
  status: () => SIGNED_IN,
  subscribe: () => () => {},
  signIn: async () => {},
};

/** The page's sign-in state (always signed in where sign-in needs no window: NAA, sandbox). */
export function useSignIn(): { status: SignInStatus; signIn: () => Promise<void> } {
  const control = useServices().signIn ?? ALWAYS;
  const status = useSyncExternalStore(control.subscribe, control.status);
  return { status, signIn: control.signIn };
}
