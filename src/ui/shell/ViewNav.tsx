// Navigation between feature views: a tab list that also works in a 320 px pane, views lazy-loaded.
import { Spinner, Tab, TabList } from "@fluentui/react-components";
import { Component, Suspense, useState, type ReactNode } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import type { Surface } from "../../hosts/types";
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

export function ViewNav({ surface, initial }: { surface: Surface; initial?: string | null }) {
  const t = useT();
  const views = viewsFor(surface);
  const [selected, setSelected] = useState(
    views.find((v) => v.id === initial)?.id ?? views[0]?.id ?? null,
  );
  const view = views.find((v) => v.id === selected) ?? views[0];
  if (!view) return null;
  return (
    <>
      <TabList
        aria-label={t("nav.label")}
        selectedValue={view.id}
        onTabSelect={(_, data) => setSelected(String(data.value))}
        size="small"
      >
        {views.map((v) => (
          <Tab key={v.id} value={v.id}>
            {t(v.label)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={t(view.label)}>
        <ViewBoundary key={view.id} fallback={<p role="alert">{t("view.failed")}</p>}>
          <Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>
            <view.Component />
          </Suspense>
        </ViewBoundary>
      </div>
    </>
  );
}
