// The "prep" view: the meeting the page is in (Teams side panel, appointment, next interview).
import { Body1, Button, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { useHostItem } from "../../app/useHostItem";
import { useMeetingLookup } from "../../app/meeting/meetingAndPrepSheet";
import { isPracticeTransaction } from "../../domain/practice";
import { LookupFailed } from "./LookupFailed";
import { MakeInterview } from "./MakeInterview";
import { PrepSheetPanel } from "./PrepSheetPanel";

/**
 * An organizer's new appointment has no id until Outlook saves it, and the add-in asks only for
 * read item (it never saves the item itself): say so plainly, and look again when asked. "Check
 * again" remounts the view, so the item is read afresh (Outlook raises no event when it saves).
 */
export default function PrepView() {
  const [attempt, setAttempt] = useState(0);
  return <PrepForItem key={attempt} onCheckAgain={() => setAttempt((n) => n + 1)} />;
}

function PrepForItem({ onCheckAgain }: { onCheckAgain: () => void }) {
  const t = useT();
  const item = useHostItem();
  const unsaved =
    item.status === "ready" &&
    item.item.kind === "appointment" &&
    item.item.role === "organizer" &&
    !item.item.itemId;
  if (unsaved) {
    return (
      <div role="status">
        <Body1 block>{t("meeting.unsaved")}</Body1>
        <Button onClick={onCheckAgain}>{t("meeting.checkAgain")}</Button>
      </div>
    );
  }
  return <PrepLookup />;
}

/** Finds the meeting and shows its prep sheet, or offers to make it an information interview. */
function PrepLookup() {
  const t = useT();
  const lookup = useMeetingLookup();
  switch (lookup.status) {
    case "loading":
      return <Spinner size="small" label={t("meeting.loading")} />;
    case "none":
      return (
        <Body1 role="status">
          {t(lookup.inMeeting ? "meeting.notInCalendar" : "meeting.noMeeting")}
        </Body1>
      );
    case "error":
      return <LookupFailed reason={lookup.reason} onRetry={lookup.reload} />;
    case "ready": {
      const { meeting } = lookup;
      const { sheet } = meeting;
      // The friend's practice call is not an interview to make: say where its practice run is.
      if (!sheet && isPracticeTransaction(meeting.event.transactionId)) {
        return <Body1 role="status">{t("meeting.practiceCall")}</Body1>;
      }
      if (!sheet) return <MakeInterview meeting={meeting} onDone={lookup.reload} />;
      return <PrepSheetPanel key={meeting.event.id} meeting={{ ...meeting, sheet }} />;
    }
  }
}
