// The question bank to browse on its own (no contact): wording in the user's language, placeholders
// generic.
import { useMemo } from "react";
import { useLocale } from "../i18n/I18nProvider";
import { tailorBank, type TailoredBankQuestion } from "./bank";
import { useQuestionBank, type QuestionBankState } from "./useQuestionBank";

/** The bank and its questions worded for browsing. */
export function useBankBrowser(): { bank: QuestionBankState; items: TailoredBankQuestion[] } {
  const locale = useLocale();
  const bank = useQuestionBank();
  const items = useMemo(() => tailorBank(bank.questions, {}, "", locale), [bank.questions, locale]);
  return { bank, items };
}
