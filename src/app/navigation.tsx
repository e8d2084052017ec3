// Where the user is inside a page: a top-level view, or one interview (contact) and its section.
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

export type Route = { view: string } | { view: "interview"; contactId: string; section?: string };

export interface Navigation {
  route: Route;
  go(route: Route): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ initial, children }: { initial: Route; children: ReactNode }) {
  const [route, setRoute] = useState<Route>(initial);
  const value = useMemo(() => ({ route, go: setRoute }), [route]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error("useNavigation outside NavigationProvider");
  return navigation;
}
