// The slot finder: free times two people share, inside both working days, in both time zones.
import type { Locale } from "./locale";
import type { Span } from "./time/intervals";
import { intersectSpans, mergeOwnSpans, overlapsAny, subtractSpans } from "./time/intervals";
import type { OffsetTimeline } from "./time/offsets";
import { isoWithOffset, offsetTimeline } from "./time/offsets";
import { zoneOrFallback } from "./time/zoneNames";
import type { WorkingHours } from "./time/workingHours";
import { DEFAULT_WORKING_HOURS, workingSpans } from "./time/workingHours";
import { formatRangeInZone } from "./time/zones";

/** Graph's free/busy statuses for a block of time ("free" blocks are never listed). */
export type BusyStatus = "busy" | "tentative" | "oof" | "workingElsewhere";

/** One block of someone's calendar. */
export interface BusyBlock {
  start: Date;
  end: Date;
  status: BusyStatus;
}

/** The meeting lengths the product offers: short, because the contact is giving their time. */
export type MeetingLength = 20 | 30 | 45;

/** One side of the meeting. */
export interface SlotPerson {
  role: "user" | "contact";
  /** IANA or Windows zone name; an unknown name falls back to UTC. */
  zone: string;
  /** Missing working hours are taken as Outlook's default (weekdays 8 a.m.–5 p.m. in `zone`). */
  workingHours?: WorkingHours;
  /** null when the calendar could not be read (no permission, external person). */
  busy: BusyBlock[] | null;
}

/** Tuning knobs; every one has a default that suits an information interview. */
export interface SlotOptions {
  /** Nothing starts sooner than this many hours after `now` (default 4). */
  skipHours?: number;
  /** Minutes kept clear next to other meetings (default 10). */
  bufferMinutes?: number;
  /** Slot starts fall on multiples of this many minutes (default 15: quarter hours). */
  stepMinutes?: number;
  /** How many slots to offer (default 6). */
  maxSlots?: number;
  /** Treat tentative blocks as busy (default false: allowed, ranked lower and flagged). */
  treatTentativeAsBusy?: boolean;
  /** At most two slots per day of the contact's calendar, so there is a choice of days (default true). */
  spreadAcrossDays?: boolean;
}

/** What to search. */
export interface SlotSearch {
  now: Date;
  window: { start: Date; end: Date };
  durationMinutes?: MeetingLength;
  people: SlotPerson[];
  options?: SlotOptions;
}

/** Why a search gave nothing (or, for an unreadable calendar, why the times are one-sided). */
export type SlotReason =
  "no-overlap" | "no-working-hours-overlap" | "window-too-short" | "contact-calendar-unreadable";

/** A slot's start and end as wall-clock ISO strings with the offset of one person's zone. */
export interface LocalSlotTime {
  zone: string;
  start: string;
  end: string;
}

/** One offered time. */
export interface Slot {
  start: Date;
  end: Date;
  /** 0–100; higher is a kinder time for the contact (mid-morning, mid-afternoon, soon, no clash). */
  score: number;
  /** The slot overlaps a tentative block of someone's calendar. */
  tentativeConflict: boolean;
  local: { user: LocalSlotTime; contact: LocalSlotTime };
}

