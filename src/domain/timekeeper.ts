// The timekeeper for a short conversation: where the meeting stands, from its booked times alone.

/** Where the meeting stands. */
export type TimekeeperPhase = "before" | "running" | "wrap-up" | "overtime" | "over";

/** The gentle signal the panel shows: time to wrap up, or time is up. */
export type TimekeeperNudge = null | "wrap-up" | "time-up";

/** Inputs: the event's booked times and the current clock. Nothing else, so a reload agrees. */
export interface TimekeeperInput {
  start: Date;
  end: Date;
  now: Date;
  /** Minutes before the end at which to suggest wrapping up (default 5). */
  nudgeMinutesBeforeEnd?: number;
  /** Minutes past the end after which the meeting is taken as over (default 30). */
  overtimeMinutes?: number;
}

/** The timekeeper's reading at `now`. */
export interface TimekeeperState {
  phase: TimekeeperPhase;
  /** Time since the start (0 before it). */
  elapsedMs: number;
  /** Time left until the booked end (0 once it has passed). */
  remainingMs: number;
  /** Time past the booked end (0 until then). */
  overtimeMs: number;
  /** Time until the start (0 once started). */
  startsInMs: number;
  /** Share of the booked time used, 0–1 (for a progress ring). */
  fraction: number;
  nudge: TimekeeperNudge;
}

const MINUTE = 60_000;

/**
 * Reads the timekeeper. Before the start: "before". Then "running" until the wrap-up point
 * (`nudgeMinutesBeforeEnd` before the end, but never before the start for very short meetings),
 * "wrap-up" until the end, "overtime" for a while after, then "over".
 */
export function timekeeperState(input: TimekeeperInput): TimekeeperState {
  const start = input.start.getTime();
  const end = Math.max(start, input.end.getTime());
  const now = input.now.getTime();
  const duration = end - start;
  const nudgeAt = Math.max(start, end - (input.nudgeMinutesBeforeEnd ?? 5) * MINUTE);
  const overAt = end + (input.overtimeMinutes ?? 30) * MINUTE;

  const elapsedMs = Math.max(0, now - start);
  const remainingMs = Math.max(0, end - now);
  const overtimeMs = Math.max(0, now - end);
  const startsInMs = Math.max(0, start - now);
  const fraction = duration > 0 ? Math.min(1, elapsedMs / duration) : now >= start ? 1 : 0;

  let phase: TimekeeperPhase;
  if (now < start) phase = "before";
  else if (now < nudgeAt) phase = "running";
  else if (now < end) phase = "wrap-up";
  else if (now < overAt) phase = "overtime";
  else phase = "over";

  const nudge: TimekeeperNudge =
    phase === "wrap-up" ? "wrap-up" : phase === "overtime" ? "time-up" : null;
  return { phase, elapsedMs, remainingMs, overtimeMs, startsInMs, fraction, nudge };
}

/** "12:05" / "1:02:03" for a countdown or a count-up; never negative. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, "0") : String(m);
  return `${h > 0 ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}
