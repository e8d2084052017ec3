// The advisors' "could not be read" bar: why, in the shared failure words, and a button to read again.
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import type { GraphReason } from "../../domain/graphReason";
import { failureText } from "../common/failureText";

/** An alert for a failed read; `subject` names what could not be read when the view shows more. */
export function ReadFailed({
  failure,
  retryLabel,
  onRetry,
  subject,
}: {
  failure: GraphReason;
  retryLabel: string;
  onRetry: () => void;
  subject?: string;
}) {
  const t = useT();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {subject ? `${subject}: ` : null}
        {failureText(t, failure)}{" "}
        <Button size="small" onClick={onRetry}>
          {retryLabel}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
