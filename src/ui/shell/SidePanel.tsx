// The Teams meeting side panel: the prep sheet of its meeting (or the interview now or next).
import { Subtitle2 } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { useAppStyles } from "./App.styles";
import { HostProblemNotice } from "./HostProblemNotice";
import { PageHeader } from "./PageHeader";
import { ViewNav } from "./ViewNav";

export function SidePanel() {
  const styles = useAppStyles();
  const t = useT();
  return (
    <main className={styles.page}>
      <PageHeader />
      <HostProblemNotice />
      <Subtitle2 as="h2">{t("sidePanel.heading")}</Subtitle2>
      <ViewNav surface="sidePanel" />
    </main>
  );
}
