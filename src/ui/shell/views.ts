// The feature views the shell can show, each loaded only when first opened (keeps first paint small).
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { MessageKey } from "../../app/i18n/messages";
import { withMessages } from "../../app/i18n/withMessages";
import type { Surface } from "../../hosts/types";

export interface ViewDef {
  id: string;
  label: MessageKey;
  surfaces: readonly Surface[];
  Component: LazyExoticComponent<ComponentType>;
}

/** Declares a lazily loaded view. */
export function defineView(
  id: string,
  label: MessageKey,
  surfaces: readonly Surface[],
  load: () => Promise<{ default: ComponentType }>,
): ViewDef {
  return { id, label, surfaces, Component: lazy(withMessages(load)) };
}

/** Feature views in navigation order. */
export const VIEWS: readonly ViewDef[] = [
  defineView("find", "nav.find", ["taskpane", "tab"], () => import("../find/FindView")),
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
  defineView("advisor", "nav.advisor", ["tab"], () => import("../advisor/AdvisorView")),
];

export function viewsFor(surface: Surface): ViewDef[] {
  return VIEWS.filter((view) => view.surfaces.includes(surface));
}
