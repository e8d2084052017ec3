// Navigation between feature views: a tab list that also works in a 320 px pane, views lazy-loaded.
import { Spinner, Tab, TabList } from "@fluentui/react-components";
import { Component, Suspense, type ReactNode } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { useNavigation } from "../../app/navigation";
import type { Surface } from "../../hosts/types";
import { useAppStyles } from "./App.styles";
import { viewsFor } from "./views";

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
  const styles = useAppStyles();
  const all = viewsFor(surface);
  const tabs = all.filter((v) => v.id !== "interview");
  const view = all.find((v) => v.id === route.view) ?? tabs[0];
  if (!view) return null;
  return (
    <>
      <TabList
        aria-label={t("nav.label")}
        className={styles.tabs}
        selectedValue={view.id === "interview" ? null : view.id}
        onTabSelect={(_, data) => go({ view: String(data.value) })}
        size="small"
      >
        {tabs.map((v) => (
          <Tab key={v.id} value={v.id}>
            {t(v.label)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={t(view.label)}>
        <LazyView key={view.id}>
          <view.Component />
        </LazyView>
      </div>
    </>
  );
}
