import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { formatClock, timekeeperState } from "../../src/domain/timekeeper";

/** A wall-clock time in a named zone, as an instant. */
function at(local: string, zone: string): Date {
  return DateTime.fromISO(local, { zone }).toJSDate();
}

// A 30-minute conversation booked for 10:00 in Toronto; the clock is injected, never read.
const zone = "America/Toronto";
const start = at("2026-12-01T10:00", zone);
const end = at("2026-12-01T10:30", zone);
const MIN = 60_000;

describe("timekeeperState (America/Toronto, 10:00–10:30)", () => {
  it.each([
    ["09:50", "before", null, 0, 0],
    ["10:00", "running", null, 0, 0],
    ["10:15", "running", null, 15 * MIN, 0.5],
    ["10:24:59", "running", null, 24 * MIN + 59_000, (24 * 60 + 59) / 1800],
    ["10:25", "wrap-up", "wrap-up", 25 * MIN, 25 / 30],
    ["10:29:59", "wrap-up", "wrap-up", 29 * MIN + 59_000, (29 * 60 + 59) / 1800],
    ["10:30", "overtime", "time-up", 30 * MIN, 1],
    ["10:45", "overtime", "time-up", 45 * MIN, 1],
    ["11:00", "over", null, 60 * MIN, 1],
  ])("at %s the meeting is %s (nudge %s)", (clock, phase, nudge, elapsed, fraction) => {
    const state = timekeeperState({ start, end, now: at(`2026-12-01T${clock}`, zone) });
    expect(state.phase).toBe(phase);
    expect(state.nudge).toBe(nudge);
    expect(state.elapsedMs).toBe(elapsed);
    expect(state.fraction).toBeCloseTo(fraction, 6);
  });

  it("counts down before the start and the time left while running", () => {
    const before = timekeeperState({ start, end, now: at("2026-12-01T09:50", zone) });
    expect(before.startsInMs).toBe(10 * MIN);
    expect(before.remainingMs).toBe(40 * MIN);
    const during = timekeeperState({ start, end, now: at("2026-12-01T10:12", zone) });
    expect(during.remainingMs).toBe(18 * MIN);
    expect(during.startsInMs).toBe(0);
    const late = timekeeperState({ start, end, now: at("2026-12-01T10:33", zone) });
    expect(late.remainingMs).toBe(0);
    expect(late.overtimeMs).toBe(3 * MIN);
  });

  it("honours a custom wrap-up point (10 minutes before the end)", () => {
    const now = at("2026-12-01T10:21", zone);
    expect(timekeeperState({ start, end, now }).phase).toBe("running");
    expect(timekeeperState({ start, end, now, nudgeMinutesBeforeEnd: 10 }).phase).toBe("wrap-up");
  });

  it("survives a reload mid-meeting: the same event times and clock give the same reading", () => {
    const now = at("2026-12-01T10:26:30", zone);
    const first = timekeeperState({ start, end, now });
    // A reloaded panel re-reads the event, so its times arrive as fresh Date objects.
    const reloaded = timekeeperState({
      start: new Date(start.toISOString()),
      end: new Date(end.toISOString()),
      now: new Date(now.getTime()),
    });
    expect(reloaded).toEqual(first);
    expect(reloaded.phase).toBe("wrap-up");
  });

  it("keeps a 4-minute meeting sensible: wrap-up starts at the start, not before it", () => {
    const shortEnd = at("2026-12-01T10:04", zone);
    expect(timekeeperState({ start, end: shortEnd, now: at("2026-12-01T09:59", zone) }).phase).toBe(
      "before",
    );
    expect(timekeeperState({ start, end: shortEnd, now: at("2026-12-01T10:01", zone) }).phase).toBe(
      "wrap-up",
    );
  });

  it("does not count the hour the clocks go back twice (America/Toronto, 1 November 2026)", () => {
    // 01:30 EDT to 01:15 EST is 45 minutes of real time, though the wall clock went backwards.
    const s = DateTime.fromISO("2026-11-01T01:30", { zone }).toJSDate(); // first 01:30 (EDT)
    const e = new Date(s.getTime() + 45 * MIN);
    const state = timekeeperState({ start: s, end: e, now: new Date(s.getTime() + 30 * MIN) });
    expect(state.remainingMs).toBe(15 * MIN);
    expect(state.phase).toBe("running");
  });
});

describe("formatClock", () => {
  it.each([
    [0, "0:00"],
    [65_000, "1:05"],
    [30 * MIN, "30:00"],
    [3_723_000, "1:02:03"],
    [-5_000, "0:00"],
  ])("%d ms → %s", (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});
