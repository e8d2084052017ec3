// The interview's "meeting" section: takeaways on its booked meeting, the thank-you, the export.
import { Body1, Spinner } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import type { MeetingEvent } from "../../app/meeting/meetingEvent";
import { useContactMeeting } from "../../app/meeting/meetingAndPrepSheet";
import type { PrepSheet } from "../../domain/prepSheet";
import { PracticeRun } from "../practice/PracticeRun";
import { LookupFailed } from "./LookupFailed";
import type { SectionProps } from "../common/sectionProps";
import { MeetingWork, useMeetingWork } from "./MeetingWork";

function SectionWork({ meeting }: { meeting: MeetingEvent & { sheet: PrepSheet } }) {
  // Opening the section is when the user comes back to follow up: look in Sent Items then.
  const { handle, followUp } = useMeetingWork(meeting, { detectSent: true });
  return <MeetingWork handle={handle} followUp={followUp} />;
}

/** The practice run (before the meeting), then the contact's meeting. */
export default function MeetingSection({ contactId }: SectionProps) {
  return (
    <>
      <PracticeRun contactId={contactId} />
      <ContactMeeting contactId={contactId} />
    </>
  );
}

/** Takeaways and thank-you for the contact's meeting. */
function ContactMeeting({ contactId }: SectionProps) {
  const t = useT();
  const lookup = useContactMeeting(contactId);
  switch (lookup.status) {
    case "loading":
      return <Spinner size="small" label={t("meeting.loading")} />;
    case "none":
      return <Body1>{t("meeting.noEvent")}</Body1>;
    case "error":
      return <LookupFailed reason={lookup.reason} onRetry={lookup.reload} />;
    case "ready": {
      const { meeting } = lookup;
      // A linked event without a sheet (attached elsewhere, or by hand): start an empty one for this contact.
      const sheet: PrepSheet = meeting.sheet ?? {
        contactId,
        researchSummary: "",
        questions: [],
        reminders: [],
        takeaways: { notes: "", answers: {}, referrals: [] },
        format: meeting.event.joinUrl ? "teams" : "in-person",
      };
      return <SectionWork key={meeting.event.id} meeting={{ ...meeting, sheet }} />;
    }
  }
}
