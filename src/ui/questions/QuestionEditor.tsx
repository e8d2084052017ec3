// Writing one's own question: the "New question" box, the coach's live verdict (announced), and
// "Add question".
import { Button, Caption1, Input, Label, useId } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { CoachVerdict, useAssessment } from "./CoachVerdict";
import { useQuestionsStyles } from "./questions.styles";

/** The editor; `onAdd` answers false when the question is blank or already listed. */
export function QuestionEditor({ onAdd }: { onAdd: (text: string) => boolean }) {
  const t = useT();
  const styles = useQuestionsStyles();
  const inputId = useId("new-question");
  const hintId = useId("new-question-hint");
  const verdictId = useId("new-question-verdict");
  const [text, setText] = useState("");
  const [notice, setNotice] = useState("");
  const assessment = useAssessment(text);

  const add = () => {
    if (!text.trim()) {
      setNotice(t("questions.empty"));
      return;
    }
    if (onAdd(text)) {
      setText("");
      setNotice(t("questions.added"));
    } else {
      setNotice(t("questions.duplicate"));
    }
  };

  return (
    <div className={styles.editor}>
      <Label htmlFor={inputId}>{t("questions.newLabel")}</Label>
      <Caption1 id={hintId} className={styles.note}>
        {t("questions.newHint")}
      </Caption1>
      <div className={styles.editorRow}>
        <Input
          id={inputId}
          className={styles.input}
          value={text}
          aria-describedby={`${hintId} ${verdictId}`}
          onChange={(_, data) => {
            setText(data.value);
            setNotice("");
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
        />
        <Button appearance="primary" onClick={add}>
          {t("questions.add")}
        </Button>
      </div>
      {/* The verdict is a polite live region: screen readers hear it as the user types. */}
      <div role="status" aria-live="polite">
        <CoachVerdict
          id={verdictId}
          assessment={assessment}
          onRewrite={(suggestion) => setText(suggestion)}
        />
        {notice ? <Caption1>{notice}</Caption1> : null}
      </div>
    </div>
  );
}
