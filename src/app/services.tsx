// The services a page runs with (host, Graph, clock), chosen by its entry and handed down by React.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import type { AppConfig } from "../domain/config";
import type { GraphClient } from "../graph/client";
import type { Host } from "../hosts/types";
import type { OutboxReplay } from "./outbox/outbox";
import type { SignInControl, SignInStatus } from "./signInControl";

/** Who the page acts for, as far as the page knows before asking Graph. */
export interface SignedInUser {
  userPrincipalName: string;
  displayName?: string;
}

export interface AppServices {
  host: Host;
  config: AppConfig;
  /** The one Graph gateway (sandbox or Microsoft Graph, the views cannot tell). */
  graph: GraphClient;
  user: SignedInUser | null;
  /** The clock: views read time through it so tests and the timekeeper can control it. */
  now: () => Date;
  /**
   * Whether sign-in fell back to basic profiles (User.Read.All not consented). Sign-in finishes after
   * the shell renders, so the answer can change: subscribe to follow it.
   */
  directoryLimited?: LimitedFlag;
  /** Present when sign-in needs a window (no nested app auth): the header offers "Sign in". */
  signIn?: SignInControl;
  /** Sends what an earlier page left unsent, once Graph answers (absent: nothing is replayed). */
  replayOutbox?: OutboxReplay;
}

/** A flag that turns on at most once, some time after first render. */
export interface LimitedFlag {
  get(): boolean;
  subscribe(listener: () => void): () => void;
}

/** A LimitedFlag and the function that raises it. */
export function createLimitedFlag(): { flag: LimitedFlag; raise: () => void } {
  let value = false;
  const listeners = new Set<() => void>();
  return {
    flag: {
      get: () => value,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    raise: () => {
      if (value) return;
      value = true;
      listeners.forEach((listener) => listener());
    },
  };
}

const NEVER: LimitedFlag = { get: () => false, subscribe: () => () => {} };

/** True once sign-in has fallen back to basic profiles; re-renders when that happens. */
export function useDirectoryLimited(): boolean {
  const flag = useServices().directoryLimited ?? NEVER;
  return useSyncExternalStore(flag.subscribe, flag.get);
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ value, children }: { value: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices outside ServicesProvider");
  return services;
}

const SIGNED_IN: SignInStatus = { state: "signed-in" };
const ALWAYS: SignInControl = {
  status: () => SIGNED_IN,
  subscribe: () => () => {},
  signIn: async () => {},
};

/** The page's sign-in state (always signed in where sign-in needs no window: NAA, sandbox). */
export function useSignIn(): {
  status: SignInStatus;
  signIn: () => Promise<void>;
  /** Present where the app holds the sign-in; clears the user's data on this device first. */
  signOut?: () => Promise<void>;
} {
  const control = useServices().signIn ?? ALWAYS;
  const status = useSyncExternalStore(control.subscribe, control.status);
  return {
    status,
    signIn: control.signIn,
    ...(control.signOut ? { signOut: control.signOut } : {}),
  };
}
