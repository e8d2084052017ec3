// The card of the person on the open Outlook item, with stage and notes if in My interviews.
import { Badge, Body1, Field, Select, Subtitle2 } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { useInterviewFor } from "../../app/interviews/interviewStore";
import { useHostItem } from "../../app/useHostItem";
import { useServices } from "../../app/services";
import { nextAction } from "../../domain/pipeline";
import { addressKey, type MailPerson } from "../../domain/person";
import { peopleOnItem } from "./ItemPeople";
import { ContactCard } from "./ContactCard";
import { useContactCardStyles } from "./ContactCard.styles";

/** Stage, next step and the start of the notes, for someone already in My interviews. */
function InterviewSummary({ email }: { email: string }) {
  const t = useT();
  const { now } = useServices();
  const styles = useContactCardStyles();
  const interview = useInterviewFor(email);
  if (!interview) {
    return interview === null ? <Body1>{t("interview.context.notInInterviews")}</Body1> : null;
  }
  const next = nextAction(interview.record, now());
  return (
    <section aria-label={t("card.inInterviews")} className={styles.card}>
      <div className={styles.actions}>
        <Badge appearance="tint" color="brand">
          {t("interview.stage", { stage: t(`interview.stageName.${interview.record.stage}`) })}
        </Badge>
        <Body1>{t("interview.next", { action: t(`interview.nextAction.${next.action}`) })}</Body1>
      </div>
      {interview.notes.trim() ? (
        <>
          <Subtitle2 as="h3">{t("interview.context.notes")}</Subtitle2>
          <pre className={styles.notes}>{interview.notes}</pre>
        </>
      ) : null}
    </section>
  );
}

/** The card of whoever is on the selected item; follows the selection as it changes. */
function CardForPeople({ people }: { people: MailPerson[] }) {
  const t = useT();
  const [chosen, setChosen] = useState(0);
  const person = people[Math.min(chosen, people.length - 1)];
  if (!person) return null;
  return (
    <>
      {people.length > 1 ? (
        <Field label={t("interview.context.choose")}>
          <Select value={String(chosen)} onChange={(_, data) => setChosen(Number(data.value))}>
            {people.map((p, index) => (
              <option key={p.emailAddress} value={index}>
                {p.displayName || p.emailAddress}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <InterviewSummary email={person.emailAddress} />
      <ContactCard
        key={addressKey(person.emailAddress)}
        person={{
          displayName: person.displayName || person.emailAddress,
          email: person.emailAddress,
          directoryId: null,
          source: "directory",
        }}
      />
    </>
  );
}

/** Shown in the Outlook task pane under the people on the item. */
export function ContactCardForItem() {
  const state = useHostItem();
  const { user } = useServices();
  const people = useMemo(
    () => (state.status === "ready" ? peopleOnItem(state.item, user?.userPrincipalName) : []),
    [state, user],
  );
  if (people.length === 0) return null;
  // A new item (another sender) starts again from its first person.
  const itemKey = people.map((p) => addressKey(p.emailAddress)).join("|");
  return <CardForPeople key={itemKey} people={people} />;
}

export default ContactCardForItem;
