// Step 4 for one interview: preferences, request mail, free times, booking, booked meetings.
import { Body1, Spinner, Subtitle1 } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { useArrange } from "../../app/arrange/useArrange";
import type { SectionProps } from "../common/sectionProps";
import { FailureNotice } from "../common/FailureNotice";
import { BookedMeetings } from "./BookedMeetings";
import { CallCard } from "./CallCard";
import { FreeTimesPicker } from "./FreeTimesPicker";
import { MeetingPreferences } from "./MeetingPreferences";
import { RequestMailCard } from "./RequestMailCard";
import { useArrangeStyles } from "./arrange.styles";

/** The "arrange" section of an interview. */
export default function ArrangeSection({ contactId }: SectionProps) {
  const t = useT();
  const styles = useArrangeStyles();
  const model = useArrange(contactId);
  const { interview } = model;
  if (interview.status === "loading") return <Spinner size="small" label={t("arrange.loading")} />;
  if (interview.status === "error")
    return <FailureNotice failure={interview.reason} wording="step" />;
  const name = interview.contact.displayName;
  return (
    <section className={styles.section} aria-labelledby="arrange-heading">
      <Subtitle1 as="h2" id="arrange-heading">
        {t("arrange.heading")}
      </Subtitle1>
      {!interview.contact.email ? (
        <Body1 role="alert">{t("arrange.noEmail")}</Body1>
      ) : (
        <>
          <MeetingPreferences
            settings={model.settings}
            change={model.changeSettings}
            volunteer={interview.record.source === "volunteer"}
          />
          <RequestMailCard model={model} />
          <CallCard contactId={contactId} model={model} />
          <FreeTimesPicker model={model} contactName={name} />
          <BookedMeetings model={model} contactName={name} />
        </>
      )}
    </section>
  );
}
