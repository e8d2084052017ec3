// findMeetingTimes: suggestions inside both parties' working hours, ranked by confidence, with
// Graph's reasons.
import { describe, expect, it } from "vitest";
import type { CalendarEvent, CalendarOwner } from "../../sandbox/calendar/freeBusy";
import {
  findMeetingTimes,
  parseMeetingDuration,
  type FindMeetingTimesContext,
  type FindMeetingTimesRequest,
} from "../../sandbox/calendar/findMeetingTimes";
import { CalendarRequestError } from "../../sandbox/calendar/requestError";

function owner(
  zone: string,
  start = "09:00:00",
  end = "17:00:00",
  events: CalendarEvent[] = [],
): CalendarOwner {
  return {
    events,
    mailboxSettings: {
      timeZone: zone,
      workingHours: {
        daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
        startTime: start,
        endTime: end,
        timeZone: { name: zone },
      },
    },
  };
}

function busy(
  zone: string,
  start: string,
  end: string,
  showAs: CalendarEvent["showAs"] = "busy",
): CalendarEvent {
  return {
    start: { dateTime: start, timeZone: zone },
    end: { dateTime: end, timeZone: zone },
    showAs,
  };
}

const VOLUNTEER = "li.wei@harbourbank.example";
const EXTERNAL = "neighbour@example.org";
// Tuesday 1 December 2026, a weekday in winter.
const NOW = new Date("2026-11-30T12:00:00Z");

function request(overrides: Partial<FindMeetingTimesRequest> = {}): FindMeetingTimesRequest {
  return {
    attendees: [{ type: "required", emailAddress: { address: VOLUNTEER, name: "Li Wei" } }],
    timeConstraint: {
      activityDomain: "work",
      timeSlots: [
        {
          start: { dateTime: "2026-12-01T08:00:00", timeZone: "Eastern Standard Time" },
          end: { dateTime: "2026-12-01T18:00:00", timeZone: "Eastern Standard Time" },
        },
      ],
    },
    meetingDuration: "PT30M",
    maxCandidates: 50,
    ...overrides,
  };
}

function context(
  calendars: Record<string, CalendarOwner>,
  organizer: CalendarOwner,
): FindMeetingTimesContext {
  return {
    organizer,
    calendarOf: (address) => calendars[address],
    now: NOW,
    outputTimeZone: "Eastern Standard Time",
  };
}

const starts = (result: ReturnType<typeof findMeetingTimes>): string[] =>
  result.meetingTimeSuggestions.map((s) => s.meetingTimeSlot.start.dateTime.slice(11, 16));

