// A calendar request Graph would refuse: carries Graph's error code so the server can answer 400
// with it.

/** Graph error codes the calendar computations can raise (all answered with HTTP 400). */
export type CalendarErrorCode =
  | "ErrorInvalidMergedFreeBusyInterval"
  | "ErrorInvalidTimeInterval"
  | "ErrorTimeIntervalTooBig"
  | "ErrorInvalidParameter"
  | "ErrorInvalidRequest"
  | "TimeZoneNotSupportedException";

/** Thrown by computeSchedule and findMeetingTimes for a request Graph would answer with 400. */
export class CalendarRequestError extends Error {
  /** Graph's error code for the response body. */
  readonly code: CalendarErrorCode;
  /** The HTTP status Graph answers with. */
  readonly status = 400;

  constructor(code: CalendarErrorCode, message: string) {
    super(message);
    this.name = "CalendarRequestError";
    this.code = code;
  }
}
