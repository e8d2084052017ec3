// The "Practice run" button and its panel: rehearse alone (clock, coach, private notes) or book a
// short Teams practice call with someone the student knows (PracticeCall.tsx).
import {
  Body1,
  Button,
  Caption1,
  Field,
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
import { useInterview, type InterviewHandle } from "../../app/interviews/useInterview";
import { usePracticeCall, usePracticeNotes } from "../../app/practice/usePractice";
import { useServices } from "../../app/services";
import type { GraphReason } from "../../domain/graphReason";
import type { ChosenQuestionRef, PracticeRecord } from "../../domain/interview";
import {
  PRACTICE_LENGTHS,
  PRACTICE_NOTES_MAX_CHARS,
  practicePlan,
  practiceWindow,
  upcomingPracticeCall,
} from "../../domain/practice";
import { formatClock } from "../../domain/timekeeper";
import { FailureNotice } from "../common/FailureNotice";
import { Timekeeper } from "../common/Timekeeper";
import { failureText } from "../common/failureText";
import { CoachVerdict } from "../questions/CoachVerdict";
import { BookedCall, InviteFriend } from "./PracticeCall";
import { usePracticeStyles } from "./practice.styles";

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
