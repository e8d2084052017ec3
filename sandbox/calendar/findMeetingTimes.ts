// findMeetingTimes, simplified but honest: suggestions from the organizer's and attendees'
// free/busy and working hours.
import type {
  AttendeeAvailability,
  AttendeeBase,
  FreeBusyStatus,
  LocationConstraint,
  MeetingTimeSuggestion,
  TimeConstraint,
} from "@microsoft/microsoft-graph-types";
import { Duration } from "luxon";
import { busyIntervals, requireZone, statusOver, type CalendarOwner } from "./freeBusy";
import { CalendarRequestError } from "./requestError";
import {
  fitsWithin,
  workingWindows,
  type ActivityDomain,
  type WorkingWindow,
} from "./workingHours";
import { utcToZoned, zonedToUtc } from "./zones";

/** The request body of `POST /me/findMeetingTimes` (Graph also accepts booleans and numbers as strings). */
export interface FindMeetingTimesRequest {
  attendees?: AttendeeBase[] | null;
  timeConstraint?: TimeConstraint | null;
  meetingDuration?: string | null;
  maxCandidates?: number | string | null;
  isOrganizerOptional?: boolean | string | null;
  minimumAttendeePercentage?: number | string | null;
  returnSuggestionReasons?: boolean | string | null;
  locationConstraint?: LocationConstraint | null;
}

/** Where the calendars come from, and the clock. */
export interface FindMeetingTimesContext {
  /** The signed-in user who asks. */
  organizer: CalendarOwner;
  /** The calendar of an attendee by SMTP address; undefined when outside the directory (unknown). */
  calendarOf: (address: string) => CalendarOwner | undefined;
  /** Suggestions never start before this instant. */
  now: Date;
  /** Zone of the returned times (the `Prefer: outlook.timezone` header); default UTC. */
  outputTimeZone?: string;
}

/** A suggestion with the fields the sandbox always fills. */
export interface ComputedSuggestion extends MeetingTimeSuggestion {
  confidence: number;
  order: number;
  organizerAvailability: FreeBusyStatus;
  attendeeAvailability: AttendeeAvailability[];
  meetingTimeSlot: {
    start: { dateTime: string; timeZone: string };
    end: { dateTime: string; timeZone: string };
  };
}

/** The meetingTimeSuggestionsResult. */
export interface ComputedSuggestions {
  meetingTimeSuggestions: ComputedSuggestion[];
  /** "" when there are suggestions, otherwise Graph's reason. */
  emptySuggestionsReason:
    | ""
    | "attendeesUnavailable"
    | "attendeesUnavailableOrUnknown"
    | "organizerUnavailable"
    | "unknown";
}

const MINUTE_MS = 60_000;
/** Suggestions start on the hour or the half hour, as Outlook proposes them. */
const STEP_MS = 30 * MINUTE_MS;
/** Without time slots the sandbox searches the coming week (Graph leaves this undocumented). */
const DEFAULT_SEARCH_DAYS = 7;
/** Without maxCandidates the sandbox returns at most this many (Graph leaves this undocumented). */
const DEFAULT_MAX_CANDIDATES = 10;

/**
 * Chance that a person attends, by status, as Graph documents it: free 100, unknown 49, busy 0.
 * Tentative is not documented; half a chance is the honest reading of "maybe". Working elsewhere
 * is the person at work, so they can attend.
 */
const ATTENDANCE: Record<FreeBusyStatus, number> = {
  free: 100,
  workingElsewhere: 100,
  tentative: 50,
  unknown: 49,
  busy: 0,
  oof: 0,
};

function asBoolean(value: boolean | string | null | undefined, fallback: boolean): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value.trim().toLowerCase() === "true";
  return fallback;
}

function asNumber(value: number | string | null | undefined, fallback: number): number {
  if (value === null || value === undefined || value === "") return fallback;
  const number = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(number)) {
    throw new CalendarRequestError("ErrorInvalidParameter", `Invalid number: '${String(value)}'.`);
  }
  return number;
}

