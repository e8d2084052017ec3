// Question bank editing for advisors: add, edit, retire, reorder by theme, in both languages.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { EditableQuestion, QuestionDraft } from "../../app/advisor/questionEditing";
import { useQuestionEditor, type QuestionEditOutcome } from "../../app/advisor/useQuestionEditor";
import { useT } from "../../app/i18n/I18nProvider";
import type { GraphReason } from "../../domain/graphReason";
import { QUESTION_THEMES, type QuestionTheme } from "../../domain/questionBank";
import { assessQuestion } from "../../domain/questionCoach/coach";
import { failureText } from "../common/failureText";
import { CoachVerdict } from "../questions/CoachVerdict";
import { ActionFailed } from "./ActionFailed";
import { useAdvisorStyles } from "./advisor.styles";

/** The add/edit form for one question. */
function QuestionForm({
  initial,
  submitLabel,
  heading,
  onSubmit,
  onCancel,
}: {
  initial: QuestionDraft;
  submitLabel: string;
  heading: string;
  onSubmit: (draft: QuestionDraft) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const t = useT();
  const styles = useAdvisorStyles();
  const headingId = useId();
  const [draft, setDraft] = useState(initial);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const en = useMemo(() => (draft.en.trim() ? assessQuestion(draft.en, "en") : null), [draft.en]);
  const fr = useMemo(
    () => (draft.fr.trim() ? assessQuestion(draft.fr, "fr-CA") : null),
    [draft.fr],
  );
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        if (!draft.en.trim()) {
          setMissing(true);
          return;
        }
        setBusy(true);
        void onSubmit(draft).then((done) => {
          setBusy(false);
          if (done && !onCancel) setDraft({ ...initial, theme: draft.theme });
        });
      }}
    >
      <Subtitle2 as="h4" id={headingId}>
        {heading}
      </Subtitle2>
      <Field label={t("advisor.q.theme")}>
        <Select
          value={draft.theme}
          onChange={(_, d) => setDraft({ ...draft, theme: d.value as QuestionTheme })}
        >
          {QUESTION_THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`advisor.q.theme.${theme}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("advisor.q.en")}
        validationMessage={missing ? t("advisor.q.enRequired") : undefined}
      >
        <Input
          value={draft.en}
          onChange={(_, d) => {
            setMissing(false);
            setDraft({ ...draft, en: d.value });
          }}
        />
      </Field>
      <CoachVerdict assessment={en} />
      <Field label={t("advisor.q.fr")}>
        <Input value={draft.fr} onChange={(_, d) => setDraft({ ...draft, fr: d.value })} />
      </Field>
      <CoachVerdict assessment={fr} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t("advisor.q.cancel")}</Button> : null}
      </div>
    </form>
  );
}

/** One question with its verdicts and actions. */
function QuestionRow({
  question,
  first,
  last,
  onEdit,
  onRetire,
  onMove,
}: {
  question: EditableQuestion;
  first: boolean;
  last: boolean;
  onEdit: () => void;
  onRetire: () => void;
  onMove: (direction: "up" | "down") => void;
}) {
  const t = useT();
  const styles = useAdvisorStyles();
  const en = useMemo(() => assessQuestion(question.en, "en"), [question.en]);
  const fr = useMemo(
    () => (question.fr ? assessQuestion(question.fr, "fr-CA") : null),
    [question.fr],
  );
  const text = question.en;
  return (
    <li className={styles.card}>
      <p className={styles.questionText} lang="en">
        {question.en}
      </p>
      <div>
        <Caption1 className={styles.muted}>{t("advisor.q.verdictEn")}</Caption1>
        <CoachVerdict assessment={en} />
      </div>
      {question.fr ? (
        <>
          <p className={styles.questionText} lang="fr-CA">
            {question.fr}
          </p>
          <div>
            <Caption1 className={styles.muted}>{t("advisor.q.verdictFr")}</Caption1>
            <CoachVerdict assessment={fr} />
          </div>
        </>
      ) : (
        <Caption1 className={styles.muted}>{t("advisor.q.noFrench")}</Caption1>
      )}
      {question.retired ? (
        <div className={styles.badges}>
          <Badge color="subtle">{t("advisor.q.retired")}</Badge>
        </div>
      ) : null}
      <div className={styles.actions}>
        <Button size="small" onClick={onEdit} aria-label={t("advisor.q.edit", { text })}>
          {t("advisor.q.edit", { text: "" }).replace(/[\s:]+$/u, "")}
        </Button>
        <Button
          size="small"
          onClick={onRetire}
          aria-label={t(question.retired ? "advisor.q.restore" : "advisor.q.retire", { text })}
        >
          {t(question.retired ? "advisor.q.restore" : "advisor.q.retire", { text: "" }).replace(
            /[\s:]+$/u,
            "",
          )}
        </Button>
        <Button
          size="small"
          className={styles.arrow}
          disabled={first}
          onClick={() => onMove("up")}
          aria-label={t("advisor.q.up", { text })}
        >
          ↑
        </Button>
        <Button
          size="small"
          className={styles.arrow}
          disabled={last}
          onClick={() => onMove("down")}
          aria-label={t("advisor.q.down", { text })}
        >
          ↓
        </Button>
      </div>
    </li>
  );
}

/** The editor: a form to add, then every theme's questions in order. */
export function QuestionBankEditor() {
  const t = useT();
  const styles = useAdvisorStyles();
  const editor = useQuestionEditor();
  const [editing, setEditing] = useState<string | null>(null);
  const [failure, setFailure] = useState<GraphReason | null>(null);
  const [conflict, setConflict] = useState(false);

  const report = (outcome: QuestionEditOutcome): boolean => {
    setFailure(outcome.kind === "failed" ? outcome.reason : null);
    setConflict(outcome.kind === "conflict");
    return outcome.kind === "saved";
  };

  if (editor.status === "loading") return <Spinner label={t("advisor.q.loading")} />;
  if (editor.status === "unconfigured") return <Body1>{t("advisor.unconfigured")}</Body1>;
  if (editor.status === "error" && editor.reason)
    return <Body1 role="alert">{failureText(t, editor.reason)}</Body1>;

  return (
    <div className={styles.view}>
      <ActionFailed failure={failure} />
      {conflict ? (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{t("advisor.q.conflict")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <QuestionForm
        initial={{ theme: "path", en: "", fr: "" }}
        heading={t("advisor.q.addHeading")}
        submitLabel={t("advisor.q.add")}
        onSubmit={async (draft) => report(await editor.add(draft))}
      />
      {QUESTION_THEMES.map((theme) => {
        const inTheme = editor.questions.filter((q) => q.theme === theme);
        return (
          <section key={theme} aria-label={t(`advisor.q.theme.${theme}`)}>
            <Subtitle2 as="h3">{t(`advisor.q.theme.${theme}`)}</Subtitle2>
            {inTheme.length === 0 ? (
              <Caption1>{t("advisor.q.empty")}</Caption1>
            ) : (
              <ol className={styles.list}>
                {inTheme.map((question, index) =>
                  editing === question.itemId ? (
                    <li key={question.itemId}>
                      <QuestionForm
                        initial={{ theme: question.theme, en: question.en, fr: question.fr }}
                        heading={t("advisor.q.edit", { text: question.en })}
                        submitLabel={t("advisor.q.save")}
                        onCancel={() => setEditing(null)}
                        onSubmit={async (draft) => {
                          const done = report(await editor.edit(question, draft));
                          setEditing(null);
                          return done;
                        }}
                      />
                    </li>
                  ) : (
                    <QuestionRow
                      key={question.itemId}
                      question={question}
                      first={index === 0}
                      last={index === inTheme.length - 1}
                      onEdit={() => setEditing(question.itemId)}
                      onRetire={() =>
                        void editor.setRetired(question, !question.retired).then(report)
                      }
                      onMove={(direction) => void editor.move(question, direction).then(report)}
                    />
                  ),
                )}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
