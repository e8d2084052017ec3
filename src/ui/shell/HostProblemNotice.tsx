// Says plainly when the host could not be reached, so a pane is never blank or silently broken.
// A plain tokened box rather than Fluent's MessageBar: this renders on first paint, and MessageBar
// would bring its icons and layout observer into every page's first bundle.
import { Body1, mergeClasses } from "@fluentui/react-components";
import { useDirectoryLimited, useServices } from "../../app/services";
import { useT } from "../../app/i18n/I18nProvider";
import { useNoticeStyles } from "../common/Notice";

export function HostProblemNotice() {
  const { host } = useServices();
  const limited = useDirectoryLimited();
  const t = useT();
  const styles = useNoticeStyles();
  const problem = host.context.problem;
  if (!problem) {
    if (!limited) return null;
    return (
      <div className={mergeClasses(styles.base, styles.info)} role="status">
        <Body1>{t("signIn.limited")}</Body1>
      </div>
    );
  }
  return (
    <div className={mergeClasses(styles.base, styles.urgent)} role="alert">
      <Body1>
        {t(problem === "office-unavailable" ? "host.officeUnavailable" : "host.teamsUnavailable")}
      </Body1>
    </div>
  );
}
