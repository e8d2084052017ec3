// What the user writes in a meeting: takeaways (saved on the event), the thank-you, the export.
import { useCallback, useRef } from "react";
import { useLocale } from "../../app/i18n/I18nProvider";
import {
  downloadText,
  interviewMarkdown,
  markdownFileName,
} from "../../app/meeting/exportMarkdown";
import type { MeetingEvent } from "../../app/meeting/meetingEvent";
import { useFollowUp, type FollowUp } from "../../app/meeting/useFollowUp";
import { usePrepSheet, type PrepSheetHandle } from "../../app/meeting/meetingAndPrepSheet";
import type { PrepSheet } from "../../domain/prepSheet";
import { SaveStatus } from "./SaveStatus";
import { TakeawaysEditor } from "./TakeawaysEditor";
import { ThankYouPanel } from "./ThankYouPanel";
import { useMeetingStyles } from "./meeting.styles";

function hasTakeaways(sheet: PrepSheet): boolean {
  const { notes, answers, referrals } = sheet.takeaways;
  return notes.trim() !== "" || Object.keys(answers).length > 0 || referrals.length > 0;
}

/** Holds the sheet's session and the contact's follow-up for the views that show them. */
export function useMeetingWork(
  meeting: MeetingEvent & { sheet: PrepSheet },
  options: { detectSent?: boolean } = {},
): { handle: PrepSheetHandle; followUp: FollowUp } {
  const followUp = useFollowUp(meeting.sheet.contactId, meeting.event.start, options);
  const metRef = useRef(false);
  const { markMet } = followUp;
  const onSaved = useCallback(
    (sheet: PrepSheet) => {
      // Notes taken on the meeting mean it happened: stage "met", once.
      if (!metRef.current && hasTakeaways(sheet)) {
        metRef.current = true;
        void markMet();
      }
    },
    [markMet],
  );
  const handle = usePrepSheet(meeting.event.id, meeting.sheet, { onSaved });
  return { handle, followUp };
}

/** Takeaways, save line, thank-you and export for one meeting. */
export function MeetingWork({ handle, followUp }: { handle: PrepSheetHandle; followUp: FollowUp }) {
  const styles = useMeetingStyles();
  const locale = useLocale();
  const state = followUp.interview.state;
  const onExport =
    state.status === "ready"
      ? () => {
          const record = {
            ...state.record,
            contactId: state.contact.id,
            displayName: state.contact.displayName,
            emailAddress: state.contact.email ?? "",
          };
          const text = interviewMarkdown({
            locale,
            record,
            researchNotes: state.contact.notes,
            prepSheet: handle.sheet,
            zone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC",
          });
          downloadText(markdownFileName(state.contact.displayName), text);
        }
      : undefined;
  return (
    <div className={styles.column}>
      <TakeawaysEditor sheet={handle.sheet} edit={handle.edit} onReferral={followUp.addReferral} />
      <SaveStatus status={handle.status} reason={handle.reason} onSaveNow={handle.saveNow} />
      <ThankYouPanel
        followUp={followUp}
        takeaways={handle.sheet.takeaways}
        {...(onExport ? { onExport } : {})}
      />
    </div>
  );
}
