// Step 3 for one interview: chosen questions, writing one's own with the coach, the bank.
import { Body1, Caption1, Spinner, Subtitle1, Subtitle2 } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { useQuestionList } from "../../app/questions/useQuestionList";
import type { SectionProps } from "../common/sectionProps";
import { BankPicker } from "./BankPicker";
import { ChosenQuestions } from "./ChosenQuestions";
import { FailureNotice } from "../common/FailureNotice";
import { QuestionEditor } from "./QuestionEditor";
import { useQuestionsStyles } from "./questions.styles";

/** The "questions" section of an interview. */
export default function QuestionsSection({ contactId }: SectionProps) {
  const t = useT();
  const styles = useQuestionsStyles();
  const model = useQuestionList(contactId);
  const { interview } = model;
  if (interview.status === "loading") {
    return <Spinner size="small" label={t("questions.loading")} />;
  }
  if (interview.status === "error")
    return <FailureNotice failure={interview.reason} wording="step" />;
  const { fit, questions } = model;
  return (
    <section className={styles.section} aria-labelledby="questions-heading">
      <Subtitle1 as="h2" id="questions-heading">
        {t("questions.heading", { name: interview.contact.displayName })}
      </Subtitle1>

      <div className={styles.group}>
        <Subtitle2 as="h3" id="chosen-heading">
          {t("questions.chosenHeading")}
        </Subtitle2>
        <Body1>
          {t("questions.fit", {
            fits: fit.fits,
            minutes: model.bookedMinutes,
            count: questions.length,
          })}{" "}
          {fit.overBy > 0 ? t("questions.over", { count: fit.overBy }) : ""}
        </Body1>
        <ChosenQuestions questions={questions} actions={model} labelledBy="chosen-heading" />
        <Caption1 role="status" className={styles.note}>
          {model.save.status === "saving"
            ? t("questions.saving")
            : model.save.status === "saved"
              ? t("questions.saved")
              : ""}
        </Caption1>
        {model.save.status === "error" ? (
          <FailureNotice failure={model.save.reason} wording="step" />
        ) : null}
      </div>

      <QuestionEditor onAdd={model.addOwn} />

      <div className={styles.group}>
        <Subtitle2 as="h3">{t("questions.bankHeading")}</Subtitle2>
        {model.bank.loadingList ? <Spinner size="tiny" label={t("questions.listLoading")} /> : null}
        {model.bank.listFailure ? <Caption1>{t("questions.listFailed")}</Caption1> : null}
        <BankPicker items={model.tailored} chosen={questions} onAdd={model.addFromBank} />
      </div>
    </section>
  );
}
