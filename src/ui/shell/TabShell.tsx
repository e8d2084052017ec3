// The Teams tab (and the standalone page): header, tagline and the feature views.
import { Body1 } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { ShellPage } from "./ShellPage";

export function TabShell() {
  const t = useT();
  return (
    <ShellPage surface="tab">
      <Body1>{t("app.tagline")}</Body1>
    </ShellPage>
  );
}
