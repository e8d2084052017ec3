// The question bank by theme: tailored wording, a mark when the notes may already answer, and an add button.
import { Body1, Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { byTheme, type TailoredBankQuestion } from "../../app/questions/bank";
import { normaliseQuestionText } from "../../domain/questionList";
import { useQuestionsStyles } from "./questions.styles";

/** Lists the bank; without `onAdd` it is for browsing only. */
export function BankPicker({
  items,
  chosen,
  onAdd,
  themeHeading = "h4",
}: {
  themeHeading?: "h3" | "h4";
  items: readonly TailoredBankQuestion[];
  chosen?: readonly { text: string; id: string }[];
  onAdd?: (item: TailoredBankQuestion) => void;
}) {
  const t = useT();
  const styles = useQuestionsStyles();
  const chosenIds = new Set((chosen ?? []).map((q) => q.id));
  const chosenTexts = new Set((chosen ?? []).map((q) => normaliseQuestionText(q.text)));
  return (
    <>
      {byTheme(items).map((group) => (
        <section
          key={group.theme}
          className={styles.group}
          aria-labelledby={`theme-${group.theme}`}
        >
          <Subtitle2 as={themeHeading} id={`theme-${group.theme}`}>
            {t(`theme.${group.theme}`)}
          </Subtitle2>
          <ul className={styles.list}>
            {group.items.map((item) => {
              const onList =
                chosenIds.has(`bank:${item.question.id}`) ||
                chosenTexts.has(normaliseQuestionText(item.text));
              return (
                <li key={item.question.id} className={styles.bankQuestion}>
                  <div className={styles.text}>
                    <Body1>{item.text}</Body1>
                    {item.answered ? (
                      <Caption1 as="p" className={styles.note}>
                        {t("questions.answeredByNotes")}
                      </Caption1>
                    ) : null}
                    {item.question.source === "advisor" ? (
                      <Caption1 as="p" className={styles.note}>
                        {t("questions.advisorQuestion")}
                      </Caption1>
                    ) : null}
                  </div>
                  {onAdd ? (
                    onList ? (
                      <Caption1>{t("questions.onList")}</Caption1>
                    ) : (
                      <Button
                        size="small"
                        aria-label={t("questions.addFromBank", { text: item.text })}
                        onClick={() => onAdd(item)}
                      >
                        +
                      </Button>
                    )
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
