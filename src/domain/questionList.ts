// The questions chosen for one interview: adding, removing, reordering, and whether they fit the
// slot.
//
// Pure operations on an immutable array, so the editor can undo by keeping the previous value and
// the keyboard reordering (move up / move down) shares one code path with drag and drop.

import type { BankQuestion } from "./questionBank";
import type { Locale } from "./locale";

/** One question on an interview's list, from the bank or written by the user. */
export interface ChosenQuestion {
  id: string;
  /** The wording as it will be asked (tailored, edited by the user). */
  text: string;
  source: "bank" | "own";
  /** The bank question it started from, when `source` is "bank". */
  bankId?: string;
}

/** Why an add did nothing, for a friendly message. */
export type AddRefusal = "empty" | "duplicate";

/** The list after an add, and whether the question was taken. */
export type AddResult =
  | { list: ChosenQuestion[]; added: true }
  | { list: readonly ChosenQuestion[]; added: false; reason: AddRefusal };

/** About how long one question and its answer take in a short conversation. */
export const MINUTES_PER_QUESTION = 3;

/**
 * The text two questions are compared by: case, spacing, apostrophe style, trailing punctuation
 * and the space French puts before "?" do not make a question different.
 */
export function normaliseQuestionText(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/[\s\u00a0\u202f]+/gu, " ")
    .replace(/[\s?!.…]+$/u, "")
    .trim();
}

/** Whether the list already holds a question with the same normalised text. */
export function hasQuestion(list: readonly ChosenQuestion[], text: string): boolean {
  const key = normaliseQuestionText(text);
  return list.some((question) => normaliseQuestionText(question.text) === key);
}

/** Adds a question at the end (or at `index`), refusing blanks and repeats of the same text. */
export function addQuestion(
  list: readonly ChosenQuestion[],
  question: ChosenQuestion,
  index: number = list.length,
): AddResult {
  const text = question.text.trim();
  if (normaliseQuestionText(text).length === 0) return { list, added: false, reason: "empty" };
  if (hasQuestion(list, text)) return { list, added: false, reason: "duplicate" };
  const at = Math.max(0, Math.min(list.length, Math.trunc(index)));
  const next = [...list];
  next.splice(at, 0, { ...question, text });
  return { list: next, added: true };
}

/** Removes the question with this id; the list is returned unchanged when it is not there. */
export function removeQuestion(
  list: readonly ChosenQuestion[],
  id: string,
): readonly ChosenQuestion[] {
  const at = list.findIndex((question) => question.id === id);
  if (at < 0) return list;
  return [...list.slice(0, at), ...list.slice(at + 1)];
}

/**
 * Moves the question at `fromIndex` so it ends up at `toIndex` (both clamped to the list). Out of
 * range or no-op moves return the list unchanged, so the caller can compare by reference.
 */
export function moveQuestion(
  list: readonly ChosenQuestion[],
  fromIndex: number,
  toIndex: number,
): readonly ChosenQuestion[] {
  if (fromIndex < 0 || fromIndex >= list.length) return list;
  const to = Math.max(0, Math.min(list.length - 1, toIndex));
  if (to === fromIndex) return list;
  const next = [...list];
  const [moved] = next.splice(fromIndex, 1);
  if (moved === undefined) return list;
  next.splice(to, 0, moved);
  return next;
}

/** Keyboard reordering: one place earlier; the first question stays put. */
export function moveUp(list: readonly ChosenQuestion[], id: string): readonly ChosenQuestion[] {
  const at = list.findIndex((question) => question.id === id);
  return at <= 0 ? list : moveQuestion(list, at, at - 1);
}

/** Keyboard reordering: one place later; the last question stays put. */
export function moveDown(list: readonly ChosenQuestion[], id: string): readonly ChosenQuestion[] {
  const at = list.findIndex((question) => question.id === id);
  return at < 0 || at === list.length - 1 ? list : moveQuestion(list, at, at + 1);
}

/** How many questions fit the booked time, and how many are too many (0 when they all fit). */
export interface QuestionFit {
  fits: number;
  overBy: number;
}

/** Estimates the fit at about three minutes a question. */
export function estimateFit(count: number, bookedMinutes: number): QuestionFit {
  const fits = Math.max(0, Math.floor(Math.max(0, bookedMinutes) / MINUTES_PER_QUESTION));
  return { fits, overBy: Math.max(0, Math.max(0, Math.trunc(count)) - fits) };
}

/** A chosen question made from a bank question, with a stable id tied to the bank entry. */
export function chosenFromBank(
  question: BankQuestion,
  locale: Locale,
  text: string = question.text[locale],
): ChosenQuestion {
  return { id: `bank:${question.id}`, text, source: "bank", bankId: question.id };
}

/** A new id for a question the user writes: "own-1", "own-2", … never reusing one in the list. */
export function nextOwnId(list: readonly ChosenQuestion[]): string {
  let highest = 0;
  for (const question of list) {
    const m = /^own-(\d+)$/u.exec(question.id);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return `own-${highest + 1}`;
}