/** Slots, best first, and a reason when there are none or they are one-sided. */
export interface SlotResult {
  slots: Slot[];
  reason?: SlotReason;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Graph's getSchedule refuses windows of 62 days or more. */
export const MAX_SCHEDULE_DAYS = 61;

interface PreparedPerson {
  role: "user" | "contact";
  zone: string;
  working: Span[];
  free: Span[];
  tentative: Span[];
  readable: boolean;
}

interface Candidate {
  start: number;
  score: number;
  tentative: boolean;
  contactDay: number;
}

/**
 * Finds times to offer for an information interview.
 *
 * Each person's free time is their working hours (wall-clock, on their own local days, so
 * daylight-saving changes and the date line are handled per person) minus their busy,
 * out-of-office and — when asked — tentative blocks, widened by the buffer. The shared free time is
 * cut into step-aligned slots, scored for the contact's local time of day, and picked best first.
 * "Working elsewhere" blocks count as available: the person is working, just not at their desk.
 *
 * When the contact's calendar is unreadable the user's own free times (inside both working days)
 * come back with the reason "contact-calendar-unreadable", so they can be proposed by mail —
 * unless the working days never meet, which "no-working-hours-overlap" says first. An unreadable
 * calendar on the user's side is taken as free.
 *
 * Slots come best first (highest score, then earliest).
 */
export function findFreeSlots(search: SlotSearch): SlotResult {
  const opts = withDefaults(search.options);
  const duration = (search.durationMinutes ?? 30) * MINUTE;
  const range: Span = {
    start: Math.max(search.window.start.getTime(), search.now.getTime() + opts.skipHours * HOUR),
    end: search.window.end.getTime(),
  };
  if (range.end - range.start < duration || search.people.length === 0) {
    return { slots: [], reason: "window-too-short" };
  }

  const timelineFor = timelineCache(range);
  const people = search.people.map((p) => preparePerson(p, range, opts, timelineFor));
  const contact = people.find((p) => p.role === "contact") ?? (people[0] as PreparedPerson);
  const user = people.find((p) => p.role === "user") ?? contact;
  const unreadable = people.some((p) => p.role === "contact" && !p.readable);

  const sharedWorking = people.map((p) => p.working).reduce((a, b) => intersectSpans(a, b));
  if (!sharedWorking.some((s) => s.end - s.start >= duration)) {
    return { slots: [], reason: "no-working-hours-overlap" };
  }
  const sharedFree = people.map((p) => p.free).reduce((a, b) => intersectSpans(a, b));
  const tentative = mergeOwnSpans(people.flatMap((p) => p.tentative));

  const contactClock = timelineFor(contact.zone);
  const userClock = timelineFor(user.zone);
  const candidates = listCandidates(sharedFree, duration, opts.stepMinutes * MINUTE, range, {
    contactClock,
    userClock,
    tentative,
  });
  const chosen = pickSlots(candidates, duration, opts);
  const slots = chosen.map((c) => toSlot(c, duration, userClock, contactClock));

  if (unreadable) return { slots, reason: "contact-calendar-unreadable" };
  return slots.length > 0 ? { slots } : { slots, reason: "no-overlap" };
}

function withDefaults(options: SlotOptions | undefined): Required<SlotOptions> {
  return {
    skipHours: options?.skipHours ?? 4,
    bufferMinutes: options?.bufferMinutes ?? 10,
    stepMinutes: Math.max(1, options?.stepMinutes ?? 15),
    maxSlots: options?.maxSlots ?? 6,
    treatTentativeAsBusy: options?.treatTentativeAsBusy ?? false,
    spreadAcrossDays: options?.spreadAcrossDays ?? true,
  };
}

/** One offset timeline per zone per search: the costly Intl look-ups happen once. */
function timelineCache(range: Span): (zone: string) => OffsetTimeline {
  const cache = new Map<string, OffsetTimeline>();
  return (zone) => {
    let timeline = cache.get(zone);
    if (!timeline) {
      timeline = offsetTimeline(zone, range.start, range.end);
      cache.set(zone, timeline);
    }
    return timeline;
  };
}

function preparePerson(
  person: SlotPerson,
  range: Span,
  opts: Required<SlotOptions>,
  timelineFor: (zone: string) => OffsetTimeline,
): PreparedPerson {
  const zone = zoneOrFallback(person.zone);
  const hours = person.workingHours ?? DEFAULT_WORKING_HOURS;
  const working = workingSpans(hours, zone, range, timelineFor);
  if (person.busy === null) {
    return { role: person.role, zone, working, free: working, tentative: [], readable: false };
  }
  const buffer = opts.bufferMinutes * MINUTE;
  const hard: Span[] = [];
  const soft: Span[] = [];
  for (const block of person.busy) {
    const start = block.start.getTime();
    const end = block.end.getTime();
    if (!(end > start) || end + buffer <= range.start || start - buffer >= range.end) continue;
    switch (block.status) {
      case "oof":
        // Away is away: the whole block, no buffer needed around a day off.
        hard.push({ start, end });
        break;
      case "busy":
        hard.push({ start: start - buffer, end: end + buffer });
        break;
      case "tentative":
        (opts.treatTentativeAsBusy ? hard : soft).push({
          start: start - buffer,
          end: end + buffer,
        });
        break;
      case "workingElsewhere":
        break;
    }
  }
  const free = subtractSpans(working, mergeOwnSpans(hard));
  return { role: person.role, zone, working, free, tentative: mergeOwnSpans(soft), readable: true };
}

interface ScoringContext {
  contactClock: OffsetTimeline;
  userClock: OffsetTimeline;
  tentative: Span[];
}

/** Every step-aligned start inside the shared free time, scored. */
function listCandidates(
  free: Span[],
  duration: number,
  step: number,
  range: Span,
  ctx: ScoringContext,
): Candidate[] {
  const out: Candidate[] = [];
  for (const span of free) {
    const first = Math.ceil(span.start / step) * step;
    for (let t = first; t + duration <= span.end; t += step) {
      const cLocal = ctx.contactClock.localOf(t);
      const uLocal = ctx.userClock.localOf(t);
      const tentative = overlapsAny(ctx.tentative, t, t + duration);
      out.push({
        start: t,
        score: scoreSlot(minuteOfDay(cLocal), minuteOfDay(uLocal), t - range.start, tentative),
        tentative,
        contactDay: Math.floor(cLocal / DAY),
      });
    }
  }
  return out;
}

function minuteOfDay(localMs: number): number {
  return (((localMs % DAY) + DAY) % DAY) / MINUTE;
}

/**
 * How kind a time is, 0–100. Mostly the contact's clock: best at mid-morning (10:30) and
 * mid-afternoon (14:30), less kind at the edges of the day and over lunch. A little weight for the
 * user's own clock and for sooner days; a tentative clash costs a lot but does not rule a time out.
 */
export function scoreSlot(
  contactMinute: number,
  userMinute: number,
  msFromEarliest: number,
  tentative: boolean,
): number {
  const contact = comfort(contactMinute);
  const user = comfort(userMinute);
  const daysAhead = Math.max(0, msFromEarliest) / DAY;
  const soon = 1 / (1 + daysAhead / 7);
  const raw = 60 * contact + 15 * user + 25 * soon - (tentative ? 30 : 0);
  return Math.max(0, Math.min(100, Math.round(raw)));
}

function comfort(minute: number): number {
  const peaks = [10.5 * 60, 14.5 * 60];
  const distance = Math.min(...peaks.map((p) => Math.abs(minute - p)));
  const base = Math.max(0, 1 - distance / 180);
  const lunch = minute >= 12 * 60 && minute < 13 * 60;
  return lunch ? base * 0.7 : base;
}

/** Best first; no overlaps; on one day two slots at least 90 minutes apart, two per day at most. */
function pickSlots(
  candidates: Candidate[],
  duration: number,
  opts: Required<SlotOptions>,
): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.start - b.start);
  const chosen: Candidate[] = [];
  const perDay = new Map<number, number>();
  const minGap = Math.max(duration, 90 * MINUTE);
  for (const c of sorted) {
    if (chosen.length >= opts.maxSlots) break;
    const count = perDay.get(c.contactDay) ?? 0;
    if (opts.spreadAcrossDays && count >= 2) continue;
    const tooClose = chosen.some((o) =>
      o.contactDay === c.contactDay && opts.spreadAcrossDays
        ? Math.abs(o.start - c.start) < minGap
        : Math.abs(o.start - c.start) < duration,
    );
    if (tooClose) continue;
    chosen.push(c);
    perDay.set(c.contactDay, count + 1);
  }
  return chosen;
}

