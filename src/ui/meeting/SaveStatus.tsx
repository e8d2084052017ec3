// The prep sheet's save line: saved, waiting, offline (kept here), or why not, with "Save now".
import { Button, Caption1 } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import type { PrepSaveStatus } from "../../app/meeting/prepSession";
import type { GraphReason } from "../../domain/graphReason";
import { failureText } from "../common/failureText";
import { useMeetingStyles } from "./meeting.styles";

/** Where the sheet's last change stands; a retry button when it did not reach the event. */
export function SaveStatus({
  status,
  reason,
  onSaveNow,
}: {
  status: PrepSaveStatus;
  reason: GraphReason | null;
  onSaveNow: () => void;
}) {
  const t = useT();
  const styles = useMeetingStyles();
  const text =
    status === "error"
      ? t("meeting.status.error", { reason: reason ? failureText(t, reason) : "" })
      : t(`meeting.status.${status}`);
  return (
    <div className={styles.row} role="status">
      <Caption1 className={styles.muted}>{text}</Caption1>
      {status === "offline" || status === "error" || status === "pending" ? (
        <Button size="small" appearance="subtle" onClick={onSaveNow}>
          {t("meeting.saveNow")}
        </Button>
      ) : null}
    </div>
  );
}
