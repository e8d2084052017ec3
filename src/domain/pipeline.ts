// The pipeline: what to do next for each contact, how urgent it is, and how stages move forward.
import type { InterviewRecord, Stage } from "./interview";
import { createInterviewRecord, stageIndex } from "./interview";
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
 * What to do next for one interview at `now`:
 * found → research; researched → pick questions; questionsReady → draft the request;
 * requested → book (a follow-up is suggested once the request is `requestNudgeDays` old);
 * booked → prepare before the meeting, attend during it, capture takeaways once it has ended;
 * met → send the thank-you (overdue `thankYouWithinHours` after the meeting ended); thanked → done.
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

  // A thank-you already sent means the work is done, whatever stage was last saved.
  if (record.thankYou?.sentAt && stageIndex(record.stage) >= stageIndex("met")) {
    return { action: "done", overdue: false };
  }
  switch (record.stage) {
    case "found":
      return { action: "research", overdue: false };
    case "researched":
      return { action: "pick-questions", overdue: false };
    case "questionsReady":
      return { action: "draft-request", overdue: false };
    case "requested": {
      const since = time(record.stageChangedAt);
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
      return { action: "done", overdue: false };
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
  const rank = (n: NextAction) => (n.action === "done" ? 3 : n.overdue ? 0 : n.due ? 1 : 2);
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
  | { type: "event-booked" }
  | { type: "event-cancelled" }
  | { type: "meeting-ended" }
  | { type: "thank-you-sent" }
  | { type: "reset"; to: Stage };

const REACHES: Record<Exclude<StageEvent["type"], "reset" | "event-cancelled">, Stage> = {
  "research-saved": "researched",
  "questions-chosen": "questionsReady",
  "request-drafted": "requested",
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
 * A thank-you marked sent also records when.
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