function toSlot(
  c: Candidate,
  duration: number,
  userClock: OffsetTimeline,
  contactClock: OffsetTimeline,
): Slot {
  const local = (clock: OffsetTimeline): LocalSlotTime => ({
    zone: clock.zone,
    start: isoWithOffset(c.start, clock),
    end: isoWithOffset(c.start + duration, clock),
  });
  return {
    start: new Date(c.start),
    end: new Date(c.start + duration),
    score: c.score,
    tentativeConflict: c.tentative,
    local: { user: local(userClock), contact: local(contactClock) },
  };
}

/**
 * The shared free time itself (before slots are cut), for views that draw it and for checks.
 * Same rules as {@link findFreeSlots}: working hours in each person's zone, busy and out-of-office
 * removed with the buffer, tentative removed only when asked.
 */
export function sharedFreeTime(search: SlotSearch): Array<{ start: Date; end: Date }> {
  const opts = withDefaults(search.options);
  const range: Span = {
    start: Math.max(search.window.start.getTime(), search.now.getTime() + opts.skipHours * HOUR),
    end: search.window.end.getTime(),
  };
  if (range.end <= range.start || search.people.length === 0) return [];
  const timelineFor = timelineCache(range);
  return search.people
    .map((p) => preparePerson(p, range, opts, timelineFor).free)
    .reduce((a, b) => intersectSpans(a, b))
    .map((s) => ({ start: new Date(s.start), end: new Date(s.end) }));
}

const AVAILABILITY_DIGITS: Record<string, BusyStatus | null> = {
  "0": null,
  "1": "tentative",
  "2": "busy",
  "3": "oof",
  "4": "workingElsewhere",
};

/**
 * Turns getSchedule's `availabilityView` ("0022210…", one digit per interval from `start`) into
 * busy blocks, joining runs of the same status. Free ("0") and unknown digits give no block.
 */
export function availabilityViewToBusy(
  view: string,
  start: Date,
  intervalMinutes: number,
): BusyBlock[] {
  const out: BusyBlock[] = [];
  const step = intervalMinutes * MINUTE;
  const origin = start.getTime();
  let runStatus: BusyStatus | null = null;
  let runStart = 0;
  for (let i = 0; i <= view.length; i++) {
    const status = i < view.length ? (AVAILABILITY_DIGITS[view.charAt(i)] ?? null) : null;
    if (status === runStatus) continue;
    if (runStatus !== null) {
      out.push({
        start: new Date(origin + runStart * step),
        end: new Date(origin + i * step),
        status: runStatus,
      });
    }
    runStatus = status;
    runStart = i;
  }
  return out;
}

/**
 * The window to ask getSchedule for: from `now` (to the minute) for `days` days, kept under
 * Graph's limit of 62 days and at least one day long.
 */
export function chooseScheduleWindow(now: Date, days: number): { start: Date; end: Date } {
  const start = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const span = Math.min(MAX_SCHEDULE_DAYS, Math.max(1, Number.isFinite(days) ? days : 1));
  return { start: new Date(start), end: new Date(start + span * DAY) };
}

/**
 * A slot as one side reads it, in their own zone — for the request mail (the contact's clock)
 * or the picker (the user's): "Tuesday, December 1, 10:30 a.m. – 11:00 a.m. AST".
 */
export function describeSlot(slot: Slot, who: "user" | "contact", locale: Locale): string {
  return formatRangeInZone(slot.start, slot.end, slot.local[who].zone, locale);
}
