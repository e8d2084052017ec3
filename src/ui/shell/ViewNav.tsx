// Navigation between feature views: a tab list that also works in a 320 px pane, views lazy-loaded.
import { lazy, Suspense } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { routeToView, useNavigation } from "../../app/navigation";
import type { Surface } from "../../hosts/types";
import { useAfterFirstPaint } from "../common/afterPaint";
import { LazyView, ViewBoundary } from "../common/LazyView";
import { viewsFor } from "./views";

// Its own chunk (Fluent's tabs and tabster), requested once the first view has painted: the tabs
// are not what a student uses first, and fetching them beside the first render slowed it.
const NavTabs = lazy(() => import("./NavTabs"));

/**
 * Top-level navigation. The "interview" route is not a tab: it is where a contact opens, and the
 * view registered under the id "interview" shows it.
 */
export function ViewNav({ surface }: { surface: Surface }) {
  const t = useT();
  const { route, go } = useNavigation();
  const all = viewsFor(surface);
  const tabs = all.filter((v) => v.id !== "interview");
  const view = all.find((v) => v.id === route.view) ?? tabs[0];
  const painted = useAfterFirstPaint();
  if (!view) return null;
  // A surface with one view (the advisors' tab) has nothing to switch to: no tab list, a region.
  const single = all.length === 1;
  return (
    <>
      {single || !painted ? null : (
        <ViewBoundary fallback={<p role="alert">{t("view.failed")}</p>}>
          <Suspense fallback={null}>
            <NavTabs
              tabs={tabs}
              selected={view.id === "interview" ? null : view.id}
              onSelect={(id) => go(routeToView(id))}
            />
          </Suspense>
        </ViewBoundary>
      )}
      <div role={single ? "region" : "tabpanel"} aria-label={t(view.label)}>
        <LazyView key={view.id}>
          <view.Component />
        </LazyView>
      </div>
    </>
  );
}
