// The friend's practice call in the practice run: the form, the review of exactly what the friend
// will receive, and the booked call with its cancel.
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Link,
  Select,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import { useMe } from "../../app/arrange/useMe";
import { browserZone } from "../../app/arrange/freeTimes";
import { previewPracticeCall, type PracticeCallRequest } from "../../app/practice/practiceCall";
import type { usePracticeCall } from "../../app/practice/usePractice";
import { useServices } from "../../app/services";
import type { ChosenQuestionRef, PracticeCall } from "../../domain/interview";
import { httpsLinkOrNull } from "../../domain/mail/escape";
import {
  DEFAULT_PRACTICE_CALL_MINUTES,
  PRACTICE_CALL_LENGTHS,
  checkFriend,
  checkPracticeCallStart,
  defaultPracticeCallStart,
  practiceTransactionId,
  type FriendProblem,
  type LocalStart,
  type StartProblem,
} from "../../domain/practice";
import { formatRangeInZone } from "../../domain/time/zones";
import { failureText } from "../common/failureText";
import { usePracticeStyles } from "./practice.styles";

export type PracticeCalls = ReturnType<typeof usePracticeCall>;

/** The booked practice call: when, a link to it in Outlook, and a cancel that asks first. */
export function BookedCall({
  call,
  calls,
  onCancelled,
}: {
  call: PracticeCall;
  calls: PracticeCalls;
  onCancelled: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = usePracticeStyles();
  const [confirming, setConfirming] = useState(false);
  const zone = useMemo(() => browserZone(), []);
  const when = formatRangeInZone(new Date(call.start), new Date(call.end), zone, locale);
  const { cancelState } = calls;
  const cancel = async () => {
    if (await calls.cancel(call, locale)) onCancelled();
    setConfirming(false);
  };
  return (
    <section aria-label={t("practice.call.booked", { when })} className={styles.booked}>
      <Body1>{t("practice.call.booked", { when })}</Body1>
      {httpsLinkOrNull(call.webLink) ? (
        <Link href={httpsLinkOrNull(call.webLink) ?? undefined} target="_blank" rel="noreferrer">
          {t("practice.call.open")}
        </Link>
      ) : null}
      {confirming ? (
        <div className={styles.column}>
          <Body1>{t("practice.call.confirm")}</Body1>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={cancelState.status === "cancelling"}
              onClick={() => void cancel()}
            >
              {t("practice.call.confirmYes")}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t("practice.call.confirmNo")}</Button>
            {cancelState.status === "cancelling" ? (
              <Spinner size="tiny" label={t("practice.call.cancelling")} />
            ) : null}
          </div>
        </div>
      ) : (
        <div>
          <Button onClick={() => setConfirming(true)}>{t("practice.call.cancel")}</Button>
        </div>
      )}
      {cancelState.status === "error" ? (
        <Caption1 role="alert" className={styles.error}>
          {t("practice.call.cancelError", { reason: failureText(t, cancelState.reason) })}
        </Caption1>
      ) : null}
    </section>
  );
}

const PROBLEM_KEYS = {
  "name-missing": "practice.friend.nameMissing",
  "address-invalid": "practice.friend.addressInvalid",
} as const satisfies Record<FriendProblem, string>;

const START_KEYS = {
  "start-invalid": "practice.friend.startInvalid",
  "start-too-soon": "practice.friend.startTooSoon",
} as const satisfies Record<StartProblem, string>;

/**
 * The friend's practice call: details, then the review of exactly what they will receive, then
 * one clearly named send (POST /me/events sends at once, so the review always comes first).
 */
