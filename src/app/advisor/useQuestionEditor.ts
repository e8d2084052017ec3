// The advisor tab's question-bank editing state: the list, add, edit, retire and reorder, each
// guarded by the row's etag.
import { useCallback, useEffect, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import { failureReason, wasCancelled } from "../failure";
import { useServices } from "../services";
import {
  addQuestion,
  inThemeOrder,
  readQuestions,
  swapWithNeighbour,
  updateQuestion,
  type EditableQuestion,
  type QuestionDraft,
} from "./questionEditing";

/** The outcome of one question edit. */
export type QuestionEditOutcome =
  { kind: "saved" } | { kind: "conflict" } | { kind: "failed"; reason: GraphReason };

/** What the question editor shows and does. */
export interface QuestionEditorModel {
  status: "loading" | "ready" | "error" | "unconfigured";
  reason: GraphReason | null;
  questions: EditableQuestion[];
  add: (draft: QuestionDraft) => Promise<QuestionEditOutcome>;
  edit: (question: EditableQuestion, draft: QuestionDraft) => Promise<QuestionEditOutcome>;
  setRetired: (question: EditableQuestion, retired: boolean) => Promise<QuestionEditOutcome>;
  move: (question: EditableQuestion, direction: "up" | "down") => Promise<QuestionEditOutcome>;
}

/** Loads the Questions list and exposes its edits. A conflict reloads the list. */
export function useQuestionEditor(): QuestionEditorModel {
  const { graph, config } = useServices();
  const sharePoint = config.sharePoint;
  const [status, setStatus] = useState<QuestionEditorModel["status"]>(
    sharePoint ? "loading" : "unconfigured",
  );
  const [reason, setReason] = useState<GraphReason | null>(null);
  const [questions, setQuestions] = useState<EditableQuestion[]>([]);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!sharePoint) return;
    const controller = new AbortController();
    readQuestions(graph, sharePoint, controller.signal).then(
      (list) => {
        setQuestions(list);
        setReason(null);
        setStatus("ready");
      },
      (error: unknown) => {
        if (wasCancelled(error)) return;
        setReason(failureReason(error, "Sites.Read.All"));
        setStatus("error");
      },
    );
    return () => controller.abort();
  }, [graph, sharePoint, attempt]);

  const put = (fresh: EditableQuestion) =>
    setQuestions((list) => inThemeOrder([...list.filter((q) => q.itemId !== fresh.itemId), fresh]));

  const write = useCallback(
    async (question: EditableQuestion, fields: Record<string, unknown>) => {
      if (!sharePoint) return { kind: "failed", reason: { kind: "not-found" } } as const;
      const result = await updateQuestion(graph, sharePoint, question, fields);
      if (result.ok) {
        put(result.question);
        return { kind: "saved" } as const;
      }
      // Someone else edited it: show their version rather than overwrite it.
      if (result.theirs) put(result.theirs);
      return { kind: "conflict" } as const;
    },
    [graph, sharePoint],
  );

  const guarded = useCallback(
    async (run: () => Promise<QuestionEditOutcome>): Promise<QuestionEditOutcome> => {
      try {
        return await run();
      } catch (error) {
        return { kind: "failed", reason: failureReason(error, "Sites.Selected") };
      }
    },
    [],
  );

  const add = useCallback(
    (draft: QuestionDraft) =>
      guarded(async () => {
        if (!sharePoint) return { kind: "failed", reason: { kind: "not-found" } };
        put(await addQuestion(graph, sharePoint, draft, questions));
        return { kind: "saved" };
      }),
    [graph, sharePoint, questions, guarded],
  );

  const edit = useCallback(
    (question: EditableQuestion, draft: QuestionDraft) =>
      guarded(() =>
        write(question, { Title: draft.en.trim(), TextFr: draft.fr.trim(), Theme: draft.theme }),
      ),
    [write, guarded],
  );

  const setRetired = useCallback(
    (question: EditableQuestion, retired: boolean) =>
      guarded(() => write(question, { Retired: retired })),
    [write, guarded],
  );

  const move = useCallback(
    (question: EditableQuestion, direction: "up" | "down") =>
      guarded(async () => {
        const writes = swapWithNeighbour(questions, question, direction);
        if (!writes) return { kind: "saved" };
        for (const step of writes) {
          const outcome = await write(step.question, { SortOrder: step.sortOrder });
          if (outcome.kind !== "saved") {
            setAttempt((n) => n + 1);
            return outcome;
          }
        }
        return { kind: "saved" };
      }),
    [questions, write, guarded],
  );

  return { status, reason, questions, add, edit, setRetired, move };
}
