// The Teams meeting side panel: the prep sheet of its meeting (or the interview now or next).
import { Subtitle2 } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { ShellPage } from "./ShellPage";

export function SidePanel() {
  const t = useT();
  return (
    <ShellPage surface="sidePanel" lead={<Subtitle2 as="h2">{t("sidePanel.heading")}</Subtitle2>} />
  );
}
