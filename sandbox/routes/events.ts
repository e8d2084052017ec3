// Calendar routes: events (transactionId, time zones, Teams links, attendee copies), calendarView,
// getSchedule, findMeetingTimes.
import type { TenantUser } from "../tenant";
import {
  badRequest,
  GraphError,
  json,
  noContent,
  objectBody,
  type SandboxRequest,
  type SandboxResponse,
} from "../http";
import { checkIfMatch, findOutlookItem, newGuid, newItemIdentity } from "../ids";
import { eventDefaults, type EventRecord, type SandboxState } from "../state";
import { contextUrl, type Route, type RouteContext } from "../router";
import {
  InvalidDateTimeError,
  requestZone,
  UnknownTimeZoneError,
  utcToZoned,
  zonedToUtc,
} from "../calendar/zones";
import { computeSchedule } from "../calendar/schedule";
import { findMeetingTimes, type FindMeetingTimesRequest } from "../calendar/findMeetingTimes";
import type { CalendarEvent, CalendarOwner } from "../calendar/freeBusy";
import { CalendarRequestError } from "../calendar/requestError";
import { extensionRoutes, inlineExtensions, touch } from "./extensions";
import {
  baseItem,
  itemProperties,
  listItems,
  type OutlookType,
  ownMailbox,
  patchFields,
  READ_ONLY,
  readItem,
  writableFields,
  writtenItem,
} from "./outlookItems";

/**
 * The zone named by `Prefer: outlook.timezone="..."`, if any. A zone Graph does not list is
 * refused with 400 `TimeZoneNotSupportedException` rather than ignored: the stricter reading of
 * api-reference/v1.0/api/user-list-events.md ("Prefer: outlook.timezone") together with
 * api-reference/v1.0/resources/datetimetimezone.md (Windows names and the listed IANA names).
 */
export function preferredZone(req: SandboxRequest): string | undefined {
  const match = /outlook\.timezone\s*=\s*"([^"]*)"/i.exec(req.headers["prefer"] ?? "");
  if (!match) return undefined;
  const zone = match[1] as string;
  try {
    return requestZone(zone);
  } catch {
    throw timeZoneError(zone);
  }
}

/** Refuses a request whose Prefer zone is not accepted before it has any effect. */
function checkPrefer(route: Route): Route {
  const [method, pattern, handler] = route;
  return [
    method,
    pattern,
    (ctx) => {
      preferredZone(ctx.req);
      return handler(ctx);
    },
  ];
}

/**
 * A request's dateTimeTimeZone zone: Windows names and the IANA names
 * api-reference/v1.0/resources/datetimetimezone.md lists; anything else is 400
 * `TimeZoneNotSupportedException` (what Graph answers for America/Vancouver).
 */
function checkRequestZone(value: unknown): void {
  const zone = (value as { timeZone?: unknown } | undefined)?.timeZone;
  if (typeof zone !== "string" || zone === "") return;
  try {
    requestZone(zone);
  } catch {
    throw timeZoneError(zone);
  }
}

/** Headers answering a honoured Prefer, as Graph sends them. */
function preferenceApplied(req: SandboxRequest): Record<string, string> {
  const zone = preferredZone(req);
  return zone ? { "Preference-Applied": `outlook.timezone="${zone}"` } : {};
}

function timeZoneError(zone: string): GraphError {
  return badRequest(
    `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`,
    "TimeZoneNotSupportedException",
  );
}

/** The instant of a dateTimeTimeZone, turning bad input into Graph's 400s. */
function instantOf(value: unknown, field: string): Date {
  const v = value as { dateTime?: unknown; timeZone?: unknown } | undefined;
  if (!v || typeof v.dateTime !== "string") {
    throw badRequest(`${field} is required and must have a dateTime.`, "ErrorInvalidRequest");
  }
  const zone = typeof v.timeZone === "string" && v.timeZone !== "" ? v.timeZone : "UTC";
  try {
    return zonedToUtc(v.dateTime, zone);
  } catch (error) {
    if (error instanceof UnknownTimeZoneError) throw timeZoneError(zone);
    if (error instanceof InvalidDateTimeError) {
      throw badRequest(
        `Cannot convert the literal '${v.dateTime}' to a date-time.`,
        "ErrorInvalidRequest",
      );
    }
    throw error;
  }
}

/** Stores a dateTimeTimeZone in Graph's seven-digit format, keeping its zone. */
function normalizeTime(value: unknown, field: string): { dateTime: string; timeZone: string } {
  checkRequestZone(value);
  const instant = instantOf(value, field);
  const zone = (value as { timeZone?: string }).timeZone || "UTC";
  return { dateTime: utcToZoned(instant, zone), timeZone: zone };
}

