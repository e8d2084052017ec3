// Step 3's state for one interview: the chosen questions, edited locally at once and saved to the
// contact's record.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import type { ChosenQuestionRef, InterviewExtensionFields } from "../../domain/interview";
import type { ChosenQuestion, QuestionFit } from "../../domain/questionList";
import {
  addQuestion,
  chosenFromBank,
  estimateFit,
  moveDown,
  moveQuestion,
  moveUp,
  nextOwnId,
  removeQuestion,
} from "../../domain/questionList";
import { useLocale } from "../i18n/I18nProvider";
import { knownArrangeSettings } from "../arrange/settings";
import { useServices } from "../services";
import { researchFactsOf, tailorBank, type TailoredBankQuestion } from "./bank";
import { carryQuestionsToMeetings } from "./carryToMeetings";
import { isTransientFailure } from "../../graph/errors";
import type { GraphClient } from "../../graph/client";
import { failureReason } from "../failure";
import { advanceExtensionStage } from "../interviews/interviewExtension";
import { useInterview, type InterviewState } from "../interviews/useInterview";
import { useQuestionBank, type QuestionBankState } from "./useQuestionBank";

/** A save lost to the network is sent again this many times, 2 s apart and doubling. */
const MAX_SAVE_RETRIES = 4;
/** Where the list stands against the stored copy. */
export type SaveState =
  { status: "saved" } | { status: "saving" } | { status: "error"; reason: GraphReason };

/** What the questions section shows and does. */
export interface QuestionListModel {
  interview: InterviewState;
  questions: readonly ChosenQuestion[];
  bank: QuestionBankState;
  /** The bank tailored to this contact (placeholders filled, answered ones marked). */
  tailored: TailoredBankQuestion[];
  /** Adds the user's own question; false when blank or already on the list. */
  addOwn(text: string): boolean;
  addFromBank(item: TailoredBankQuestion): boolean;
  remove(id: string): void;
  moveUp(id: string): void;
  moveDown(id: string): void;
  /** Drag and drop: the question at `from` lands at `to`. */
  move(from: number, to: number): void;
  /** Replaces a question's wording (the coach's open rewrite). */
  replace(id: string, text: string): void;
  save: SaveState;
  /** Minutes the questions must fit: the booked meeting's, else the chosen length. */
  bookedMinutes: number;
  fit: QuestionFit;
}

/** Waits this long after the last edit before saving, so a run of moves is one write. */
export const SAVE_DELAY_MS = 400;

function toChosen(refs: readonly ChosenQuestionRef[]): ChosenQuestion[] {
  return refs.map((ref) =>
    ref.id.startsWith("bank:")
      ? { id: ref.id, text: ref.text, source: "bank", bankId: ref.id.slice(5) }
      : { id: ref.id, text: ref.text, source: "own" },
  );
}

function bookedLength(record: InterviewExtensionFields | null, graph: GraphClient): number {
  const event = record?.events[0];
  if (event) {
    const minutes = (Date.parse(event.end) - Date.parse(event.start)) / 60_000;
    if (Number.isFinite(minutes) && minutes > 0) return Math.round(minutes);
  }
  return knownArrangeSettings(graph).durationMinutes;
}

/** Holds the question list of the interview `contactId`. */
export function useQuestionList(contactId: string): QuestionListModel {
  const { graph, now } = useServices();
  const locale = useLocale();
  const { state: interview, update } = useInterview(contactId);
  const bank = useQuestionBank();
  const [questions, setQuestions] = useState<readonly ChosenQuestion[] | null>(null);
  const [save, setSave] = useState<SaveState>({ status: "saved" });
  const pending = useRef<readonly ChosenQuestion[] | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Automatic tries of a save that failed on the way (reset by a save that lands). */
  const retries = useRef(0);
  const running = useRef<Promise<void>>(Promise.resolve());

  const record = interview.status === "ready" ? interview.record : null;
  // The stored list is the starting point; local edits take over from the first change.
  const current = useMemo(
    () => questions ?? (record ? toChosen(record.questions) : []),
    [questions, record],
  );

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const list = pending.current;
    if (!list) return;
    pending.current = null;
    // Saves run one after another so an older list never lands after a newer one.
    running.current = running.current.then(async () => {
      try {
        const result = await update((stored) => {
          const at = now();
          const next: InterviewExtensionFields = {
            ...stored,
            questions: list.map((q) => ({ id: q.id, text: q.text })),
            updatedAt: at.toISOString(),
          };
          return list.length > 0
            ? advanceExtensionStage(next, { type: "questions-chosen" }, at)
            : next;
        });
        if (result.ok && result.record.events.length > 0) {
          // Booked meetings carry the questions on their prep sheets.
          await carryQuestionsToMeetings(
            graph,
            result.record.events,
            result.record.questions,
            now(),
          );
        }
        if (pending.current) return;
        setSave(
          result.ok ? { status: "saved" } : { status: "error", reason: { kind: "too-large" } },
        );
        retries.current = 0;
      } catch (error) {
        setSave({ status: "error", reason: failureReason(error, "Contacts.ReadWrite") });
        // A dropped connection or a throttle passes: send the same list again by itself (unless a
        // newer one is already waiting), so the user is not left with an unsaved list.
        if (isTransientFailure(error) && !pending.current && retries.current < MAX_SAVE_RETRIES) {
          pending.current = list;
          const delay = 2000 * 2 ** retries.current;
          retries.current += 1;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => flushRef.current(), delay);
        }
      }
    });
  }, [update, graph, now]);
  const flushRef = useRef(flush);
  flushRef.current = flush;

  // A closing section still saves what was typed.
  useEffect(() => () => flush(), [flush]);

  const change = useCallback(
    (next: readonly ChosenQuestion[]) => {
      if (next === current) return;
      setQuestions(next);
      pending.current = next;
      setSave({ status: "saving" });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [current, flush],
  );

  const tailored = useMemo(() => {
    if (interview.status !== "ready") return tailorBank(bank.questions, {}, "", locale);
    return tailorBank(
      bank.questions,
      researchFactsOf(interview.contact),
      interview.contact.notes,
      locale,
    );
  }, [bank.questions, interview, locale]);

  const bookedMinutes = bookedLength(record, graph);

  return {
    interview,
    questions: current,
    bank,
    tailored,
    addOwn(text) {
      const result = addQuestion(current, { id: nextOwnId(current), text, source: "own" });
      if (result.added) change(result.list);
      return result.added;
    },
    addFromBank(item) {
      const result = addQuestion(current, chosenFromBank(item.question, locale, item.text));
      if (result.added) change(result.list);
      return result.added;
    },
    remove: (id) => change(removeQuestion(current, id)),
    moveUp: (id) => change(moveUp(current, id)),
    moveDown: (id) => change(moveDown(current, id)),
    move: (from, to) => change(moveQuestion(current, from, to)),
    replace: (id, text) =>
      change(current.map((q) => (q.id === id && text.trim() ? { ...q, text: text.trim() } : q))),
    save,
    bookedMinutes,
    fit: estimateFit(current.length, bookedMinutes),
  };
}
