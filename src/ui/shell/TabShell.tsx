// The Teams tab (and the standalone page): header, tagline and the feature views.
import { Body1 } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { useAppStyles } from "./App.styles";
import { HostProblemNotice } from "./HostProblemNotice";
import { PageHeader } from "./PageHeader";
import { ViewNav } from "./ViewNav";

export function TabShell() {
  const styles = useAppStyles();
  const t = useT();
  return (
    <main className={styles.page}>
      <PageHeader />
      <HostProblemNotice />
      <Body1>{t("app.tagline")}</Body1>
      <ViewNav surface="tab" />
    </main>
  );
}