function renderTime(value: unknown, zone: string): { dateTime: string; timeZone: string } {
  return { dateTime: utcToZoned(instantOf(value, "time"), zone), timeZone: zone };
}

const EVENT: OutlookType = {
  name: "event",
  collection: "events",
  properties: itemProperties(
    eventDefaults({ id: "", displayName: "", userPrincipalName: "" } as TenantUser, "", {}),
    ["transactionId", "start", "end", "extensions"],
  ),
  // The organizer and iCalUId are the meeting's identity; transactionId only de-duplicates creation.
  readOnly: [...READ_ONLY, "transactionId", "organizer", "iCalUId"],
  answerHeaders: preferenceApplied,
  render(record, req) {
    const zone = preferredZone(req) ?? "UTC";
    const out = baseItem(record);
    out.start = renderTime(record.data.start, zone);
    out.end = renderTime(record.data.end, zone);
    const transactionId = (record as EventRecord).transactionId;
    if (transactionId !== undefined) out.transactionId = transactionId;
    return out;
  },
};

function eventOf(ctx: RouteContext): EventRecord {
  return findOutlookItem(ownMailbox(ctx).events, ctx.params.event as string);
}

function attendeesOf(data: Record<string, unknown>): { emailAddress?: { address?: string } }[] {
  return Array.isArray(data.attendees)
    ? (data.attendees as { emailAddress?: { address?: string } }[])
    : [];
}

function normalizeAttendees(list: unknown): Record<string, unknown>[] {
  if (list === undefined) return [];
  if (!Array.isArray(list))
    throw badRequest("attendees must be a collection.", "ErrorInvalidRequest");
  return list.map((raw, i) => {
    const a = raw as Record<string, unknown>;
    const email = a?.emailAddress as { address?: unknown; name?: unknown } | undefined;
    if (!email || typeof email.address !== "string" || !email.address.includes("@")) {
      throw badRequest(
        `attendees[${i}].emailAddress.address is not a valid SMTP address.`,
        "ErrorInvalidRecipients",
      );
    }
    return {
      type: "required",
      status: { response: "none", time: "0001-01-01T00:00:00Z" },
      ...a,
      emailAddress: { name: email.name ?? email.address, address: email.address },
    };
  });
}

/** A Teams join link shaped like the real one. */
function teamsJoinUrl(state: SandboxState, organizer: TenantUser): string {
  const thread = `19%3ameeting_${Buffer.from(newGuid()).toString("base64url").slice(0, 40)}%40thread.v2`;
  const context = encodeURIComponent(
    JSON.stringify({ Tid: state.tenant.organization?.id ?? newGuid(), Oid: organizer.id }),
  );
  return `https://teams.microsoft.com/l/meetup-join/${thread}/0?context=${context}`;
}

/** Fields the organizer's changes carry to attendees' copies. */
const SHARED_FIELDS = [
  "subject",
  "body",
  "bodyPreview",
  "start",
  "end",
  "location",
  "locations",
  "isAllDay",
  "attendees",
  "isOnlineMeeting",
  "onlineMeetingProvider",
  "onlineMeeting",
  "onlineMeetingUrl",
  "importance",
  "sensitivity",
  "originalStartTimeZone",
  "originalEndTimeZone",
  "iCalUId",
  "organizer",
  "isCancelled",
  "hideAttendees",
];

function sharedData(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of SHARED_FIELDS) if (key in data) out[key] = data[key];
  return out;
}

/**
 * Makes attendees' calendars match the organizer's event: a copy per attendee who is a tenant
 * user (never with the organizer's extensions), moved when the event moves, removed when they
 * are no longer invited.
 */
