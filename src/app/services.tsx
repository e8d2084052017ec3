// The services a page runs with (host, Graph, clock), chosen by its entry and handed down by React.
import { createContext, useContext, type ReactNode } from "react";
import type { AppConfig } from "../domain/config";
import type { GraphClient } from "../graph/client";
import type { Host } from "../hosts/types";

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
  /** True once sign-in fell back to basic profiles (User.Read.All not consented). */
  directoryLimited?: () => boolean;
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
