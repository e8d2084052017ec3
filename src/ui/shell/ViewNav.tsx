// Navigation between feature views: a tab list that also works in a 320 px pane, views lazy-loaded.
import { Tab, TabList } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { routeToView, useNavigation } from "../../app/navigation";
import type { Surface } from "../../hosts/types";
import { LazyView } from "../common/LazyView";
import { useAppStyles } from "./App.styles";
import { viewsFor } from "./views";

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
        onTabSelect={(_, data) => go(routeToView(String(data.value)))}
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