/**
 * Minutes in an ISO 8601 duration such as "PT30M" or "PT1H30M"; 30 when absent, as Graph defaults.
 * @throws CalendarRequestError for a duration that cannot be read or is not positive.
 */
export function parseMeetingDuration(duration: string | null | undefined): number {
  if (duration === null || duration === undefined || duration === "") return 30;
  const parsed = Duration.fromISO(duration);
  const minutes = parsed.isValid ? parsed.as("minutes") : NaN;
  if (!Number.isFinite(minutes) || minutes <= 0) {
    throw new CalendarRequestError(
      "ErrorInvalidParameter",
      `The meetingDuration '${duration}' is not a valid ISO 8601 duration.`,
    );
  }
  return minutes;
}

interface Window {
  start: Date;
  end: Date;
}

function searchWindows(constraint: TimeConstraint | null | undefined, now: Date): Window[] {
  const slots = constraint?.timeSlots ?? [];
  if (slots.length === 0) {
    return [
      { start: now, end: new Date(now.getTime() + DEFAULT_SEARCH_DAYS * 24 * 60 * MINUTE_MS) },
    ];
  }
  return slots.map((slot) => {
    if (slot.start?.dateTime === undefined || slot.end?.dateTime === undefined) {
      throw new CalendarRequestError(
        "ErrorInvalidParameter",
        "Each time slot needs a start and an end dateTime.",
      );
    }
    const start = zonedToUtc(slot.start.dateTime, requireZone(slot.start.timeZone));
    const end = zonedToUtc(slot.end.dateTime, requireZone(slot.end.timeZone));
    if (end.getTime() <= start.getTime()) {
      throw new CalendarRequestError(
        "ErrorInvalidTimeInterval",
        "A time slot ends before it starts.",
      );
    }
    return { start, end };
  });
}

/** Candidate starts: every half hour inside each window (not before now) where the meeting fits. */
function candidateStarts(windows: readonly Window[], durationMs: number, now: Date): Date[] {
  const seen = new Set<number>();
  const starts: Date[] = [];
  for (const window of windows) {
    const from = Math.max(window.start.getTime(), now.getTime());
    for (
      let t = Math.ceil(from / STEP_MS) * STEP_MS;
      t + durationMs <= window.end.getTime();
      t += STEP_MS
    ) {
      if (!seen.has(t)) {
        seen.add(t);
        starts.push(new Date(t));
      }
    }
  }
  return starts.sort((a, b) => a.getTime() - b.getTime());
}

interface Person {
  attendee: AttendeeBase;
  owner: CalendarOwner | undefined;
  intervals: ReturnType<typeof busyIntervals>;
  /** Working time over the whole search; undefined when the calendar is unknown. */
  hours: WorkingWindow[] | undefined;
}

/**
 * Suggests meeting times like `POST /me/findMeetingTimes`: half-hour starts inside the time slots
 * that fall within the working hours of the organizer and of every attendee whose calendar is known
 * (activityDomain "work", the default), where the organizer is not busy or away, ranked by
 * confidence (the average chance that the attendees attend), then chronologically.
 * Locations are echoed from the constraint, never resolved.
 * @throws CalendarRequestError for a malformed request.
 */
