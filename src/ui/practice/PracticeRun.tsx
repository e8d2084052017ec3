// The "Practice run" button and its panel: rehearse alone (clock, coach, private notes) or book a
// short Teams practice call with someone the student knows (reviewed before it is sent).
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Link,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { failureReason } from "../../app/failure";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import { useMe } from "../../app/arrange/useMe";
import { useInterview, type InterviewHandle } from "../../app/interviews/useInterview";
import { browserZone } from "../../app/arrange/freeTimes";
import { previewPracticeCall, type PracticeCallRequest } from "../../app/practice/practiceCall";
import { usePracticeCall, usePracticeNotes } from "../../app/practice/usePractice";
import { useServices } from "../../app/services";
import type { GraphReason } from "../../domain/graphReason";
import type { ChosenQuestionRef, PracticeCall, PracticeRecord } from "../../domain/interview";
import {
  DEFAULT_PRACTICE_CALL_MINUTES,
  PRACTICE_CALL_LENGTHS,
  PRACTICE_LENGTHS,
  PRACTICE_NOTES_MAX_CHARS,
  checkFriend,
  checkPracticeCallStart,
  defaultPracticeCallStart,
  practicePlan,
  practiceTransactionId,
  practiceWindow,
  upcomingPracticeCall,
  type FriendProblem,
  type LocalStart,
  type StartProblem,
} from "../../domain/practice";
import { formatRangeInZone } from "../../domain/time/zones";
import { formatClock } from "../../domain/timekeeper";
import { FailureNotice } from "../common/FailureNotice";
import { Timekeeper } from "../common/Timekeeper";
import { failureText } from "../common/failureText";
import { CoachVerdict } from "../questions/CoachVerdict";
import { usePracticeStyles } from "./practice.styles";
import { httpsLinkOrNull } from "../../domain/mail/escape";

/** The button that opens the practice run for one interview, and the panel under it. */
export function PracticeRun({ contactId }: { contactId: string }) {
  const t = useT();
  const styles = usePracticeStyles();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={styles.column}>
      <div className={styles.row}>
        <Button
          appearance="secondary"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => setOpen((o) => !o)}
        >
          {t("practice.open")}
        </Button>
      </div>
      {open ? (
        <section id={panelId} aria-label={t("practice.heading")} className={styles.panel}>
          <PracticePanel contactId={contactId} />
        </section>
      ) : null}
    </div>
  );
}

function PracticePanel({ contactId }: { contactId: string }) {
  const t = useT();
  const interview = useInterview(contactId);
  const { state } = interview;
  switch (state.status) {
    case "loading":
      return <Spinner size="small" label={t("practice.status.loading")} />;
    case "error":
      return (
        <>
          <FailureNotice failure={state.reason} />
          <div>
            <Button onClick={interview.reload}>{t("meeting.retry")}</Button>
          </div>
        </>
      );
    case "ready":
      return (
        <PracticeReady
          contactId={contactId}
          interview={interview}
          questions={state.record.questions}
          practice={state.record.practice ?? null}
        />
      );
  }
}

type Mode = "alone" | "friend";

function PracticeReady({
  contactId,
  interview,
  questions,
  practice,
}: {
  contactId: string;
  interview: InterviewHandle;
  questions: ChosenQuestionRef[];
  practice: PracticeRecord | null;
}) {
  const t = useT();
  const styles = usePracticeStyles();
  const { now } = useServices();
  const [mode, setMode] = useState<Mode>("alone");
  const calls = usePracticeCall(interview);
  const [cancelled, setCancelled] = useState(false);
  const upcoming = upcomingPracticeCall(practice, now());
  return (
    <div className={styles.column}>
      <Subtitle2 as="h3">{t("practice.heading")}</Subtitle2>
      <Body1>{t("practice.intro")}</Body1>
      {upcoming ? (
        <BookedCall call={upcoming} calls={calls} onCancelled={() => setCancelled(true)} />
      ) : null}
      <div role="status">
        {cancelled && !upcoming ? <Caption1>{t("practice.call.cancelled")}</Caption1> : null}
      </div>
      <Field label={t("practice.mode")}>
        <RadioGroup value={mode} onChange={(_, data) => setMode(data.value as Mode)}>
          <Radio value="alone" label={t("practice.mode.alone")} />
          <Radio value="friend" label={t("practice.mode.friend")} />
        </RadioGroup>
      </Field>
      {questions.length === 0 ? <Body1>{t("practice.noQuestions")}</Body1> : null}
      {mode === "alone" ? (
        <RehearseAlone
          contactId={contactId}
          interview={interview}
          questions={questions}
          practice={practice}
        />
      ) : (
        <InviteFriend
          questions={questions}
          calls={calls}
          booked={upcoming !== null}
          onSending={() => setCancelled(false)}
        />
      )}
    </div>
  );
}

