// The prep sheet in the meeting: who, research, questions to tick, reminders, clock, takeaways.
import { Body1, Caption1, Checkbox, Subtitle1, Subtitle2 } from "@fluentui/react-components";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import type { MeetingEvent } from "../../app/meeting/meetingEvent";
import type { PrepSheet } from "../../domain/prepSheet";
import { intlLocale } from "../../domain/time/zones";
import { ContactCard } from "../contact/ContactCard";
import { MeetingWork, useMeetingWork } from "./MeetingWork";
import { Timekeeper } from "../common/Timekeeper";
import { useMeetingStyles } from "./meeting.styles";

/** The whole sheet for a meeting that has one. */
export function PrepSheetPanel({ meeting }: { meeting: MeetingEvent & { sheet: PrepSheet } }) {
  const t = useT();
  const locale = useLocale();
  const styles = useMeetingStyles();
  const { handle, followUp } = useMeetingWork(meeting);
  const { sheet } = handle;
  const { event } = meeting;
  const state = followUp.interview.state;
  const asked = sheet.questions.filter((q) => q.asked).length;
  const guest =
    event.attendees.length === 1 && event.attendees[0]?.emailAddress ? event.attendees[0] : null;
  const range =
    event.start && event.end
      ? new Intl.DateTimeFormat(intlLocale(locale), {
          dateStyle: "medium",
          timeStyle: "short",
        }).formatRange(event.start, event.end)
      : "";
  const toggle = (id: string, checked: boolean) =>
    handle.edit((s) => ({
      ...s,
      questions: s.questions.map((q) => {
        if (q.id !== id) return q;
        const next = { ...q };
        if (checked) next.asked = true;
        else delete next.asked;
        return next;
      }),
    }));
  return (
    <div className={styles.column}>
      <div className={styles.block}>
        <Subtitle1 as="h2">{event.subject || t("meeting.heading")}</Subtitle1>
        <Caption1>{range}</Caption1>
      </div>
      {event.start && event.end ? <Timekeeper start={event.start} end={event.end} /> : null}
      {state.status === "ready" ? (
        <ContactCard
          headingLevel={3}
          person={{
            displayName: state.contact.displayName,
            email: state.contact.email,
            directoryId: state.record.directoryId ?? null,
            jobTitle: state.contact.jobTitle,
            department: state.contact.department,
            companyName: state.contact.companyName,
            source: state.record.source,
            interviewContactId: state.contact.id,
          }}
        />
      ) : state.status === "loading" && guest ? (
        // The one person invited: their card loads alongside the contact, not after it.
        <ContactCard
          headingLevel={3}
          person={{
            displayName: guest.displayName,
            email: guest.emailAddress,
            directoryId: null,
            source: "directory",
            interviewContactId: sheet.contactId,
          }}
        />
      ) : state.status === "error" && state.reason.kind === "not-found" ? (
        <Body1>{t("meeting.contactMissing")}</Body1>
      ) : null}
      <section className={styles.block} aria-labelledby="prep-research">
        <Subtitle2 as="h3" id="prep-research">
          {t("meeting.research")}
        </Subtitle2>
        <p className={styles.summary}>{sheet.researchSummary || t("meeting.researchEmpty")}</p>
      </section>
      <section className={styles.block} aria-labelledby="prep-questions">
        <Subtitle2 as="h3" id="prep-questions">
          {t("meeting.questions")}
        </Subtitle2>
        {sheet.questions.length === 0 ? (
          <Body1>{t("meeting.questionsEmpty")}</Body1>
        ) : (
          <>
            <Caption1>
              {t("meeting.questionsDone", { done: asked, total: sheet.questions.length })}
            </Caption1>
            <ul className={styles.checklist} aria-labelledby="prep-questions">
              {sheet.questions.map((q) => (
                <li key={q.id}>
                  <Checkbox
                    checked={!!q.asked}
                    label={q.text}
                    onChange={(_, data) => toggle(q.id, data.checked === true)}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className={styles.block} aria-labelledby="prep-reminders">
        <Subtitle2 as="h3" id="prep-reminders">
          {t("meeting.reminders")}
        </Subtitle2>
        <ul className={styles.list}>
          {sheet.reminders.map((code) => (
            <li key={code}>
              <Body1>{t(`meeting.reminder.${code}`)}</Body1>
            </li>
          ))}
        </ul>
      </section>
      <MeetingWork handle={handle} followUp={followUp} />
    </div>
  );
}
