// The merged question bank for the page, read once: built-in questions at once, the career centre's
// list when it answers.
import { useEffect, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import type { MergedBankQuestion } from "../../domain/questionBank";
import { BUILT_IN_QUESTIONS, mergeBank } from "../../domain/questionBank";
import { useServices } from "../services";
import { loadQuestionBank } from "./bank";
import { failureReason, wasCancelled } from "../failure";

/** The bank, whether the career centre's list is still loading, and why it failed if it did. */
export interface QuestionBankState {
  questions: MergedBankQuestion[];
  loadingList: boolean;
  /** The list could not be read: the built-in questions are shown alone. */
  listFailure: GraphReason | null;
}

const builtIn = mergeBank(BUILT_IN_QUESTIONS, []);

/** The bank; built-in questions are there from the first render. */
export function useQuestionBank(): QuestionBankState {
  const { graph, config } = useServices();
  const configured = Boolean(config.sharePoint?.lists.questions);
  const [state, setState] = useState<QuestionBankState>({
    questions: builtIn,
    loadingList: configured,
    listFailure: null,
  });
  useEffect(() => {
    if (!configured) return;
    const controller = new AbortController();
    loadQuestionBank(graph, config.sharePoint, controller.signal).then(
      (questions) => setState({ questions, loadingList: false, listFailure: null }),
      (error: unknown) => {
        if (wasCancelled(error)) return;
        setState({
          questions: builtIn,
          loadingList: false,
          listFailure: failureReason(error, "Sites.Read.All"),
        });
      },
    );
    return () => controller.abort();
  }, [graph, config.sharePoint, configured]);
  return state;
}