export function findMeetingTimes(
  request: FindMeetingTimesRequest,
  context: FindMeetingTimesContext,
): ComputedSuggestions {
  const durationMs = parseMeetingDuration(request.meetingDuration) * MINUTE_MS;
  const domain: ActivityDomain = request.timeConstraint?.activityDomain ?? "work";
  const organizerOptional = asBoolean(request.isOrganizerOptional, false);
  const threshold = asNumber(request.minimumAttendeePercentage, 50);
  const maxCandidates = asNumber(request.maxCandidates, DEFAULT_MAX_CANDIDATES);
  const withReasons = asBoolean(request.returnSuggestionReasons, false);
  const outputZone = requireZone(context.outputTimeZone ?? "UTC");

  const starts = candidateStarts(
    searchWindows(request.timeConstraint, context.now),
    durationMs,
    context.now,
  );
  // Working time is worked out once for the whole search, not per candidate: each day's
  // bounds need a zone conversion, and a month of half hours is over a thousand candidates.
  const searchStart = starts[0] ?? context.now;
  const searchEnd = new Date((starts[starts.length - 1] ?? context.now).getTime() + durationMs);
  const hoursOf = (owner: CalendarOwner): WorkingWindow[] =>
    workingWindows(searchStart, searchEnd, owner.mailboxSettings, domain);

  const organizerIntervals = busyIntervals(context.organizer);
  const organizerHours = hoursOf(context.organizer);
  const people: Person[] = (request.attendees ?? []).map((attendee) => {
    const address = attendee.emailAddress?.address ?? "";
    const owner = address === "" ? undefined : context.calendarOf(address);
    return {
      attendee,
      owner,
      intervals: owner === undefined ? [] : busyIntervals(owner),
      hours: owner === undefined ? undefined : hoursOf(owner),
    };
  });
  const locations = (request.locationConstraint?.locations ?? []).map((location) => ({
    displayName: location.displayName ?? "",
  }));

  let organizerWasFree = false;
  const suggestions: Omit<ComputedSuggestion, "order">[] = [];
  for (const start of starts) {
    const end = new Date(start.getTime() + durationMs);
    const organizerAvailability = statusOver(organizerIntervals, start, end);
    if (!organizerOptional) {
      if (!fitsWithin(organizerHours, start, end)) continue;
      if (organizerAvailability === "busy" || organizerAvailability === "oof") continue;
    }
    organizerWasFree = true;
    // Work meetings stay inside every known attendee's working hours too.
    const outsideHours = people.some(
      (person) => person.hours !== undefined && !fitsWithin(person.hours, start, end),
    );
    if (outsideHours) continue;
    const attendeeAvailability: AttendeeAvailability[] = people.map((person) => ({
      attendee: {
        type: person.attendee.type ?? "required",
        emailAddress: person.attendee.emailAddress,
      },
      availability:
        person.owner === undefined ? "unknown" : statusOver(person.intervals, start, end),
    }));
    const chances =
      people.length > 0
        ? attendeeAvailability.map((entry) => ATTENDANCE[entry.availability ?? "unknown"])
        : [ATTENDANCE[organizerAvailability]];
    const confidence = chances.reduce((sum, chance) => sum + chance, 0) / chances.length;
    if (confidence < threshold) continue;
    const suggestion: Omit<ComputedSuggestion, "order"> = {
      confidence,
      organizerAvailability,
      attendeeAvailability,
      locations,
      meetingTimeSlot: {
        start: { dateTime: utcToZoned(start, outputZone), timeZone: outputZone },
        end: { dateTime: utcToZoned(end, outputZone), timeZone: outputZone },
      },
    };
    if (withReasons) {
      suggestion.suggestionReason =
        confidence === 100
          ? "Suggested because it is one of the nearest times when all attendees are available."
          : "Suggested because it is one of the nearest times when most attendees are available.";
    }
    suggestions.push(suggestion);
  }

  // Stable sort keeps chronological order among equal confidences.
  const ranked = suggestions
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, Math.max(0, Math.floor(maxCandidates)))
    .map((suggestion, index) => ({ ...suggestion, order: index + 1 }));

  if (ranked.length > 0) return { meetingTimeSuggestions: ranked, emptySuggestionsReason: "" };
  const reason: ComputedSuggestions["emptySuggestionsReason"] = !organizerWasFree
    ? "organizerUnavailable"
    : people.some((person) => person.owner === undefined)
      ? "attendeesUnavailableOrUnknown"
      : "attendeesUnavailable";
  return { meetingTimeSuggestions: [], emptySuggestionsReason: reason };
}
