// The pipeline: what to do next for each contact, how urgent it is, and how stages move forward.
import type { InterviewRecord, Stage } from "./interview";
import {
  createInterviewRecord,
  DEFAULT_KEEP_IN_TOUCH_MONTHS,
  STAGES,
  stageIndex,
} from "./interview";
import type { Referral } from "./prepSheet";

/** The next thing to do for a contact; the UI words it. */
export type NextActionCode =
  | "research"
  | "pick-questions"
  | "draft-request"
  | "book"
  | "follow-up-request"
  | "prepare"
  | "attend"
  | "capture-takeaways"
  | "send-thank-you"
  | "keep-in-touch"
  | "done";

/** A next action, when it is due, and whether it is late. */
export interface NextAction {
  action: NextActionCode;
  due?: Date;
  overdue: boolean;
}

/** Timing rules of the pipeline. */
export interface PipelineRules {
  /** Days after a request with no booking before a polite follow-up is suggested (default 7). */
  requestNudgeDays?: number;
  /** Hours after the meeting's end by which the thank-you should go out (default 24). */
  thankYouWithinHours?: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function time(iso: string | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/**
 * `from` plus whole calendar months (UTC), the day clamped to the month's end: a thank-you on
 * 31 January comes due on 30 April, not 1 May.
 */
export function addMonths(from: Date, months: number): Date {
  const d = new Date(from.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/**
 * When the keep-in-touch note comes due: the chosen months after the thank-you went out (or after
 * the stage became "thanked", for records marked without a date). Null when the reminder is off,
 * the note was sent, or no thank-you has gone out yet.
 */
export function keepInTouchDue(
  record: Pick<InterviewRecord, "keepInTouch" | "thankYou" | "stage" | "stageChangedAt">,
): Date | null {
  const months = record.keepInTouch?.months ?? DEFAULT_KEEP_IN_TOUCH_MONTHS;
  if (months === 0 || record.keepInTouch?.sentAt) return null;
  const from =
    time(record.thankYou?.sentAt) ??
    (record.stage === "thanked" ? time(record.stageChangedAt) : null);
  return from === null ? null : addMonths(new Date(from), months);
}

/** The stage My interviews shows: the record's, and after it "keeping in touch". */
export type PipelineStage = Stage | "keepingInTouch";

/**
 * Where a contact stands in My interviews. After the thank-you, a contact whose keep-in-touch
 * reminder is on and whose update has not gone out is "keeping in touch" (derived, never stored:
 * turning the reminder off or sending the update puts them back at "thanked").
 */
export function pipelineStage(
  record: Pick<InterviewRecord, "keepInTouch" | "thankYou" | "stage" | "stageChangedAt">,
): PipelineStage {
  const thanked = record.stage === "thanked" || Boolean(record.thankYou?.sentAt);
  if (thanked && stageIndex(record.stage) >= stageIndex("met") && keepInTouchDue(record)) {
    return "keepingInTouch";
  }
  return record.stage;
}

/** The order of pipeline stages, "keeping in touch" last. */
export function pipelineStageIndex(stage: PipelineStage): number {
  return stage === "keepingInTouch" ? STAGES.length : stageIndex(stage);
}

/** When a request or a call last reached out: the later of the two (a call restarts the wait). */
function reachedOutAt(record: InterviewRecord): number | null {
  const requested = record.stage === "requested" ? time(record.stageChangedAt) : null;
  const called = time(record.calledAt);
  if (requested === null) return called;
  if (called === null) return requested;
  return Math.max(requested, called);
}

/**
 * What to do next for one interview at `now`:
 * found → research; researched → pick questions; questionsReady → draft the request;
 * requested → book (a follow-up is suggested once the request is `requestNudgeDays` old);
 * booked → prepare before the meeting, attend during it, capture takeaways once it has ended;
 * met → send the thank-you (overdue `thankYouWithinHours` after the meeting ended); thanked →
 * keep in touch once the chosen months have passed since the thank-you (done when the reminder is
 * off or the note went out). A call (`calledAt`) counts as a sent request: before "requested" it
 * moves the next action to "book", and a call after the request restarts the follow-up wait.
 */
export function nextAction(
  record: InterviewRecord,
  now: Date,
  rules: PipelineRules = {},
): NextAction {
  const nowMs = now.getTime();
  const nudgeDays = rules.requestNudgeDays ?? 7;
  const thankYouHours = rules.thankYouWithinHours ?? 24;
  const events = record.events
    .map((e) => ({ start: time(e.start), end: time(e.end) }))
    .filter((e): e is { start: number; end: number } => e.start !== null && e.end !== null)
    .sort((a, b) => a.start - b.start);
  const lastEnded = events.filter((e) => e.end <= nowMs).at(-1);
  const thankYouDue = (fallback: number | null): NextAction => {
    const from = lastEnded?.end ?? events.at(-1)?.end ?? fallback;
    if (from === null || from === undefined) return { action: "send-thank-you", overdue: false };
    const due = from + thankYouHours * HOUR;
    return { action: "send-thank-you", due: new Date(due), overdue: nowMs > due };
  };

  const keepInTouch = (): NextAction => {
    const due = keepInTouchDue(record);
    return due
      ? { action: "keep-in-touch", due, overdue: nowMs > due.getTime() }
      : { action: "done", overdue: false };
  };
  // A thank-you already sent means the conversation's work is done, whatever stage was last
  // saved: only the later keep-in-touch note is left.
  if (record.thankYou?.sentAt && stageIndex(record.stage) >= stageIndex("met")) {
    return keepInTouch();
  }
  const stage =
    record.calledAt && stageIndex(record.stage) < stageIndex("requested")
      ? "requested"
      : record.stage;
  switch (stage) {
    case "found":
      return { action: "research", overdue: false };
    case "researched":
      return { action: "pick-questions", overdue: false };
    case "questionsReady":
      return { action: "draft-request", overdue: false };
    case "requested": {
      const since = reachedOutAt(record);
      if (since === null) return { action: "book", overdue: false };
      const due = since + nudgeDays * DAY;
      return nowMs > due
        ? { action: "follow-up-request", due: new Date(due), overdue: true }
        : { action: "book", due: new Date(due), overdue: false };
    }
    case "booked": {
      const current = events.find((e) => e.start <= nowMs && nowMs < e.end);
      if (current) return { action: "attend", due: new Date(current.end), overdue: false };
      const upcoming = events.find((e) => e.start > nowMs);
      if (upcoming) return { action: "prepare", due: new Date(upcoming.start), overdue: false };
      if (lastEnded) {
        // The meeting happened but was not marked: the thank-you clock is already running.
        const due = lastEnded.end + thankYouHours * HOUR;
        return { action: "capture-takeaways", due: new Date(due), overdue: nowMs > due };
      }
      // Booked with no event left (cancelled): book again.
      return { action: "book", overdue: false };
    }
    case "met":
      return thankYouDue(time(record.stageChangedAt));
    case "thanked":
      return keepInTouch();
  }
}

/**
 * Orders interviews by what needs the user first: overdue (most overdue first), then by due
 * time, then those further along the pipeline, then by name. Finished ones go last.
 */
export function sortByUrgency(
  records: readonly InterviewRecord[],
  now: Date,
  rules: PipelineRules = {},
): InterviewRecord[] {
  const keyed = records.map((record) => ({ record, next: nextAction(record, now, rules) }));
  // A keep-in-touch note months away waits behind every step that can be taken now.
  const rank = (n: NextAction) =>
    n.action === "done" ? 3 : n.overdue ? 0 : n.action === "keep-in-touch" ? 2.5 : n.due ? 1 : 2;
  keyed.sort((a, b) => {
    const ra = rank(a.next);
    const rb = rank(b.next);
    if (ra !== rb) return ra - rb;
    const da = a.next.due?.getTime();
    const db = b.next.due?.getTime();
    if (da !== undefined && db !== undefined && da !== db) return da - db;
    const sa = stageIndex(a.record.stage);
    const sb = stageIndex(b.record.stage);
    if (sa !== sb) return sb - sa;
    return a.record.displayName.localeCompare(b.record.displayName);
  });
  return keyed.map((k) => k.record);
}

/** Things that happen to an interview. */
export type StageEvent =
  | { type: "research-saved" }
  | { type: "questions-chosen" }
  | { type: "request-drafted" }
  | { type: "contact-called" }
  | { type: "event-booked" }
  | { type: "event-cancelled" }
  | { type: "meeting-ended" }
  | { type: "thank-you-sent" }
  | { type: "reset"; to: Stage };

const REACHES: Record<Exclude<StageEvent["type"], "reset" | "event-cancelled">, Stage> = {
  "research-saved": "researched",
  "questions-chosen": "questionsReady",
  "request-drafted": "requested",
  "contact-called": "requested",
  "event-booked": "booked",
  "meeting-ended": "met",
  "thank-you-sent": "thanked",
};

/**
 * The stage after an event. Stages only move forward: saving research again on a booked
 * interview leaves it booked, and a cancelled event leaves it booked (the pipeline then says
 * "book"). Only an explicit reset moves a stage back.
 */
export function advanceStage(current: Stage, event: StageEvent): Stage {
  if (event.type === "reset") return event.to;
  if (event.type === "event-cancelled") return current;
  const target = REACHES[event.type];
  return stageIndex(target) > stageIndex(current) ? target : current;
}

/**
 * Applies an event to a record: the stage as {@link advanceStage} says, with `stageChangedAt`
 * and `updatedAt` stamped when the stage moved (the pipeline's nudges are timed from it).
 * A thank-you marked sent also records when, and so does a call.
 */
export function applyStageEvent(
  record: InterviewRecord,
  event: StageEvent,
  now: Date,
): InterviewRecord {
  const stage = advanceStage(record.stage, event);
  const stamp = now.toISOString();
  let next: InterviewRecord = record;
  if (stage !== record.stage) {
    next = { ...next, stage, stageChangedAt: stamp, updatedAt: stamp };
  }
  if (event.type === "thank-you-sent" && !record.thankYou?.sentAt) {
    next = { ...next, thankYou: { ...record.thankYou, sentAt: stamp }, updatedAt: stamp };
  }
  if (event.type === "contact-called") {
    // Every call is kept as the latest: a second call restarts the follow-up wait.
    next = { ...next, calledAt: stamp, updatedAt: stamp };
  }
  return next;
}

/**
 * A referral from the takeaways ("who else should I talk to?") as a new interview, remembering
 * who suggested them. The contact id is the one the new Outlook contact received.
 */
export function interviewFromReferral(
  referral: Referral,
  referredBy: string,
  contactId: string,
  now: Date,
): InterviewRecord {
  const record = createInterviewRecord(
    {
      contactId,
      displayName: referral.name,
      emailAddress: referral.email ?? "",
      source: "referral",
      referredBy,
    },
    now,
  );
  return referral.note?.trim() ? { ...record, howWeMet: referral.note.trim() } : record;
}
