// Why a meeting could not be looked up, with a retry: for the prep view and the meeting section.
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import type { GraphReason } from "../../domain/graphReason";
import { failureText } from "../common/failureText";

export function LookupFailed({ reason, onRetry }: { reason: GraphReason; onRetry: () => void }) {
  const t = useT();
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {failureText(t, reason)}{" "}
        <Button size="small" onClick={onRetry}>
          {t("meeting.retry")}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
