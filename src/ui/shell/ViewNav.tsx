// Navigation between feature views: a tab list that also works in a 320 px pane, views lazy-loaded.
import { Spinner } from "@fluentui/react-components";
import { Component, lazy, Suspense, type ReactNode } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { useNavigation } from "../../app/navigation";
import type { Surface } from "../../hosts/types";
import { viewsFor } from "./views";

// Loaded beside the first view (the pages preload both), not before the shell's first paint.
const NavTabs = lazy(() => import("./NavTabs"));

/** Keeps one failed lazy chunk (dropped network) from blanking the whole page. */
class ViewBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** A failed lazy chunk (dropped network) shows a message instead of blanking the page. */
export function LazyView({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <ViewBoundary fallback={<p role="alert">{t("view.failed")}</p>}>
      <Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>{children}</Suspense>
    </ViewBoundary>
  );
}

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
  if (!view) return null;
  return (
    <>
      <ViewBoundary fallback={<p role="alert">{t("view.failed")}</p>}>
        <Suspense fallback={null}>
          <NavTabs
            tabs={tabs}
            selected={view.id === "interview" ? null : view.id}
            onSelect={(id) => go({ view: id })}
          />
        </Suspense>
      </ViewBoundary>
      <div role="tabpanel" aria-label={t(view.label)}>
        <LazyView key={view.id}>
          <view.Component />
        </LazyView>
      </div>
    </>
  );
}
