// The feature views the shell can show, each loaded only when first opened (keeps first paint
// small).
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { FindView, preloadFindResults } from "../find/FindView";
import type { MessageKey } from "../../app/i18n/messages";
import { initialRoute, type TabView } from "../../app/navigation";
import { withMessages } from "../../app/i18n/withMessages";
import type { Surface } from "../../hosts/types";

export interface ViewDef {
  /** A tab, or "interview": where one contact opens (not a tab). */
  id: TabView | "interview";
  label: MessageKey;
  surfaces: readonly Surface[];
  Component: ComponentType | LazyExoticComponent<ComponentType>;
  /** Starts downloading the view (and the feature strings) before React asks for it. */
  preload: () => void;
}

/** Declares a lazily loaded view. */
export function defineView(
  id: ViewDef["id"],
  label: MessageKey,
  surfaces: readonly Surface[],
  load: () => Promise<{ default: ComponentType }>,
): ViewDef {
  let loading: Promise<{ default: ComponentType }> | undefined;
  // One promise for preload and lazy() alike; a failed download may be tried again on next use.
  const loadOnce = () =>
    (loading ??= withMessages(load)().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return {
    id,
    label,
    surfaces,
    Component: lazy(loadOnce),
    preload: () => void loadOnce().catch(() => {}),
  };
}

/** Feature views in navigation order. */
export const VIEWS: readonly ViewDef[] = [
  // Find is the first view of the pane and the tab: its search box ships with the page (the rest
  // of Find loads behind it), so the first interactive view waits for no chunk.
  {
    id: "find",
    label: "nav.find",
    surfaces: ["taskpane", "tab"],
    Component: FindView,
    preload: preloadFindResults,
  },
  defineView(
    "pipeline",
    "nav.pipeline",
    ["taskpane", "tab"],
    () => import("../pipeline/PipelineView"),
  ),
  defineView(
    "interview",
    "nav.pipeline",
    ["taskpane", "tab"],
    () => import("../interview/InterviewView"),
  ),
  defineView(
    "questions",
    "nav.questions",
    ["taskpane", "tab"],
    () => import("../questions/QuestionBankView"),
  ),
  defineView("prep", "nav.prep", ["sidePanel", "taskpane"], () => import("../meeting/PrepView")),
  // The student's own takeaways: never on the advisors' surface (their words stay theirs).
  defineView("learned", "nav.learned", ["taskpane", "tab"], () => import("../learned/LearnedView")),
  // The career centre's tools live only in its channel tab, never in a student's personal tab.
  defineView("advisor", "nav.advisor", ["advisorsTab"], () => import("../advisor/AdvisorView")),
];

export function viewsFor(surface: Surface): ViewDef[] {
  return VIEWS.filter((view) => view.surfaces.includes(surface));
}

/** The view a page opens on: `?view=`, `?contact=`, else the surface's first. */
export function firstView(surface: Surface, search: string): ViewDef | undefined {
  const wanted = initialRoute(search).view;
  const views = viewsFor(surface);
  return views.find((view) => view.id === wanted) ?? views[0];
}
