// An ordinary meeting: offer to make it an information interview (prep sheet, contact linked).
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { attachPrepSheet } from "../../app/meeting/attachPrep";
import type { MeetingEvent } from "../../app/meeting/meetingEvent";
import { useAddInterview, useInterviews } from "../../app/interviews/interviewStore";
import { failureReason } from "../../app/failure";
import { useServices } from "../../app/services";
import type { GraphReason } from "../../domain/graphReason";
import { addressKey } from "../../domain/person";
import { failureText } from "../common/failureText";
import { useMeetingStyles } from "./meeting.styles";

/** Offers to attach a prep sheet to `meeting.event`, linked to someone in My interviews or an attendee. */
export function MakeInterview({ meeting, onDone }: { meeting: MeetingEvent; onDone: () => void }) {
  const t = useT();
  const styles = useMeetingStyles();
  const { graph, now, user } = useServices();
  const { interviews, status } = useInterviews();
  const addInterview = useAddInterview();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<GraphReason | null>(null);
  const me = addressKey(user?.userPrincipalName ?? "");
  const options = useMemo(() => {
    const known = new Set(interviews.map((i) => addressKey(i.record.emailAddress)));
    const attendees = meeting.event.attendees.filter(
      (p) =>
        p.emailAddress &&
        addressKey(p.emailAddress) !== me &&
        !known.has(addressKey(p.emailAddress)),
    );
    // Attendees already in My interviews come first: they are the likeliest choice.
    const attending = new Set(meeting.event.attendees.map((p) => addressKey(p.emailAddress)));
    const sorted = [...interviews].sort(
      (a, b) =>
        Number(attending.has(addressKey(b.record.emailAddress))) -
        Number(attending.has(addressKey(a.record.emailAddress))),
    );
    return [
      ...sorted.map((i) => ({ value: `c:${i.record.contactId}`, label: i.record.displayName })),
      ...attendees.map((p) => ({
        value: `a:${p.emailAddress}`,
        label: t("meeting.ordinary.fromAttendee", { name: p.displayName || p.emailAddress }),
      })),
    ];
  }, [interviews, meeting.event.attendees, me, t]);
  const [choice, setChoice] = useState<string>("");
  const selected = choice || options[0]?.value || "";

  const make = async () => {
    setBusy(true);
    setFailure(null);
    try {
      let interview = interviews.find((i) => `c:${i.record.contactId}` === selected) ?? null;
      if (!interview && selected.startsWith("a:")) {
        const email = selected.slice(2);
        const person = meeting.event.attendees.find((p) => p.emailAddress === email);
        const added = await addInterview({
          displayName: person?.displayName || email,
          email,
          source: "manual",
        });
        if (!added.ok) {
          setFailure(added.reason === "failed" ? added.failure : { kind: "too-large" });
          return;
        }
        interview = added.interview;
      }
      if (!interview) return;
      const result = await attachPrepSheet(graph, meeting.event, interview, now());
      if (!result.ok) {
        setFailure({ kind: "too-large" });
        return;
      }
      onDone();
    } catch (error) {
      setFailure(failureReason(error, "Calendars.ReadWrite"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.block} aria-labelledby="make-interview">
      <Subtitle2 as="h2" id="make-interview">
        {t("meeting.ordinary.heading")}
      </Subtitle2>
      <Body1>{t("meeting.ordinary.body")}</Body1>
      {status === "ready" && options.length === 0 ? (
        <Body1>{t("meeting.ordinary.noPeople")}</Body1>
      ) : (
        <>
          <Field label={t("meeting.ordinary.contact")}>
            <Select value={selected} onChange={(_, d) => setChoice(d.value)}>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy || !selected} onClick={() => void make()}>
              {t("meeting.ordinary.make")}
            </Button>
          </div>
        </>
      )}
      {failure ? (
        <MessageBar intent="error">
          <MessageBarBody>
            {t("meeting.ordinary.failed", { reason: failureText(t, failure) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