function RehearseAlone({
  contactId,
  interview,
  questions,
  practice,
}: {
  contactId: string;
  interview: InterviewHandle;
  questions: ChosenQuestionRef[];
  practice: PracticeRecord | null;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = usePracticeStyles();
  const { now } = useServices();
  const notes = usePracticeNotes(contactId, practice);
  const minutes = notes.doc.minutes;
  const plan = useMemo(
    () => practicePlan(questions, minutes, locale),
    [questions, minutes, locale],
  );
  const [startedAt, setStartedAt] = useState<Date | null>(null);
  // One window per press and length: the clock re-reads its times only when they change.
  const clock = useMemo(
    () => (startedAt ? practiceWindow(startedAt, minutes) : null),
    [startedAt, minutes],
  );
  const [index, setIndex] = useState(0);
  const [reworded, setReworded] = useState<string | null>(null);
  const step = plan.steps[Math.min(index, plan.steps.length - 1)];
  const position = Math.min(index, plan.steps.length - 1) + 1;

  // The coach's open version replaces the question in the interview's own list, as the Questions
  // step would: the real interview then asks the reworked one.
  const rework = async (id: string, text: string) => {
    let reason: GraphReason | null = null;
    try {
      const result = await interview.update((record) => ({
        ...record,
        questions: record.questions.map((q) => (q.id === id ? { ...q, text } : q)),
      }));
      if (!result.ok) reason = { kind: "too-large" };
    } catch (error) {
      reason = failureReason(error, "Contacts.ReadWrite");
    }
    setReworded(
      reason
        ? t("practice.rewordFailed", { index: position, reason: failureText(t, reason) })
        : t("practice.reworded", { index: position }),
    );
  };

  const statusText =
    notes.status === "error"
      ? t("practice.status.error", { reason: notes.reason ? failureText(t, notes.reason) : "" })
      : t(`practice.status.${notes.status}`);

  return (
    <div className={styles.column}>
      <Field label={t("practice.length")}>
        <Select
          value={String(minutes)}
          onChange={(_, data) => notes.edit({ minutes: Number(data.value) })}
        >
          {PRACTICE_LENGTHS.map((m) => (
            <option key={m} value={m}>
              {t("practice.lengthOption", { minutes: m })}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => setStartedAt(now())}>
          {startedAt ? t("practice.restart") : t("practice.start")}
        </Button>
        {plan.steps.length > 0 ? (
          <Caption1 className={styles.muted}>
            {t("practice.perQuestion", { time: formatClock(plan.perQuestionMs) })}
          </Caption1>
        ) : null}
      </div>
      {clock ? (
        // The meeting's clock without its sound switch; a practice keeps counting past its end.
        <Timekeeper {...clock} soundSwitch={false} endedLine={false} />
      ) : null}
      {step ? (
        <section
          aria-label={t("practice.questionOf", { index: position, total: plan.steps.length })}
        >
          <Caption1 className={styles.muted}>
            {t("practice.questionOf", { index: position, total: plan.steps.length })}
          </Caption1>
          <Body1 as="p" className={styles.question}>
            {step.text}
          </Body1>
          <CoachVerdict
            assessment={step.assessment}
            quietWhenOpen
            rewriteLabel={t("practice.useRewrite", { index: position })}
            onRewrite={(text) => void rework(step.id, text)}
          />
          <div role="status" aria-live="polite">
            {reworded ? <Caption1>{reworded}</Caption1> : null}
          </div>
          <div className={styles.row}>
            <Button
              disabled={position <= 1}
              onClick={() => {
                setReworded(null);
                setIndex(position - 2);
              }}
            >
              {t("practice.previous")}
            </Button>
            <Button
              disabled={position >= plan.steps.length}
              onClick={() => {
                setReworded(null);
                setIndex(position);
              }}
            >
              {t("practice.next")}
            </Button>
          </div>
        </section>
      ) : null}
      <Field label={t("practice.notes")} hint={t("practice.notesHint")}>
        <Textarea
          value={notes.doc.notes}
          disabled={notes.status === "loading"}
          maxLength={PRACTICE_NOTES_MAX_CHARS}
          resize="vertical"
          rows={5}
          onChange={(_, data) => notes.edit({ notes: data.value })}
        />
      </Field>
      <div className={styles.row} role="status">
        <Caption1 className={notes.status === "error" ? styles.error : styles.muted}>
          {statusText}
        </Caption1>
        {notes.status === "offline" || notes.status === "error" || notes.status === "pending" ? (
          <Button size="small" appearance="subtle" onClick={notes.saveNow}>
            {t("practice.saveNow")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

type PracticeCalls = ReturnType<typeof usePracticeCall>;

/** The booked practice call: when, a link to it in Outlook, and a cancel that asks first. */
function BookedCall({
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
function InviteFriend({
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