function syncCopies(ctx: RouteContext, organizer: TenantUser, event: EventRecord): void {
  const wanted = new Map<string, TenantUser>();
  for (const attendee of attendeesOf(event.data)) {
    const user = attendee.emailAddress?.address
      ? ctx.state.directory.find(attendee.emailAddress.address)
      : undefined;
    if (user && user.id !== organizer.id) wanted.set(user.id, user);
  }
  const kept: { userId: string; eventId: string }[] = [];
  for (const copy of event.copies ?? []) {
    const box = ctx.state.mailboxes.get(copy.userId);
    const record = box?.events.get(copy.eventId);
    if (!box || !record) continue;
    if (!wanted.has(copy.userId)) {
      box.events.delete(copy.eventId);
      continue;
    }
    Object.assign(record.data, sharedData(event.data));
    touch(record, ctx.now);
    kept.push(copy);
    wanted.delete(copy.userId);
  }
  for (const user of wanted.values()) {
    const identity = newItemIdentity(ctx.now);
    const copy: EventRecord = {
      ...identity,
      data: {
        ...eventDefaults(user, identity.id, sharedData(event.data)),
        isOrganizer: false,
        responseStatus: { response: "notResponded", time: "0001-01-01T00:00:00Z" },
      },
      // The organizer's open extensions stay on the organizer's item: attendees never see them.
      extensions: {},
      organizer: { userId: organizer.id, eventId: event.id },
    };
    ctx.state.mailbox(user).events.set(copy.id, copy);
    kept.push({ userId: user.id, eventId: copy.id });
  }
  event.copies = kept;
}

function removeCopies(ctx: RouteContext, event: EventRecord): void {
  for (const copy of event.copies ?? [])
    ctx.state.mailboxes.get(copy.userId)?.events.delete(copy.eventId);
  event.copies = [];
}

/**
 * Enumerated event properties take only their documented values (api-reference/v1.0/resources/event.md:
 * showAs is free, tentative, busy, oof, workingElsewhere or unknown; onlineMeetingProvider is
 * unknown, teamsForBusiness, skypeForBusiness or skypeForConsumer). Graph refuses anything else
 * while reading the body, so a misspelt value cannot pass here and fail in production.
 */
const EVENT_ENUMS: Record<string, readonly string[]> = {
  showAs: ["free", "tentative", "busy", "oof", "workingElsewhere", "unknown"],
  onlineMeetingProvider: ["unknown", "teamsForBusiness", "skypeForBusiness", "skypeForConsumer"],
};

function checkEventEnums(fields: Record<string, unknown>): void {
  for (const [name, allowed] of Object.entries(EVENT_ENUMS)) {
    const value = fields[name];
    if (value === undefined) continue;
    if (typeof value !== "string" || !allowed.includes(value)) {
      throw badRequest(
        `Cannot convert the literal '${String(value)}' to the expected type for '${name}'.`,
        "RequestBodyRead",
      );
    }
  }
}

function createEvent(ctx: RouteContext): SandboxResponse {
  const box = ownMailbox(ctx);
  const body = objectBody(ctx.req);
  const transactionId = typeof body.transactionId === "string" ? body.transactionId : undefined;
  if (transactionId !== undefined) {
    // Graph de-duplicates creation by transactionId: a retry returns the first event.
    const existing = [...box.events.values()].find((e) => e.transactionId === transactionId);
    if (existing) {
      // event.md / user-post-events.md document only that the redundant POST is avoided, not the
      // answer; the sandbox gives either reading (`/_sandbox/quirks` repeatedTransactionId).
      if (ctx.state.quirks.repeatedTransactionId === "error") {
        throw new GraphError(
          409,
          "ErrorDuplicateTransactionId",
          `An event with transactionId '${transactionId}' already exists.`,
        );
      }
      return writtenItem(ctx, 201, existing, EVENT);
    }
  }
  const fields = writableFields(body, EVENT);
  checkEventEnums(fields);
  const start = normalizeTime(fields.start, "start");
  const end = normalizeTime(fields.end, "end");
  checkOrder(start, end);
  fields.start = start;
  fields.end = end;
  fields.attendees = normalizeAttendees(fields.attendees);
  if (fields.isOnlineMeeting === true) {
    const provider = (fields.onlineMeetingProvider as string | undefined) ?? "teamsForBusiness";
    fields.onlineMeetingProvider = provider;
    if (provider === "teamsForBusiness") {
      fields.onlineMeeting = { joinUrl: teamsJoinUrl(ctx.state, ctx.user) };
    }
  }
  const identity = newItemIdentity(ctx.now);
  const record: EventRecord = {
    ...identity,
    data: eventDefaults(ctx.user, identity.id, fields),
    extensions: inlineExtensions(body),
    ...(transactionId !== undefined ? { transactionId } : {}),
  };
  box.events.set(record.id, record);
  syncCopies(ctx, ctx.user, record);
  ctx.changed();
  return writtenItem(ctx, 201, record, EVENT);
}

function checkOrder(
  start: { dateTime: string; timeZone: string },
  end: { dateTime: string; timeZone: string },
) {
  if (instantOf(end, "end").getTime() < instantOf(start, "start").getTime()) {
    throw badRequest(
      "The end date occurs before the start date.",
      "ErrorCalendarEndDateIsEarlierThanStartDate",
    );
  }
}

