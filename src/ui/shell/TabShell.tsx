// A Teams tab (and the standalone page): header, tagline and the surface's feature views.
import { Body1 } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { ShellPage } from "./ShellPage";

/** The student's tab, or the career centre's channel tab with the advisors' view alone. */
export function TabShell({ surface }: { surface: "tab" | "advisorsTab" }) {
  const t = useT();
  return (
    <ShellPage
      surface={surface}
      lead={<Body1>{t(surface === "advisorsTab" ? "app.taglineAdvisors" : "app.tagline")}</Body1>}
    />
  );
}
