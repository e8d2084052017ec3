// The "prep" view: the meeting the page is in (Teams side panel, appointment, next interview).
import { Body1, Spinner } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { useMeetingLookup } from "../../app/meeting/meetingAndPrepSheet";
import { LookupFailed } from "./LookupFailed";
import { MakeInterview } from "./MakeInterview";
import { PrepSheetPanel } from "./PrepSheetPanel";

/** Finds the meeting and shows its prep sheet, or offers to make it an information interview. */
export default function PrepView() {
  const t = useT();
  const lookup = useMeetingLookup();
  switch (lookup.status) {
    case "loading":
      return <Spinner size="small" label={t("meeting.loading")} />;
    case "none":
      return <Body1>{t("meeting.noMeeting")}</Body1>;
    case "error":
      return <LookupFailed reason={lookup.reason} onRetry={lookup.reload} />;
    case "ready": {
      const { meeting } = lookup;
      const { sheet } = meeting;
      if (!sheet) return <MakeInterview meeting={meeting} onDone={lookup.reload} />;
      return <PrepSheetPanel key={meeting.event.id} meeting={{ ...meeting, sheet }} />;
    }
  }
}
