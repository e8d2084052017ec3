// The top-level "Questions" view: the whole question bank by theme, to browse before choosing per
// interview.
import { Body1, Caption1, Spinner, Subtitle1 } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { useBankBrowser } from "../../app/questions/useBankBrowser";
import { BankPicker } from "./BankPicker";
import { useQuestionsStyles } from "./questions.styles";

/** Browses the bank (built-in and the career centre's list). */
export default function QuestionBankView() {
  const t = useT();
  const styles = useQuestionsStyles();
  const { bank, items } = useBankBrowser();
  return (
    <section className={styles.section} aria-labelledby="bank-heading">
      <Subtitle1 as="h2" id="bank-heading">
        {t("questions.bankHeading")}
      </Subtitle1>
      <Body1>{t("questions.bankIntro")}</Body1>
      {bank.loadingList ? <Spinner size="tiny" label={t("questions.listLoading")} /> : null}
      {bank.listFailure ? <Caption1>{t("questions.listFailed")}</Caption1> : null}
      <BankPicker items={items} themeHeading="h3" openFirst />
    </section>
  );
}
