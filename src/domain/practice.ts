// The practice run before an interview: the rehearsal plan and the friend's practice-call invitation.
import { DateTime } from "luxon";
import type { ChosenQuestionRef, PracticeCall, PracticeRecord } from "./interview";
import type { Locale } from "./locale";
import type { MailDraft, MailStudent } from "./mail/draft";
import { addressee, composeDraft, oneLine, para, signOff } from "./mail/draft";
import { assessQuestion } from "./questionCoach/coach";
import { zoneOrFallback } from "./time/zones";
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
 * and not even who the real interview is with or where they work.
 */
export interface PracticeInvitationInput {
  locale: Locale;
  student: MailStudent;
  friend: PracticeFriend;
  minutes: number;
  questions: readonly string[];
}

/** A practice call is short: the lengths offered for the friend's call. */
export const PRACTICE_CALL_LENGTHS: readonly number[] = [15, 20, 30];

/**
 * The start of a practice call's transactionId. Graph returns an event's transactionId when an app
 * set one (resources/event.md), so the side panel in the practice call's own Teams meeting can tell
 * it from a meeting to make an interview of, without a category or extension on the event.
 */
export const PRACTICE_TRANSACTION_PREFIX = "practice-";

/** A fresh transactionId for a practice call, from a random UUID. */
export function practiceTransactionId(uuid: string): string {
  return `${PRACTICE_TRANSACTION_PREFIX}${uuid}`;
}

/** True for the transactionId of a practice call the app sent. */
export function isPracticeTransaction(transactionId: string | null | undefined): boolean {
  return Boolean(transactionId?.startsWith(PRACTICE_TRANSACTION_PREFIX));
}

/** Long enough for a few questions and a word of feedback. */
export const DEFAULT_PRACTICE_CALL_MINUTES = 20;

/** A call length the invitation may use: one of the offered ones, else the default. */
export function practiceCallMinutes(value: number | undefined): number {
  return value !== undefined && PRACTICE_CALL_LENGTHS.includes(value)
    ? value
    : DEFAULT_PRACTICE_CALL_MINUTES;
}

/**
 * The body of the practice call's calendar invitation (what the friend receives; Outlook adds the
 * Teams link under it). It says it is a practice run, the length the timekeeper will keep, and the
 * questions given. Every value is escaped by the template.
 */
export function buildPracticeInvitation(input: PracticeInvitationInput): MailDraft {
  const fr = input.locale === "fr-CA";
  const minutes = practiceCallMinutes(input.minutes);
  const friend = { displayName: input.friend.displayName };
  const questions = input.questions.map((q) => oneLine(q)).filter((q) => q !== "");
  const student = oneLine(input.student.displayName);
  const paragraphs = fr
    ? [
        para(`Bonjour ${addressee(friend)},`),
        para(
          "Ce n'est qu'une répétition, pas une vraie entrevue\u00a0: j'ai bientôt une entrevue " +
            `d'information et j'aimerais m'exercer avec toi sur Teams pendant ${minutes} minutes. ` +
            "Le lien Teams se trouve dans cette invitation.",
        ),
        para(
          "Voici les questions que je vais te poser; tu n'as rien à préparer, réponds comme tu veux\u00a0:",
        ),
        { bullets: questions },
        para(
          `Je vais surveiller l'heure avec le même chrono que pour la vraie entrevue, pour qu'on s'en tienne à ${minutes} minutes.`,
        ),
        para("Merci beaucoup de m'aider à me préparer!"),
        signOff(input.locale, input.student, "Merci,"),
      ]
    : [
        para(`Hi ${addressee(friend)},`),
        para(
          "This is only a practice run, not a real interview: I have an information interview " +
            `coming up and would like to rehearse it with you on Teams for ${minutes} minutes. ` +
            "The Teams link is in this invitation.",
        ),
        para("Here are the questions I will ask you; nothing to prepare, answer however you like:"),
        { bullets: questions },
        para(
          `I will keep time with the same timer I use in the real interview, so we stay within ${minutes} minutes.`,
        ),
        para("Thank you for helping me get ready!"),
        signOff(input.locale, input.student, "Thanks,"),
      ];
  const subject = fr
    ? `Répétition d'entrevue avec ${student} (${minutes} min)`
    : `Practice interview with ${student} (${minutes} min)`;
  return composeDraft(subject, paragraphs);
}

