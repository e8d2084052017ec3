// The Teams meeting side panel: the prep sheet of the meeting it is open in (or the interview now or next).
import { Subtitle2 } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { useAppStyles } from "./App.styles";
import { HostProblem } from "./HostProblem";
import { PageHeader } from "./PageHeader";
import { ViewNav } from "./ViewNav";

export function SidePanel() {
  const styles = useAppStyles();
  const t = useT();
  return (
    <main className={styles.page}>
      <PageHeader />
      <HostProblem />
      <Subtitle2 as="h2">{t("sidePanel.heading")}</Subtitle2>
      <ViewNav surface="sidePanel" />
    </main>
  );
}
