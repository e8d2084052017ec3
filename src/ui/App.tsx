// The root of every page: Fluent theme from the host, language, services, and the surface's view.
import { FluentProvider } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { withMessages } from "../app/i18n/withMessages";
import { I18nProvider } from "../app/i18n/I18nProvider";
import { NavigationProvider, initialRoute } from "../app/navigation";
import { ServicesProvider, type AppServices } from "../app/services";
import { useHostTheme } from "../app/useHostTheme";
import { useFluentTheme } from "./common/themes";
import { SidePanel } from "./shell/SidePanel";
import { TabShell } from "./shell/TabShell";
import { TaskPane } from "./shell/TaskPane";
import { useAppStyles } from "./shell/App.styles";
import { useReportFirstPaint } from "./common/afterPaint";

/** Teams' configuration page is only ever opened while adding a tab: its own chunk. */
const TabConfigPage = lazy(withMessages(() => import("./tabConfig/TabConfigPage")));

export function App({ services }: { services: AppServices }) {
  const { host } = services;
  const theme = useFluentTheme(useHostTheme(host), host.context.kind);
  const styles = useAppStyles();
  useReportFirstPaint();
  const surface = host.context.surface;
  return (
    <FluentProvider theme={theme} className={styles.root}>
      <I18nProvider locale={host.context.locale}>
        <ServicesProvider value={services}>
          <NavigationProvider initial={initialRoute(globalThis.location?.search ?? "")}>
            {host.tabConfig ? (
              <Suspense fallback={null}>
                <TabConfigPage port={host.tabConfig} />
              </Suspense>
            ) : surface === "taskpane" ? (
              <TaskPane />
            ) : surface === "sidePanel" ? (
              <SidePanel />
            ) : (
              <TabShell surface={surface} />
            )}
          </NavigationProvider>
        </ServicesProvider>
      </I18nProvider>
    </FluentProvider>
  );
}
