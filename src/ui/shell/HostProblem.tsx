// Says plainly when the host could not be reached, so a pane is never blank or silently broken.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useServices } from "../../app/services";
import { useT } from "../../app/i18n/I18nProvider";

export function HostProblem() {
  const { host, directoryLimited } = useServices();
  const t = useT();
  const problem = host.context.problem;
  if (!problem) {
    if (!directoryLimited?.()) return null;
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t("signIn.limited")}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" role="alert">
      <MessageBarBody>
        {t(problem === "office-unavailable" ? "host.officeUnavailable" : "host.teamsUnavailable")}
      </MessageBarBody>
    </MessageBar>
  );
}