function updateEvent(ctx: RouteContext): SandboxResponse {
  const record = eventOf(ctx);
  const fields = patchFields(ctx, record, EVENT);
  checkEventEnums(fields);
  if (fields.start !== undefined) fields.start = normalizeTime(fields.start, "start");
  if (fields.end !== undefined) fields.end = normalizeTime(fields.end, "end");
  if (fields.attendees !== undefined) fields.attendees = normalizeAttendees(fields.attendees);
  const next = { ...record.data, ...fields };
  checkOrder(
    next.start as { dateTime: string; timeZone: string },
    next.end as { dateTime: string; timeZone: string },
  );
  Object.assign(record.data, fields);
  if (fields.isOnlineMeeting === true && !record.data.onlineMeeting) {
    record.data.onlineMeetingProvider =
      record.data.onlineMeetingProvider === "unknown"
        ? "teamsForBusiness"
        : record.data.onlineMeetingProvider;
    record.data.onlineMeeting = { joinUrl: teamsJoinUrl(ctx.state, ctx.user) };
  }
  touch(record, ctx.now);
  if (!record.organizer) syncCopies(ctx, ctx.user, record);
  ctx.changed();
  return writtenItem(ctx, 200, record, EVENT);
}

function deleteEvent(ctx: RouteContext): SandboxResponse {
  const record = eventOf(ctx);
  checkIfMatch(ctx.req.headers, record.changeKey);
  removeEvent(ctx, record);
  return noContent();
}

function removeEvent(ctx: RouteContext, record: EventRecord): void {
  ownMailbox(ctx).events.delete(record.id);
  if (record.organizer) {
    // An attendee removing their copy: the organizer's event forgets it.
    const org = ctx.state.mailboxes
      .get(record.organizer.userId)
      ?.events.get(record.organizer.eventId);
    if (org) org.copies = (org.copies ?? []).filter((c) => c.eventId !== record.id);
  } else {
    removeCopies(ctx, record);
  }
  ctx.changed();
}

function cancelEvent(ctx: RouteContext): SandboxResponse {
  const record = eventOf(ctx);
  if (record.organizer || record.data.isOrganizer === false) {
    throw badRequest(
      "Your request can't be completed. You need to be an organizer to cancel a meeting.",
      "ErrorAccessDenied",
    );
  }
  removeEvent(ctx, record);
  return { status: 202, headers: {} };
}

function listEvents(ctx: RouteContext): SandboxResponse {
  return listItems(ctx, [...ownMailbox(ctx).events.values()], EVENT);
}

/** Reads a calendarView bound: ISO 8601 with an offset; without one it is read as UTC. */
function viewBound(raw: string): Date {
  const withZone = /([zZ]|[+-]\d{2}:?\d{2})$/.test(raw) ? raw : `${raw}Z`;
  const date = new Date(withZone);
  if (Number.isNaN(date.getTime())) {
    throw badRequest(
      `The value '${raw}' of parameter 'StartDateTime' is invalid.`,
      "ErrorInvalidParameter",
    );
  }
  return date;
}

function calendarView(ctx: RouteContext): SandboxResponse {
  const startRaw = ctx.req.query.get("startDateTime") ?? ctx.req.query.get("StartDateTime");
  const endRaw = ctx.req.query.get("endDateTime") ?? ctx.req.query.get("EndDateTime");
  if (startRaw === null || endRaw === null) {
    throw badRequest(
      "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.",
      "ErrorInvalidParameter",
    );
  }
  const start = viewBound(startRaw).getTime();
  const end = viewBound(endRaw).getTime();
  const inView = [...ownMailbox(ctx).events.values()]
    .filter(
      (e) =>
        instantOf(e.data.end, "end").getTime() > start &&
        instantOf(e.data.start, "start").getTime() < end,
    )
    .sort(
      (a, b) =>
        instantOf(a.data.start, "start").getTime() - instantOf(b.data.start, "start").getTime(),
    );
  return listItems(ctx, inView, EVENT, "calendarView");
}

/** A user's calendar as the calendar computations read it. */
function calendarOwner(state: SandboxState, user: TenantUser): CalendarOwner {
  const box = state.mailboxes.get(user.id);
  return {
    events: box ? [...box.events.values()].map((e) => e.data as CalendarEvent) : [],
    ...(user.mailboxSettings ? { mailboxSettings: user.mailboxSettings } : {}),
  };
}

