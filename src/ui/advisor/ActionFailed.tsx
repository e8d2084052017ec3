// The advisors' "that did not work" bar: what failed, in the shared failure words.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import type { GraphReason } from "../../domain/graphReason";
import { failureText } from "../common/failureText";

/** An alert naming why the advisor's last action failed; nothing when it did not. */
export function ActionFailed({ failure }: { failure: GraphReason | null }) {
  const t = useT();
  if (!failure) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {t("advisor.actionFailed")} {failureText(t, failure)}
      </MessageBarBody>
    </MessageBar>
  );
}
