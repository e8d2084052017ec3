// The coach's verdict on one question, in words: open or closed, why, and the open rewrite to use.
import { Button, Caption1, mergeClasses } from "@fluentui/react-components";
import { useMemo } from "react";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import { assessQuestion } from "../../domain/questionCoach/coach";
import type { QuestionAssessment } from "../../domain/questionCoach/verdict";
import { useQuestionsStyles } from "./questions.styles";

/** The coach's assessment of `text` in the user's language (cheap: runs on every keystroke). */
export function useAssessment(text: string): QuestionAssessment | null {
  const locale = useLocale();
  return useMemo(() => (text.trim() ? assessQuestion(text, locale) : null), [text, locale]);
}

const ETIQUETTE = new Set(["asks-for-job", "asks-to-pass-resume"]);

/**
 * Shows a verdict. `quietWhenOpen` hides a plain "open" verdict (the chosen list only speaks up
 * about problems). `onRewrite` offers the suggestion with one click.
 */
export function CoachVerdict({
  id,
  assessment,
  quietWhenOpen = false,
  onRewrite,
  rewriteLabel,
}: {
  id?: string;
  assessment: QuestionAssessment | null;
  quietWhenOpen?: boolean;
  onRewrite?: (text: string) => void;
  rewriteLabel?: string;
}) {
  const t = useT();
  const styles = useQuestionsStyles();
  if (!assessment) return <div id={id} />;
  const flagged = assessment.reasons.length > 0;
  if (!flagged && quietWhenOpen) return <div id={id} />;
  const etiquette = assessment.reasons.some((r) => ETIQUETTE.has(r));
  return (
    <div id={id} className={styles.verdict}>
      <Caption1
        className={mergeClasses(
          etiquette ? styles.warning : assessment.kind === "closed" ? styles.closed : styles.open,
        )}
      >
        {assessment.kind === "closed" ? t("coach.closed") : !flagged ? t("coach.open") : ""}
        {assessment.reasons.map((reason) => ` ${t(`coach.${reason}`)}`).join("")}
      </Caption1>
      {assessment.suggestion ? (
        <Caption1>{t("coach.suggestion", { text: assessment.suggestion })}</Caption1>
      ) : null}
      {assessment.suggestion && onRewrite ? (
        <Button
          size="small"
          appearance="secondary"
          aria-label={rewriteLabel}
          onClick={() => onRewrite(assessment.suggestion ?? "")}
        >
          {t("questions.useRewrite")}
        </Button>
      ) : null}
    </div>
  );
}
