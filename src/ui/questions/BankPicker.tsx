// The question bank by theme: tailored wording, a mark when the notes may already answer, and an
// add button.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
} from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { byTheme, type TailoredBankQuestion } from "../../app/questions/bank";
import { normaliseQuestionText } from "../../domain/questionList";
import { useQuestionsStyles } from "./questions.styles";

/**
 * Lists the bank, one collapsible theme at a time (a 320 px pane cannot show sixty questions at
 * once); without `onAdd` it is for browsing only.
 */
export function BankPicker({
  items,
  chosen,
  onAdd,
  themeHeading = "h4",
  openFirst = false,
}: {
  themeHeading?: "h3" | "h4";
  /** Opens the first theme (the browsing view starts with something to read). */
  openFirst?: boolean;
  items: readonly TailoredBankQuestion[];
  chosen?: readonly { text: string; id: string }[];
  onAdd?: (item: TailoredBankQuestion) => void;
}) {
  const t = useT();
  const styles = useQuestionsStyles();
  const chosenIds = new Set((chosen ?? []).map((q) => q.id));
  const chosenTexts = new Set((chosen ?? []).map((q) => normaliseQuestionText(q.text)));
  const groups = byTheme(items);
  return (
    <Accordion
      multiple
      collapsible
      defaultOpenItems={openFirst && groups[0] ? [groups[0].theme] : []}
    >
      {groups.map((group) => (
        <AccordionItem key={group.theme} value={group.theme}>
          <AccordionHeader as={themeHeading}>
            {t(`theme.${group.theme}`)} ({group.items.length})
          </AccordionHeader>
          <AccordionPanel>
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
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