export function InviteFriend({
  questions,
  calls,
  booked,
  onSending,
}: {
  questions: ChosenQuestionRef[];
  calls: PracticeCalls;
  booked: boolean;
  onSending: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = usePracticeStyles();
  const { now } = useServices();
  const me = useMe();
  const zone = useMemo(() => browserZone(), []);
  const [name, setName] = useState("");
  const [address, setAddress] = useState("");
  const [local, setLocal] = useState<LocalStart>(() => defaultPracticeCallStart(now(), zone));
  const [minutes, setMinutes] = useState(DEFAULT_PRACTICE_CALL_MINUTES);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(
    () => new Set(questions.map((q) => q.id)),
  );
  const [problems, setProblems] = useState<FriendProblem[]>([]);
  const [startProblem, setStartProblem] = useState<StartProblem | null>(null);
  const [noneTicked, setNoneTicked] = useState(false);
  // The request under review; its transactionId stays while it does, so Send pressed again after
  // a failure cannot make a second invitation.
  const [review, setReview] = useState<PracticeCallRequest | null>(null);
  const groupId = useId();
  const { invite } = calls;

  if (invite.status === "sent") {
    const link = invite.event.webLink;
    return (
      <div className={styles.column}>
        <div role="status">
          <Body1>
            {t("practice.sent", { name: invite.event.attendees[0]?.displayName ?? "" })}
          </Body1>
        </div>
        {invite.event.joinUrl ? null : (
          <Caption1 className={styles.error}>{t("practice.sent.noTeams")}</Caption1>
        )}
        {invite.noted ? null : (
          <>
            <Caption1 role="alert" className={styles.error}>
              {t("practice.sent.notNoted", { reason: failureText(t, invite.reason) })}
            </Caption1>
            {httpsLinkOrNull(link) ? (
              <Link href={httpsLinkOrNull(link) ?? undefined} target="_blank" rel="noreferrer">
                {t("practice.call.open")}
              </Link>
            ) : null}
            <div>
              <Button onClick={() => void calls.noteAgain()}>{t("practice.sent.noteAgain")}</Button>
            </div>
          </>
        )}
      </div>
    );
  }

  if (booked) return <Body1>{t("practice.call.oneAtATime")}</Body1>;

  if (review) {
    const preview = previewPracticeCall(review);
    const friend = review.invitation.friend;
    const sending = invite.status === "sending";
    return (
      <section
        aria-label={t("practice.preview.heading", { name: friend.displayName })}
        className={styles.column}
      >
        <Subtitle2 as="h4">{t("practice.preview.heading", { name: friend.displayName })}</Subtitle2>
        <dl className={styles.preview}>
          <dt>{t("practice.preview.to")}</dt>
          <dd>{`${friend.displayName} <${friend.emailAddress}>`}</dd>
          <dt>{t("practice.preview.subject")}</dt>
          <dd>{preview.subject}</dd>
          <dt>{t("practice.preview.when")}</dt>
          <dd>{formatRangeInZone(preview.start, preview.end, review.timeZone, locale)}</dd>
          <dt>{t("practice.preview.body")}</dt>
          <dd className={styles.body}>{preview.textBody}</dd>
        </dl>
        <Caption1 className={styles.muted}>{t("practice.preview.teams")}</Caption1>
        <Caption1>{t("practice.preview.sendsAtOnce")}</Caption1>
        {invite.status === "error" ? (
          <Caption1 role="alert" className={styles.error}>
            {t("practice.preview.error", { reason: failureText(t, invite.reason) })}
          </Caption1>
        ) : null}
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={sending}
            onClick={() => {
              onSending();
              // Sent: the next invitation starts from a fresh form and a fresh transactionId.
              void calls.send(review).then((sent) => {
                if (sent) setReview(null);
              });
            }}
          >
            {t("practice.preview.send")}
          </Button>
          <Button
            disabled={sending}
            onClick={() => {
              calls.reset();
              setReview(null);
            }}
          >
            {t("practice.preview.back")}
          </Button>
          {sending ? <Spinner size="tiny" label={t("practice.preview.sending")} /> : null}
        </div>
      </section>
    );
  }

  const submit = () => {
    const checked = checkFriend({ displayName: name, emailAddress: address });
    const start = checkPracticeCallStart(local, zone, now());
    const chosen = questions.filter((q) => ticked.has(q.id)).map((q) => q.text);
    setProblems(checked.ok ? [] : checked.problems);
    setStartProblem(start.ok ? null : start.problem);
    setNoneTicked(chosen.length === 0);
    if (!checked.ok || !start.ok || chosen.length === 0) return;
    setReview({
      invitation: {
        locale,
        student: { displayName: me?.displayName ?? "" },
        friend: checked.friend,
        minutes,
        questions: chosen,
      },
      start: start.start,
      timeZone: zone,
      transactionId: practiceTransactionId(crypto.randomUUID()),
    });
  };
  const problem = (which: FriendProblem) =>
    problems.includes(which) ? { validationMessage: t(PROBLEM_KEYS[which]) } : {};
  const startMessage = startProblem ? { validationMessage: t(START_KEYS[startProblem]) } : {};

  return (
    // Our own checks, in the user's language, instead of the browser's validation bubbles.
    <form
      noValidate
      className={styles.column}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Body1>{t("practice.friend.hint")}</Body1>
      <Field label={t("practice.friend.name")} required {...problem("name-missing")}>
        <Input value={name} onChange={(_, data) => setName(data.value)} />
      </Field>
      <Field label={t("practice.friend.address")} required {...problem("address-invalid")}>
        <Input type="email" value={address} onChange={(_, data) => setAddress(data.value)} />
      </Field>
      <div className={styles.when}>
        <Field label={t("practice.friend.date")} required {...startMessage}>
          <Input
            type="date"
            value={local.date}
            onChange={(_, data) => setLocal({ ...local, date: data.value })}
          />
        </Field>
        <Field label={t("practice.friend.time")} required>
          <Input
            type="time"
            step={300}
            value={local.time}
            onChange={(_, data) => setLocal({ ...local, time: data.value })}
          />
        </Field>
      </div>
      <Caption1 className={styles.muted}>{t("practice.friend.zone", { zone })}</Caption1>
      <Field label={t("practice.friend.length")}>
        <Select value={String(minutes)} onChange={(_, data) => setMinutes(Number(data.value))}>
          {PRACTICE_CALL_LENGTHS.map((m) => (
            <option key={m} value={m}>
              {t("practice.lengthOption", { minutes: m })}
            </option>
          ))}
        </Select>
      </Field>
      {questions.length > 0 ? (
        // A group, not a Field: a Field hands its one id to every checkbox inside it.
        <div role="group" aria-labelledby={groupId} className={styles.column}>
          <Body1 id={groupId}>{t("practice.friend.questions")}</Body1>
          {questions.map((q) => (
            <Checkbox
              key={q.id}
              label={q.text}
              checked={ticked.has(q.id)}
              onChange={(_, data) => {
                const next = new Set(ticked);
                if (data.checked === true) next.add(q.id);
                else next.delete(q.id);
                setTicked(next);
              }}
            />
          ))}
          {noneTicked ? (
            <Caption1 role="alert" className={styles.error}>
              {t("practice.friend.noneTicked")}
            </Caption1>
          ) : null}
        </div>
      ) : null}
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={questions.length === 0}>
          {t("practice.friend.review")}
        </Button>
      </div>
    </form>
  );
}
