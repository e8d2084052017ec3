// The contact card: photo, role, local time, hours, reporting line, team, "Add to my interviews".
import {
  Avatar,
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import { useAddInterview, useInterviewFor } from "../../app/interviews/interviewStore";
import {
  useContactCard,
  useInterviewsBesideCard,
  useReportingLine,
  type ContactCardData,
  type DirectoryPerson,
} from "../../app/interviews/useContactCard";
import { useNavigation } from "../../app/navigation";
import { useServices } from "../../app/services";
import type { ContactSource } from "../../domain/interview";
import { initialsOf } from "../../domain/person";
import { nameWithTitle } from "../../domain/researchNotes";
import type { VolunteerInfo } from "../../domain/search";
import { isWithinWorkingHours, localTimeNow, zoneOrFallback } from "../../domain/time/zones";
import { formatList } from "../common/formatList";
import { failureText } from "../common/failureText";
import { useContactCardStyles } from "./ContactCard.styles";
import { describeWorkingHours } from "./workingHoursText";

/** Who the card is about, as far as the caller knows before the card loads. */
export interface CardPerson {
  displayName: string;
  email: string | null;
  directoryId: string | null;
  jobTitle?: string | null;
  department?: string | null;
  officeLocation?: string | null;
  companyName?: string | null;
  volunteer?: VolunteerInfo | null;
  source: ContactSource;
  /** Set when the caller knows the person is in My interviews (their meeting): nothing to look up. */
  interviewContactId?: string | null;
}

function PersonLine({ person }: { person: DirectoryPerson }) {
  return (
    <li>
      <Body1>{person.displayName}</Body1>
      {person.jobTitle ? <Caption1> · {person.jobTitle}</Caption1> : null}
    </li>
  );
}

/** The card's people and facts once loaded (or what the caller knew when there is no card). */
function CardBody({ person, card }: { person: CardPerson; card: ContactCardData | null }) {
  const t = useT();
  const locale = useLocale();
  const { now } = useServices();
  const styles = useContactCardStyles();
  const line = useReportingLine(card?.manager?.id ?? null);
  const profile = card?.profile;
  const facts: [string, string | null | undefined][] = [
    [t("card.department"), profile?.department ?? person.department],
    [t("card.company"), profile?.companyName ?? person.companyName],
    [t("card.office"), profile?.officeLocation ?? person.officeLocation],
    [t("card.email"), profile?.mail ?? person.email],
    [t("card.industry"), person.volunteer?.industry],
    [t("card.topics"), person.volunteer ? formatList(locale, person.volunteer.topics) : null],
  ];
  const hours = card?.workingHours ?? null;
  const zone = hours ? zoneOrFallback(hours.timeZone, "UTC") : null;
  const at = now();
  return (
    <>
      <dl className={styles.facts}>
        {facts
          .filter((f): f is [string, string] => Boolean(f[1]))
          .map(([term, value]) => (
            <div key={term} className={styles.factRow}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.detail}>{value}</dd>
            </div>
          ))}
        {hours && zone ? (
          <>
            <dt className={styles.term}>{t("card.localTime")}</dt>
            <dd className={styles.detail}>
              {localTimeNow(at, zone, locale).label} (
              {isWithinWorkingHours(at, hours, zone)
                ? t("card.workingNow")
                : t("card.notWorkingNow")}
              )
            </dd>
            <dt className={styles.term}>{t("card.workingHours")}</dt>
            <dd className={styles.detail}>{describeWorkingHours(hours, locale)}</dd>
          </>
        ) : card ? (
          <>
            <dt className={styles.term}>{t("card.workingHours")}</dt>
            <dd className={styles.detail}>{t("card.hoursUnknown")}</dd>
          </>
        ) : null}
      </dl>
      {card ? (
        <>
          <section aria-label={t("card.reportingLine")} className={styles.group}>
            <Subtitle2 as="h3" block className={styles.groupHeading}>
              {t("card.reportsTo")}
            </Subtitle2>
            {card.manager ? (
              <ol className={styles.people}>
                <PersonLine person={card.manager} />
                {line.status === "ready"
                  ? line.above.map((p) => <PersonLine key={p.id} person={p} />)
                  : null}
              </ol>
            ) : (
              <Body1>{t("card.topOfOrganisation")}</Body1>
            )}
            {card.manager && line.status === "idle" ? (
              <Button appearance="subtle" size="small" onClick={line.load}>
                {t("card.fullLine")}
              </Button>
            ) : null}
            {line.status === "loading" ? <Spinner size="tiny" label={t("app.loading")} /> : null}
            {line.status === "error" ? (
              <Body1 role="alert">{failureText(t, line.reason)}</Body1>
            ) : null}
          </section>
          <section aria-label={t("card.directReports")} className={styles.group}>
            <Subtitle2 as="h3" block className={styles.groupHeading}>
              {t("card.directReports")}
            </Subtitle2>
            {card.directReports.length > 0 ? (
              <ul className={styles.people}>
                {card.directReports.map((p) => (
                  <PersonLine key={p.id} person={p} />
                ))}
              </ul>
            ) : (
              <Body1>{t("card.noReports")}</Body1>
            )}
          </section>
        </>
      ) : null}
      <InterviewAction
        person={person}
        card={card}
        reportingLine={[
          ...(card?.manager ? [card.manager] : []),
          ...(line.status === "ready" ? line.above : []),
        ]}
      />
    </>
  );
}

