// Why a meeting could not be looked up, with a retry: for the prep view and the meeting section.
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import type { GraphReason } from "../../domain/graphReason";
import { failureText } from "../common/failureText";

/** A busy Microsoft 365 or a dropped connection passes: the lookup is a read, so it looks again. */
const LOOK_AGAIN_MS = 3_000;

export function LookupFailed({ reason, onRetry }: { reason: GraphReason; onRetry: () => void }) {
  const t = useT();
  const passing =
    reason.kind === "throttled" || (reason.kind === "offline" && globalThis.navigator?.onLine);
  const wait = reason.kind === "throttled" ? (reason.retryAfterMs ?? 0) : 0;
  useEffect(() => {
    if (!passing) return;
    const timer = setTimeout(onRetry, Math.max(wait, LOOK_AGAIN_MS));
    return () => clearTimeout(timer);
  }, [passing, wait, onRetry]);
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
