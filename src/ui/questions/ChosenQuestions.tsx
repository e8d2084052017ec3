// The interview's questions in asking order: drag to reorder, or move up/down by keyboard (focus
// stays), remove.
import { Body1, Button, Caption1, mergeClasses, useId } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import type { ChosenQuestion } from "../../domain/questionList";
import { CoachVerdict, useAssessment } from "./CoachVerdict";
import { useQuestionsStyles } from "./questions.styles";

interface ListActions {
  moveUp(id: string): void;
  moveDown(id: string): void;
  move(from: number, to: number): void;
  remove(id: string): void;
  replace(id: string, text: string): void;
}

/** The ordered list; announces moves and removals in a status region. */
export function ChosenQuestions({
  questions,
  actions,
  labelledBy,
}: {
  labelledBy?: string;
  questions: readonly ChosenQuestion[];
  actions: ListActions;
}) {
  const t = useT();
  const styles = useQuestionsStyles();
  const hintId = useId("drag-hint");
  const [announcement, setAnnouncement] = useState("");
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);

  const announceMove = (index: number) =>
    setAnnouncement(t("questions.moved", { position: index + 1, count: questions.length }));

  return (
    <>
      {questions.length === 0 ? <Body1>{t("questions.none")}</Body1> : null}
      {questions.length > 1 ? (
        <Caption1 id={hintId} className={styles.note}>
          {t("questions.dragHint")}
        </Caption1>
      ) : null}
      <ol className={styles.list} aria-labelledby={labelledBy}>
        {questions.map((question, index) => (
          <li
            key={question.id}
            className={mergeClasses(
              styles.item,
              dragFrom === index && styles.dragging,
              dropAt === index && dragFrom !== index && styles.dropTarget,
            )}
            draggable
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = "move";
              event.dataTransfer.setData("text/plain", question.id);
              setDragFrom(index);
            }}
            onDragOver={(event) => {
              if (dragFrom === null) return;
              event.preventDefault();
              setDropAt(index);
            }}
            onDrop={(event) => {
              event.preventDefault();
              if (dragFrom !== null && dragFrom !== index) {
                actions.move(dragFrom, index);
                announceMove(index);
              }
              setDragFrom(null);
              setDropAt(null);
            }}
            onDragEnd={() => {
              setDragFrom(null);
              setDropAt(null);
            }}
          >
            <ChosenQuestionItem
              question={question}
              index={index}
              last={index === questions.length - 1}
              actions={actions}
              onMoved={announceMove}
              onRemoved={() => setAnnouncement(t("questions.removed"))}
            />
          </li>
        ))}
      </ol>
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>
    </>
  );
}

function ChosenQuestionItem({
  question,
  index,
  last,
  actions,
  onMoved,
  onRemoved,
}: {
  question: ChosenQuestion;
  index: number;
  last: boolean;
  actions: ListActions;
  onMoved: (index: number) => void;
  onRemoved: () => void;
}) {
  const t = useT();
  const styles = useQuestionsStyles();
  const verdictId = useId("verdict");
  const assessment = useAssessment(question.text);
  const flagged = (assessment?.reasons.length ?? 0) > 0;
  return (
    <>
      <div className={styles.itemHead}>
        <Body1 className={styles.number} aria-hidden>
          {index + 1}.
        </Body1>
        <Body1 className={styles.text} aria-describedby={flagged ? verdictId : undefined}>
          {question.text}
        </Body1>
      </div>
      <CoachVerdict
        id={verdictId}
        assessment={assessment}
        quietWhenOpen
        onRewrite={(text) => actions.replace(question.id, text)}
        rewriteLabel={t("questions.rewriteOf", { text: question.text })}
      />
      <div className={styles.actions}>
        {/* disabledFocusable keeps focus on the button when it reaches the end of the list. */}
        <Button
          size="small"
          disabledFocusable={index === 0}
          aria-label={t("questions.moveUp", { text: question.text })}
          onClick={() => {
            actions.moveUp(question.id);
            onMoved(index - 1);
          }}
        >
          ↑
        </Button>
        <Button
          size="small"
          disabledFocusable={last}
          aria-label={t("questions.moveDown", { text: question.text })}
          onClick={() => {
            actions.moveDown(question.id);
            onMoved(index + 1);
          }}
        >
          ↓
        </Button>
        <Button
          size="small"
          appearance="subtle"
          aria-label={t("questions.remove", { text: question.text })}
          onClick={() => {
            actions.remove(question.id);
            onRemoved();
          }}
        >
          ✕
        </Button>
      </div>
    </>
  );
}