/** The note the friend gets with the cancellation. */
export function practiceCallCancelComment(locale: Locale): string {
  return locale === "fr-CA"
    ? "Je dois annuler notre appel de répétition. Merci quand même de ton aide!"
    : "I need to cancel our practice call. Thank you all the same for offering to help!";
}

/** A start as the date and time inputs show it, in the student's zone ("2026-12-07", "18:30"). */
export interface LocalStart {
  date: string;
  time: string;
}

/** The earliest a practice call may start: a friend needs a little notice. */
export const PRACTICE_CALL_MIN_NOTICE_MINUTES = 15;

// Friends are free outside the working day too, but nobody wants a call at 2 a.m.
const FIRST_HOUR = 9;
const LAST_START_HOUR = 21;

/**
 * The start the form offers first: the next half hour at least an hour away, moved to 9:00 when
 * that falls at night (before 9:00, or 21:00 or later: then the next morning), in `zone`.
 */
export function defaultPracticeCallStart(now: Date, zone: string): LocalStart {
  let at = DateTime.fromJSDate(now, { zone: zoneOrFallback(zone) }).plus({ hours: 1 });
  at =
    at.minute === 0 && at.second === 0 && at.millisecond === 0
      ? at
      : at.startOf("hour").plus({ minutes: at.minute < 30 ? 30 : 60 });
  if (at.hour >= LAST_START_HOUR) at = at.plus({ days: 1 }).set({ hour: FIRST_HOUR, minute: 0 });
  else if (at.hour < FIRST_HOUR) at = at.set({ hour: FIRST_HOUR, minute: 0 });
  return { date: at.toFormat("yyyy-LL-dd"), time: at.toFormat("HH:mm") };
}

/** Why a chosen start cannot be used. */
export type StartProblem = "start-invalid" | "start-too-soon";

/**
 * The instant the inputs name in `zone`, or what is wrong: unreadable (or a wall-clock time the
 * zone skips at a clock change), or sooner than {@link PRACTICE_CALL_MIN_NOTICE_MINUTES} from now.
 */
export function checkPracticeCallStart(
  local: LocalStart,
  zone: string,
  now: Date,
): { ok: true; start: Date } | { ok: false; problem: StartProblem } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(local.date) || !/^\d{2}:\d{2}$/.test(local.time)) {
    return { ok: false, problem: "start-invalid" };
  }
  const at = DateTime.fromISO(`${local.date}T${local.time}`, { zone: zoneOrFallback(zone) });
  // A time skipped by a clock change comes back moved: refuse it rather than book another hour.
  if (!at.isValid || at.toFormat("yyyy-LL-dd'T'HH:mm") !== `${local.date}T${local.time}`) {
    return { ok: false, problem: "start-invalid" };
  }
  const start = at.toJSDate();
  if (start.getTime() < now.getTime() + PRACTICE_CALL_MIN_NOTICE_MINUTES * 60_000) {
    return { ok: false, problem: "start-too-soon" };
  }
  return { ok: true, start };
}

/** The booked call a record holds that has not ended yet at `now`, or null. */
export function upcomingPracticeCall(
  practice: PracticeRecord | null | undefined,
  now: Date,
): PracticeCall | null {
  const call = practice?.call;
  return call && new Date(call.end).getTime() > now.getTime() ? call : null;
}

/** The practice record with `call` booked (notes kept; a record without practice starts empty). */
export function withPracticeCall(
  practice: PracticeRecord | undefined,
  call: PracticeCall,
  now: Date,
): PracticeRecord {
  return { ...(practice ?? { notes: "", at: now.toISOString() }), call };
}

/** The practice record without its call (after a cancel), notes and length kept. */
export function withoutPracticeCall(
  practice: PracticeRecord | undefined,
): PracticeRecord | undefined {
  if (!practice) return undefined;
  const rest = { ...practice };
  delete rest.call;
  return rest;
}
