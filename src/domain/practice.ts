// The practice run before an interview: the rehearsal plan and the friend's practice-call draft.
import type { ChosenQuestionRef } from "./interview";
import type { Locale } from "./locale";
import type { MailDraft, MailStudent } from "./mail/draft";
import { addressee, composeDraft, oneLine, para, signOff } from "./mail/draft";
import { assessQuestion } from "./questionCoach/coach";
import type { QuestionAssessment } from "./questionCoach/verdict";

/** A practice is short on purpose: enough to hear oneself ask, not a second interview. */
export const DEFAULT_PRACTICE_MINUTES = 15;

/** The lengths offered; the real interview is usually 20–30 minutes. */
export const PRACTICE_LENGTHS: readonly number[] = [10, 15, 20, 30];

/** Practice notes beyond this are refused by the view before the record's 16 KB cap is met. */
export const PRACTICE_NOTES_MAX_CHARS = 6000;

/** One question of the rehearsal, with the coach's reading of it. */
export interface PracticeStep {
  id: string;
  text: string;
  assessment: QuestionAssessment;
}

/** The rehearsal: the chosen questions in order and the time each can take. */
export interface PracticePlan {
  steps: PracticeStep[];
  minutes: number;
  /** Time per question if the practice is shared evenly (0 when there are none). */
  perQuestionMs: number;
}

/** A length the view may use: one of the offered ones, else the default. */
export function practiceMinutes(value: number | undefined): number {
  return value !== undefined && PRACTICE_LENGTHS.includes(value) ? value : DEFAULT_PRACTICE_MINUTES;
}

/** The rehearsal plan for the chosen questions (blank ones are left out). */
export function practicePlan(
  questions: readonly ChosenQuestionRef[],
  minutes: number,
  locale: Locale,
): PracticePlan {
  const length = practiceMinutes(minutes);
  const steps = questions
    .filter((q) => q.text.trim() !== "")
    .map((q) => ({ id: q.id, text: q.text.trim(), assessment: assessQuestion(q.text, locale) }));
  return {
    steps,
    minutes: length,
    perQuestionMs: steps.length > 0 ? Math.floor((length * 60_000) / steps.length) : 0,
  };
}

/** The practice's clock: from when the student pressed start, for the chosen length. */
export function practiceWindow(startedAt: Date, minutes: number): { start: Date; end: Date } {
  return {
    start: startedAt,
    end: new Date(startedAt.getTime() + practiceMinutes(minutes) * 60_000),
  };
}

/** Someone the student knows, typed by hand. */
export interface PracticeFriend {
  displayName: string;
  emailAddress: string;
}

/** Why a friend's details cannot be used yet. */
export type FriendProblem = "name-missing" | "address-invalid";

// One @, something before it, a dot in the domain, no spaces: a typo check, not RFC 5322.
const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]+$/;

/** The friend's details cleaned up, or what is wrong with them. */
export function checkFriend(
  input: PracticeFriend,
): { ok: true; friend: PracticeFriend } | { ok: false; problems: FriendProblem[] } {
  const displayName = oneLine(input.displayName);
  const emailAddress = input.emailAddress.trim();
  const problems: FriendProblem[] = [];
  if (!displayName) problems.push("name-missing");
  if (!ADDRESS.test(emailAddress)) problems.push("address-invalid");
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, friend: { displayName, emailAddress } };
}

/**
 * What the practice invitation may contain. Deliberately only this: the friend's name, the student's
 * name, the length and the question texts the student picked — no notes, takeaways or prep sheet,
 * and not even who the real interview is with.
 */
export interface PracticeInvitationInput {
  locale: Locale;
  student: MailStudent;
  friend: PracticeFriend;
  minutes: number;
  questions: readonly string[];
}

/** The mail draft asking a friend for a short practice call. Every value is escaped by the template. */
export function buildPracticeInvitation(input: PracticeInvitationInput): MailDraft {
  const fr = input.locale === "fr-CA";
  const minutes = practiceMinutes(input.minutes);
  const friend = { displayName: input.friend.displayName };
  const questions = input.questions.map((q) => oneLine(q)).filter((q) => q !== "");
  const student = oneLine(input.student.displayName);
  const paragraphs = fr
    ? [
        para(`Bonjour ${addressee(friend)},`),
        para(
          "Ce n'est qu'une répétition\u00a0: j'ai bientôt une entrevue d'information et j'aimerais " +
            `m'exercer avec toi pendant environ ${minutes} minutes, au moment qui te convient.`,
        ),
        para(
          "Voici les questions que je veux pratiquer; tu n'as rien à préparer, réponds comme tu veux\u00a0:",
        ),
        { bullets: questions },
        para("Merci beaucoup de m'aider à me préparer!"),
        signOff(input.locale, input.student, "Merci,"),
      ]
    : [
        para(`Hi ${addressee(friend)},`),
        para(
          "This is only a practice run: I have an information interview coming up and would like " +
            `to rehearse with you for about ${minutes} minutes, whenever suits you.`,
        ),
        para(
          "Here are the questions I want to practise; nothing to prepare, answer however you like:",
        ),
        { bullets: questions },
        para("Thank you for helping me get ready!"),
        signOff(input.locale, input.student, "Thanks,"),
      ];
  const subject = fr
    ? `Répétition d'entrevue avec ${student} (${minutes} min)`
    : `Practice interview with ${student} (${minutes} min)`;
  return composeDraft(subject, paragraphs);
}
