// Where the user is inside a page: a top-level view, or one interview (contact) and its section.
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

/** The top-level views a page may open on with `?view=<id>`, and the tabs' ids. */
export const TAB_VIEWS = ["find", "pipeline", "questions", "prep", "learned", "advisor"] as const;
export type TabView = (typeof TAB_VIEWS)[number];

/**
 * Where the user is: a tab; one interview (`contactId`, and the section's tab, else the first);
 * or `start`, none asked for (or an unknown one), which shows the surface's first view.
 */
export type Route =
  | { view: TabView }
  | { view: "interview"; contactId: string; section?: string }
  | { view: "start" };

/** The route for a view id from a URL or a tab: the tab when it is one, else the start. */
export function routeToView(id: string | null): Route {
  const tab = TAB_VIEWS.find((view) => view === id);
  return tab ? { view: tab } : { view: "start" };
}

/**
 * The route a page opens on: `?contact=<id>` for one interview, else `?view=<id>` (a public
 * contract: manifests and links use both). `?view=interview` without a contact opens no one.
 */
export function initialRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const contactId = params.get("contact");
  if (contactId) return { view: "interview", contactId };
  const view = params.get("view");
  if (view === "interview") return { view: "interview", contactId: "" };
  return routeToView(view);
}

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