/** "In my interviews" with a way in. */
function InInterviews({ contactId }: { contactId: string }) {
  const t = useT();
  const styles = useContactCardStyles();
  const { go } = useNavigation();
  return (
    <div className={styles.actions}>
      <Badge appearance="tint" color="success">
        {t("card.inInterviews")}
      </Badge>
      <Button
        appearance="primary"
        onClick={() => go({ view: "interview", contactId, section: "research" })}
      >
        {t("card.open")}
      </Button>
    </div>
  );
}

/**
 * What the card offers about My interviews. When the caller already knows the interview, the
 * page's list is not read just to find it again.
 */
function InterviewAction(props: {
  person: CardPerson;
  card: ContactCardData | null;
  reportingLine: DirectoryPerson[];
}) {
  const known = props.person.interviewContactId;
  return known ? <InInterviews contactId={known} /> : <AddToInterviews {...props} />;
}

/** "Add to my interviews", or "In my interviews" with a way in when the person is already there. */
function AddToInterviews({
  person,
  card,
  reportingLine,
}: {
  person: CardPerson;
  card: ContactCardData | null;
  reportingLine: DirectoryPerson[];
}) {
  const t = useT();
  const styles = useContactCardStyles();
  const { go } = useNavigation();
  const add = useAddInterview();
  const email = card?.profile.mail ?? person.email;
  const existing = useInterviewFor(email);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const open = (contactId: string) => go({ view: "interview", contactId, section: "research" });

  if (existing) return <InInterviews contactId={existing.record.contactId} />;
  const onAdd = async () => {
    setBusy(true);
    setFailure(null);
    const profile = card?.profile;
    const result = await add({
      displayName: profile?.displayName ?? person.displayName,
      email,
      jobTitle: profile?.jobTitle ?? person.jobTitle ?? null,
      department: profile?.department ?? person.department ?? null,
      organisation: profile?.companyName ?? person.companyName ?? null,
      officeLocation: profile?.officeLocation ?? person.officeLocation ?? null,
      directoryId: profile?.id ?? person.directoryId,
      // Someone the directory does not know (a sender from outside) is added by hand, in effect.
      source: !card && person.source === "directory" ? "manual" : person.source,
      research: {
        reportingLine: reportingLine.map((p) => nameWithTitle(p.displayName, p.jobTitle)),
        directReports: (card?.directReports ?? []).map((p) => p.displayName),
        industry: person.volunteer?.industry ?? null,
        topics: person.volunteer?.topics ?? [],
      },
    });
    setBusy(false);
    if (result.ok) open(result.interview.record.contactId);
    else {
      const why =
        result.reason === "failed"
          ? failureText(t, result.failure)
          : failureText(t, { kind: "too-large" });
      setFailure(t("card.addFailed", { reason: why }));
    }
  };
  return (
    <div className={styles.actions}>
      <Button
        appearance="primary"
        disabled={busy || existing === undefined}
        onClick={() => void onAdd()}
      >
        {busy ? t("card.adding") : t("card.add")}
      </Button>
      {failure ? <Body1 role="alert">{failure}</Body1> : null}
    </div>
  );
}

/**
 * The card of one person. Directory people get the one-batch card (photo, manager, reports,
 * working hours); others (volunteers from outside, people from mail) show what is known.
 */
export function ContactCard({
  person,
  headingLevel = 2,
}: {
  person: CardPerson;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const styles = useContactCardStyles();
  const headingId = useId();
  const lookup = person.directoryId ?? person.email;
  const state = useContactCard(lookup, person.email);
  useInterviewsBesideCard(!person.interviewContactId);
  const card = lookup && state.status === "ready" ? state.card : null;
  const loading = lookup !== null && state.status === "loading";
  const notInDirectory =
    lookup === null || (state.status === "error" && state.reason.kind === "not-found");
  const name = card?.profile.displayName ?? person.displayName;
  const title = card?.profile.jobTitle ?? person.jobTitle;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const photo = useMemo(
    () => (card?.photo ? { src: card.photo, alt: t("card.photo", { name }) } : undefined),
    [card, name, t],
  );
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Avatar
          size={56}
          name={name}
          initials={initialsOf(name)}
          {...(photo ? { image: photo } : {})}
          aria-hidden={photo ? undefined : true}
        />
        <div className={styles.titles}>
          <Heading id={headingId} className={styles.heading}>
            {name}
          </Heading>
          {title ? <Body1>{title}</Body1> : null}
          <div className={styles.badges}>
            {person.volunteer ? (
              <Badge appearance="tint" color={person.volunteer.atCapacity ? "warning" : "brand"}>
                {person.volunteer.atCapacity ? t("find.atCapacity") : t("card.volunteer")}
              </Badge>
            ) : null}
          </div>
        </div>
      </div>
      {person.volunteer?.atCapacity ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("card.atCapacity")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {card?.limited ? (
        <MessageBar intent="info">
          <MessageBarBody>{t("card.limited")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {loading ? <Spinner size="small" label={t("app.loading")} /> : null}
      {state.status === "error" && !notInDirectory ? (
        <div className={styles.actions} role="alert">
          <Body1>{failureText(t, state.reason)}</Body1>
          <Button onClick={state.retry}>{t("find.retry")}</Button>
        </div>
      ) : null}
      {notInDirectory && person.source !== "volunteer" ? (
        <Caption1>{t("card.notInDirectory")}</Caption1>
      ) : null}
      {!loading ? <CardBody person={person} card={card} /> : null}
    </article>
  );
}