describe("findMeetingTimes", () => {
  it("reads ISO 8601 durations and defaults to 30 minutes", () => {
    expect(parseMeetingDuration("PT30M")).toBe(30);
    expect(parseMeetingDuration("PT1H30M")).toBe(90);
    expect(parseMeetingDuration(undefined)).toBe(30);
    expect(() => parseMeetingDuration("half an hour")).toThrow(CalendarRequestError);
  });

  it("suggests only times inside both people's working hours, across zones", () => {
    // The student in Toronto works 9–17; the volunteer in Halifax (one hour ahead) works 9–13.
    const result = findMeetingTimes(
      request(),
      context(
        { [VOLUNTEER]: owner("Atlantic Standard Time", "09:00:00", "13:00:00") },
        owner("Eastern Standard Time"),
      ),
    );
    // Overlap in Toronto time: 09:00 to 12:00, so 30-minute starts from 09:00 to 11:30.
    expect(starts(result)).toEqual(["09:00", "09:30", "10:00", "10:30", "11:00", "11:30"]);
    expect(result.emptySuggestionsReason).toBe("");
    const first = result.meetingTimeSuggestions[0];
    expect(first?.confidence).toBe(100);
    expect(first?.order).toBe(1);
    expect(first?.organizerAvailability).toBe("free");
    expect(first?.attendeeAvailability).toEqual([
      {
        attendee: { type: "required", emailAddress: { address: VOLUNTEER, name: "Li Wei" } },
        availability: "free",
      },
    ]);
    expect(first?.meetingTimeSlot.end).toEqual({
      dateTime: "2026-12-01T09:30:00.0000000",
      timeZone: "Eastern Standard Time",
    });
  });

  it("skips the organizer's busy time and ranks an attendee's tentative time lower", () => {
    const student = owner("Eastern Standard Time", "09:00:00", "11:00:00", [
      busy("Eastern Standard Time", "2026-12-01T09:00:00", "2026-12-01T09:30:00"),
    ]);
    const volunteer = owner("Eastern Standard Time", "09:00:00", "17:00:00", [
      busy("Eastern Standard Time", "2026-12-01T09:30:00", "2026-12-01T10:00:00", "tentative"),
      busy("Eastern Standard Time", "2026-12-01T10:30:00", "2026-12-01T11:00:00", "oof"),
    ]);
    const result = findMeetingTimes(request(), context({ [VOLUNTEER]: volunteer }, student));
    // 09:00 the student is busy; 10:30 the volunteer is away (0% < 50%); 09:30 is a maybe.
    expect(starts(result)).toEqual(["10:00", "09:30"]);
    expect(result.meetingTimeSuggestions.map((s) => s.confidence)).toEqual([100, 50]);
    expect(result.meetingTimeSuggestions.map((s) => s.order)).toEqual([1, 2]);
  });

  it("counts an attendee outside the directory as unknown (49%)", () => {
    const result = findMeetingTimes(
      request({
        attendees: [
          { type: "required", emailAddress: { address: VOLUNTEER } },
          { type: "required", emailAddress: { address: EXTERNAL } },
        ],
        minimumAttendeePercentage: "70",
        timeConstraint: {
          timeSlots: [
            {
              start: { dateTime: "2026-12-01T09:00:00", timeZone: "Eastern Standard Time" },
              end: { dateTime: "2026-12-01T10:00:00", timeZone: "Eastern Standard Time" },
            },
          ],
        },
      }),
      context({ [VOLUNTEER]: owner("Eastern Standard Time") }, owner("Eastern Standard Time")),
    );
    expect(result.meetingTimeSuggestions.map((s) => s.confidence)).toEqual([74.5, 74.5]);
    expect(result.meetingTimeSuggestions[0]?.attendeeAvailability?.[1]?.availability).toBe(
      "unknown",
    );
  });

  it("returns no more than maxCandidates", () => {
    const result = findMeetingTimes(
      request({ maxCandidates: 2 }),
      context({ [VOLUNTEER]: owner("Eastern Standard Time") }, owner("Eastern Standard Time")),
    );
    expect(starts(result)).toEqual(["09:00", "09:30"]);
  });

  it("keeps a one-hour meeting whole inside the working day", () => {
    const result = findMeetingTimes(
      request({ meetingDuration: "PT1H" }),
      context(
        { [VOLUNTEER]: owner("Eastern Standard Time", "15:00:00", "17:00:00") },
        owner("Eastern Standard Time"),
      ),
    );
    expect(starts(result)).toEqual(["15:00", "15:30", "16:00"]);
  });

  it("finds times after the spring-forward change at the same local hour", () => {
    // Monday 9 March 2026, the day after Toronto's change; London has not changed yet.
    const result = findMeetingTimes(
      request({
        timeConstraint: {
          timeSlots: [
            {
              start: { dateTime: "2026-03-09T00:00:00", timeZone: "UTC" },
              end: { dateTime: "2026-03-10T00:00:00", timeZone: "UTC" },
            },
          ],
        },
      }),
      {
        ...context({ [VOLUNTEER]: owner("GMT Standard Time") }, owner("Eastern Standard Time")),
        now: new Date("2026-03-01T00:00:00Z"),
        outputTimeZone: "UTC",
      },
    );
    // Toronto 09:00 EDT = 13:00 UTC; London closes at 17:00 GMT = 17:00 UTC.
    expect(starts(result)).toEqual([
      "13:00",
      "13:30",
      "14:00",
      "14:30",
      "15:00",
      "15:30",
      "16:00",
      "16:30",
    ]);
  });

  it("says the organizer is unavailable when their own calendar blocks every slot", () => {
    const student = owner("Eastern Standard Time", "09:00:00", "17:00:00", [
      busy("Eastern Standard Time", "2026-12-01T00:00:00", "2026-12-02T00:00:00", "oof"),
    ]);
    const result = findMeetingTimes(
      request(),
      context({ [VOLUNTEER]: owner("Eastern Standard Time") }, student),
    );
    expect(result).toEqual({
      meetingTimeSuggestions: [],
      emptySuggestionsReason: "organizerUnavailable",
    });
  });

  it("says the attendees are unavailable when they are busy all day", () => {
    const volunteer = owner("Eastern Standard Time", "09:00:00", "17:00:00", [
      busy("Eastern Standard Time", "2026-12-01T08:00:00", "2026-12-01T18:00:00"),
    ]);
    const result = findMeetingTimes(
      request(),
      context({ [VOLUNTEER]: volunteer }, owner("Eastern Standard Time")),
    );
    expect(result.emptySuggestionsReason).toBe("attendeesUnavailable");
  });

  it("says availability is unknown when only an outsider could make it", () => {
    const result = findMeetingTimes(
      request({
        attendees: [{ type: "required", emailAddress: { address: EXTERNAL } }],
      }),
      context({}, owner("Eastern Standard Time")),
    );
    expect(result.emptySuggestionsReason).toBe("attendeesUnavailableOrUnknown");
  });

  it("never suggests a time in the past", () => {
    const result = findMeetingTimes(request(), {
      ...context({ [VOLUNTEER]: owner("Eastern Standard Time") }, owner("Eastern Standard Time")),
      now: new Date("2026-12-01T20:10:00Z"), // 15:10 in Toronto
    });
    expect(starts(result)).toEqual(["15:30", "16:00", "16:30"]);
  });

  it("looks at weekends only when the activity is personal", () => {
    const saturday = {
      timeSlots: [
        {
          start: { dateTime: "2026-12-05T09:00:00", timeZone: "Eastern Standard Time" },
          end: { dateTime: "2026-12-05T10:00:00", timeZone: "Eastern Standard Time" },
        },
      ],
    };
    const calendars = { [VOLUNTEER]: owner("Eastern Standard Time") };
    const work = findMeetingTimes(
      request({ timeConstraint: { ...saturday, activityDomain: "work" } }),
      context(calendars, owner("Eastern Standard Time")),
    );
    const personal = findMeetingTimes(
      request({ timeConstraint: { ...saturday, activityDomain: "personal" } }),
      context(calendars, owner("Eastern Standard Time")),
    );
    expect(work.meetingTimeSuggestions).toHaveLength(0);
    expect(starts(personal)).toEqual(["09:00", "09:30"]);
  });
});