function calendarError(error: unknown): never {
  if (error instanceof CalendarRequestError) throw badRequest(error.message, error.code);
  throw error;
}

function getSchedule(ctx: RouteContext): SandboxResponse {
  const body = objectBody(ctx.req);
  const schedules = body.schedules;
  if (
    !Array.isArray(schedules) ||
    schedules.length === 0 ||
    !schedules.every((s) => typeof s === "string")
  ) {
    throw badRequest(
      "The schedules parameter must list at least one SMTP address.",
      "ErrorInvalidParameter",
    );
  }
  // Graph's documented cap on one getSchedule request.
  if (schedules.length > 20) {
    throw badRequest("The number of schedules must not exceed 20.", "ErrorInvalidParameter");
  }
  // The window's zones are the request's own (datetimetimezone.md), refused for the whole call.
  checkRequestZone(body.startTime);
  checkRequestZone(body.endTime);
  const zone = preferredZone(ctx.req);
  const value = (schedules as string[]).map((address) => {
    const user = ctx.state.directory.find(address);
    if (!user) {
      return {
        scheduleId: address,
        error: {
          message: "The specified recipient was not found.",
          responseCode: "ErrorMailRecipientNotFound",
        },
      };
    }
    try {
      const owner = calendarOwner(ctx.state, user);
      return computeSchedule({
        scheduleId: address,
        events: owner.events,
        ...(owner.mailboxSettings ? { mailboxSettings: owner.mailboxSettings } : {}),
        startTime: body.startTime as { dateTime: string; timeZone?: string },
        endTime: body.endTime as { dateTime: string; timeZone?: string },
        ...(body.availabilityViewInterval !== undefined
          ? { availabilityViewInterval: Number(body.availabilityViewInterval) }
          : {}),
        ...(zone ? { outputTimeZone: zone } : {}),
      });
    } catch (error) {
      return calendarError(error);
    }
  });
  if (ctx.state.quirks.capitalisedFreeBusy) {
    // concepts/outlook-schedule-free-busy.md shows "Busy" where resources/freebusystatus and
    // resources/scheduleitem.md show "busy": the switch gives the capitalised form.
    for (const info of value as { scheduleItems?: { status?: string }[] }[]) {
      for (const item of info.scheduleItems ?? []) {
        if (item.status) item.status = item.status.charAt(0).toUpperCase() + item.status.slice(1);
      }
    }
  }
  return json(
    200,
    { "@odata.context": contextUrl("Collection(microsoft.graph.scheduleInformation)"), value },
    preferenceApplied(ctx.req),
  );
}

function meetingTimes(ctx: RouteContext): SandboxResponse {
  const body = objectBody(ctx.req) as FindMeetingTimesRequest;
  for (const slot of body.timeConstraint?.timeSlots ?? []) {
    // api-reference/v1.0/resources/datetimetimezone.md: the same names as an event's times.
    checkRequestZone(slot.start);
    checkRequestZone(slot.end);
  }
  const zone = preferredZone(ctx.req);
  try {
    const result = findMeetingTimes(body, {
      organizer: calendarOwner(ctx.state, ctx.user),
      calendarOf: (address) => {
        const user = ctx.state.directory.find(address);
        return user ? calendarOwner(ctx.state, user) : undefined;
      },
      now: ctx.now,
      ...(zone ? { outputTimeZone: zone } : {}),
    });
    return json(
      200,
      { "@odata.context": contextUrl("microsoft.graph.meetingTimeSuggestionsResult"), ...result },
      preferenceApplied(ctx.req),
    );
  } catch (error) {
    return calendarError(error);
  }
}

/** The event routes, under `/me` and `/users/{id}` (also via `/calendar/events`). */
export const eventRoutes: Route[] = (
  [
    ["GET", "events", listEvents],
    ["POST", "events", createEvent],
    ["GET", "calendar/events", listEvents],
    ["POST", "calendar/events", createEvent],
    ["GET", "events/{event}", (ctx) => readItem(ctx, eventOf(ctx), EVENT)],
    ["PATCH", "events/{event}", updateEvent],
    ["DELETE", "events/{event}", deleteEvent],
    ["POST", "events/{event}/cancel", cancelEvent],
    ...extensionRoutes("events/{event}", eventOf),
    ["GET", "calendarView", calendarView],
    ["GET", "calendar/calendarView", calendarView],
    ["POST", "calendar/getSchedule", getSchedule],
    ["POST", "findMeetingTimes", meetingTimes],
  ] as Route[]
).map(checkPrefer);
