// The interview record (one per contact) and its storage as the app's one open extension.

/** Where a contact stands, in the order the method walks through. */
export type Stage =
  "found" | "researched" | "questionsReady" | "requested" | "booked" | "met" | "thanked";

/** The stages in order. */
export const STAGES: readonly Stage[] = [
  "found",
  "researched",
  "questionsReady",
  "requested",
  "booked",
  "met",
  "thanked",
];

/** Where a contact came from. */
export type ContactSource = "directory" | "volunteer" | "manual" | "referral";

const SOURCES: readonly ContactSource[] = ["directory", "volunteer", "manual", "referral"];

/** A question chosen for this contact (its id in the bank, and its text as the user edited it). */
export interface ChosenQuestionRef {
  id: string;
  text: string;
}

/** A booked calendar event for this contact; times are ISO 8601 instants. */
export interface LinkedEvent {
  /**
   * The event's Graph id; "" when the link was written in the same round trip as the event's
   * creation (before Graph gave the id): the event is then found by `transactionId`.
   */
  eventId: string;
  start: string;
  end: string;
  /** The booking POST's transactionId, which Graph keeps on the event. */
  transactionId?: string;
}

/** Progress of the thank-you mail (the user sends it; the product only drafts). */
export interface ThankYouState {
  draftId?: string;
  draftedAt?: string;
  sentAt?: string;
}

/**
 * The student's own practice before the real interview (notes, when, how long). Kept apart from the
 * meeting's takeaways: it never goes into a prep sheet, a thank-you or "what I've learned".
 */
export interface PracticeRecord {
  notes: string;
  /** When the practice notes were last saved (ISO instant). */
  at: string;
  /** The practice length chosen, in minutes. */
  minutes?: number;
  /**
   * A practice call booked with someone the student knows: an event in the student's calendar that
   * is never one of `events` (not the interview, not in My interviews or What I've learned).
   */
  call?: PracticeCall;
}

/** The practice call's event, as the practice panel shows and cancels it; times are ISO instants. */
export interface PracticeCall {
  eventId: string;
  /** The POST's transactionId, which found the event again after a lost answer. */
  transactionId: string;
  start: string;
  end: string;
  /** Outlook's link to open the event (https). */
  webLink?: string;
}

/** How many months after the thank-you to write again; 0 turns the reminder off. */
export type KeepInTouchMonths = 0 | 3 | 6 | 12;

/** The choices offered, in order (0 = off). */
export const KEEP_IN_TOUCH_CHOICES: readonly KeepInTouchMonths[] = [3, 6, 12, 0];

/** The interval a record without a choice gets: a season is long enough to have news to share. */
export const DEFAULT_KEEP_IN_TOUCH_MONTHS: KeepInTouchMonths = 3;

/**
 * The later note telling the contact what their advice led to (the user sends it; we only draft).
 * Absent means the default interval and nothing drafted yet.
 */
export interface KeepInTouchState {
  months: KeepInTouchMonths;
  draftId?: string;
  draftedAt?: string;
  sentAt?: string;
}

/** The user's record of one contact. */
export interface InterviewRecord {
  contactId: string;
  displayName: string;
  emailAddress: string;
  organisation?: string;
  jobTitle?: string;
  department?: string;
  /** The Entra ID user id, for directory contacts. */
  directoryId?: string;
  source: ContactSource;
  stage: Stage;
  /** When the stage last changed (ISO instant); the pipeline times its nudges from it. */
  stageChangedAt?: string;
  referredBy?: string;
  howWeMet?: string;
  questions: ChosenQuestionRef[];
  events: LinkedEvent[];
  thankYou?: ThankYouState;
  practice?: PracticeRecord;
  /** When the user called the contact (ISO instant); a call counts like a sent request. */
  calledAt?: string;
  keepInTouch?: KeepInTouchState;
  /** Resource library items (list item ids) the student marked as read for this contact. */
  resourcesRead?: string[];
  updatedAt: string;
}

/** What is needed to start an interview record. */
export interface NewInterviewRecord {
  contactId: string;
  displayName: string;
  emailAddress: string;
  source: ContactSource;
  organisation?: string;
  jobTitle?: string;
  department?: string;
  directoryId?: string;
  referredBy?: string;
  howWeMet?: string;
}

/** A fresh interview at the first stage, stamped with `now`. */
export function createInterviewRecord(input: NewInterviewRecord, now: Date): InterviewRecord {
  const stamp = now.toISOString();
  const record: InterviewRecord = {
    contactId: input.contactId,
    displayName: input.displayName.trim(),
    emailAddress: input.emailAddress.trim(),
    source: input.source,
    stage: "found",
    stageChangedAt: stamp,
    questions: [],
    events: [],
    updatedAt: stamp,
  };
  for (const key of [
    "organisation",
    "jobTitle",
    "department",
    "directoryId",
    "referredBy",
    "howWeMet",
  ] as const) {
    const value = input[key]?.trim();
    if (value) record[key] = value;
  }
  return record;
}

/**
 * The app's one open extension name, on contacts and on events alike. Each distinct name costs a
 * named property in the mailbox's finite quota, so it is fixed and never built from data.
 */
export const EXTENSION_NAME = "com.northfield.informationInterviews";

/** Our cap on an extension's JSON (Graph documents none for Outlook items). */
export const EXTENSION_MAX_BYTES = 16 * 1024;

/** Version of the interview payload; older payloads still decode. */
export const INTERVIEW_EXTENSION_VERSION = 1;

/** Why a payload could not be encoded. */
export interface PayloadTooLarge {
  kind: "too-large";
  bytes: number;
  limit: number;
}

/**
 * A write refused for size before any request was made: the one spelling of every "too large"
 * outcome (graph's extension writes, bookings, record updates), so callers test `reason` alike.
 */
export interface TooLargeRefusal {
  ok: false;
  reason: "too-large";
  bytes: number;
  limit: number;
}

/** The refusal for a payload the size check turned down. */
export function refuseTooLarge(error: PayloadTooLarge): TooLargeRefusal {
  return { ok: false, reason: "too-large", bytes: error.bytes, limit: error.limit };
}

/** An encoded payload, or why not. Expected failures are values, not exceptions. */
export type EncodeResult<T> =
  { ok: true; value: T; bytes: number } | { ok: false; error: PayloadTooLarge };

/** The open extension as stored on the interview's Outlook contact. */
export interface InterviewExtension {
  "@odata.type": "microsoft.graph.openTypeExtension";
  extensionName: typeof EXTENSION_NAME;
  kind: "interview";
  version: number;
  stage: Stage;
  source: ContactSource;
  stageChangedAt?: string;
  directoryId?: string;
  referredBy?: string;
  howWeMet?: string;
  /** JSON of ChosenQuestionRef[]: extension values are kept flat and simple. */
  questions: string;
  /** JSON of LinkedEvent[]. */
  events: string;
  /** JSON of ThankYouState, or absent. */
  thankYou?: string;
  /** JSON of PracticeRecord, or absent. */
  practice?: string;
  calledAt?: string;
  /** JSON of KeepInTouchState, or absent. */
  keepInTouch?: string;
  /** JSON of the read resources' item ids, or absent (none read). */
  resourcesRead?: string;
  updatedAt: string;
}

/** The part of an interview that lives in the extension (the rest is the contact itself). */
export type InterviewExtensionFields = Pick<
  InterviewRecord,
  | "stage"
  | "source"
  | "stageChangedAt"
  | "directoryId"
  | "referredBy"
  | "howWeMet"
  | "questions"
  | "events"
  | "thankYou"
  | "practice"
  | "calledAt"
  | "keepInTouch"
  | "resourcesRead"
  | "updatedAt"
>;

/** Bytes of a payload's JSON as UTF-8, which is what the mailbox stores. */
export function payloadBytes(payload: unknown): number {
  return new TextEncoder().encode(JSON.stringify(payload)).length;
}

/** Wraps a payload in the size check. */
export function capPayload<T>(payload: T, limit = EXTENSION_MAX_BYTES): EncodeResult<T> {
  const bytes = payloadBytes(payload);
  return bytes > limit
    ? { ok: false, error: { kind: "too-large", bytes, limit } }
    : { ok: true, value: payload, bytes };
}

/** Builds the extension payload for an interview, refusing one over the cap. */
export function encodeInterviewExtension(
  record: InterviewExtensionFields,
): EncodeResult<InterviewExtension> {
  const payload: InterviewExtension = {
    "@odata.type": "microsoft.graph.openTypeExtension",
    extensionName: EXTENSION_NAME,
    kind: "interview",
    version: INTERVIEW_EXTENSION_VERSION,
    stage: record.stage,
    source: record.source,
    questions: JSON.stringify(record.questions.map((q) => ({ id: q.id, text: q.text }))),
    events: JSON.stringify(
      record.events.map((e) => ({
        eventId: e.eventId,
        start: e.start,
        end: e.end,
        ...(e.transactionId ? { transactionId: e.transactionId } : {}),
      })),
    ),
    updatedAt: record.updatedAt,
  };
  if (record.stageChangedAt) payload.stageChangedAt = record.stageChangedAt;
  if (record.directoryId) payload.directoryId = record.directoryId;
  if (record.referredBy) payload.referredBy = record.referredBy;
  if (record.howWeMet) payload.howWeMet = record.howWeMet;
  if (record.thankYou) payload.thankYou = JSON.stringify(record.thankYou);
  if (record.practice) payload.practice = JSON.stringify(record.practice);
  if (record.calledAt) payload.calledAt = record.calledAt;
  if (record.keepInTouch) payload.keepInTouch = JSON.stringify(record.keepInTouch);
  // Written even when empty once the student has touched it: a PATCH keeps properties it does not
  // name, so "[]" is how the last unmarked resource leaves the record.
  if (record.resourcesRead !== undefined) {
    payload.resourcesRead = JSON.stringify([...new Set(record.resourcesRead)]);
  }
  return capPayload(payload);
}

/**
 * Reads an extension back, whatever Graph returned: missing or damaged fields get safe defaults
 * (a stage of "found", no questions) rather than an error, so one bad value never hides a contact.
 */
export function decodeInterviewExtension(raw: unknown): InterviewExtensionFields {
  const obj = isObject(raw) ? raw : {};
  const fields: InterviewExtensionFields = {
    stage: isStage(obj.stage) ? obj.stage : "found",
    source: SOURCES.includes(obj.source as ContactSource)
      ? (obj.source as ContactSource)
      : "manual",
    questions: parseJsonArray(obj.questions)
      .filter(isObject)
      .filter((q) => typeof q.id === "string" && typeof q.text === "string")
      .map((q) => ({ id: q.id as string, text: q.text as string })),
    events: parseJsonArray(obj.events)
      .filter(isObject)
      .filter(
        (e) =>
          typeof e.eventId === "string" &&
          typeof e.start === "string" &&
          typeof e.end === "string" &&
          (e.eventId !== "" || (typeof e.transactionId === "string" && e.transactionId !== "")),
      )
      .map((e) => ({
        eventId: e.eventId as string,
        start: e.start as string,
        end: e.end as string,
        ...(typeof e.transactionId === "string" && e.transactionId
          ? { transactionId: e.transactionId }
          : {}),
      })),
    updatedAt: typeof obj.updatedAt === "string" ? obj.updatedAt : "",
  };
  for (const key of [
    "stageChangedAt",
    "directoryId",
    "referredBy",
    "howWeMet",
    "calledAt",
  ] as const) {
    const value = obj[key];
    if (typeof value === "string" && value) fields[key] = value;
  }
  const thankYou = parseJsonObject(obj.thankYou);
  if (thankYou) {
    const state: ThankYouState = {};
    for (const key of ["draftId", "draftedAt", "sentAt"] as const) {
      const value = thankYou[key];
      if (typeof value === "string" && value) state[key] = value;
    }
    fields.thankYou = state;
  }
  const practice = parseJsonObject(obj.practice);
  if (practice && typeof practice.notes === "string" && typeof practice.at === "string") {
    fields.practice = { notes: practice.notes, at: practice.at };
    const minutes = practice.minutes;
    if (typeof minutes === "number" && Number.isFinite(minutes) && minutes > 0) {
      fields.practice.minutes = minutes;
    }
    const call = decodePracticeCall(practice.call);
    if (call) fields.practice.call = call;
  }
  const keepInTouch = parseJsonObject(obj.keepInTouch);
  if (keepInTouch) {
    // An unknown interval (a later version's, or damage) falls back to the default, not to "off":
    // losing a reminder silently is worse than one the user can turn off.
    const months = KEEP_IN_TOUCH_CHOICES.find((m) => m === keepInTouch.months);
    const state: KeepInTouchState = { months: months ?? DEFAULT_KEEP_IN_TOUCH_MONTHS };
    for (const key of ["draftId", "draftedAt", "sentAt"] as const) {
      const value = keepInTouch[key];
      if (typeof value === "string" && value) state[key] = value;
    }
    fields.keepInTouch = state;
  }
  const read = parseJsonArray(obj.resourcesRead).filter(
    (id): id is string => typeof id === "string" && id !== "",
  );
  if (read.length > 0) fields.resourcesRead = [...new Set(read)];
  return fields;
}

/** Whether a value is one of the stages. */
export function isStage(value: unknown): value is Stage {
  return typeof value === "string" && (STAGES as readonly string[]).includes(value);
}

/** A stage's place in the order (found = 0). */
export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** A plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An array from a JSON string (or an array already), else empty. */
export function parseJsonArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** An object from a JSON string (or an object already), else null. */
export function parseJsonObject(value: unknown): Record<string, unknown> | null {
  if (isObject(value)) return value;
  if (typeof value !== "string") return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** A stored practice call, or undefined when it is missing or damaged (then none is shown). */
function decodePracticeCall(raw: unknown): PracticeCall | undefined {
  if (!isObject(raw)) return undefined;
  const { eventId, transactionId, start, end, webLink } = raw;
  if (
    typeof eventId !== "string" ||
    eventId === "" ||
    typeof transactionId !== "string" ||
    typeof start !== "string" ||
    typeof end !== "string" ||
    Number.isNaN(Date.parse(start)) ||
    Number.isNaN(Date.parse(end))
  ) {
    return undefined;
  }
  return {
    eventId,
    transactionId,
    start,
    end,
    ...(typeof webLink === "string" && webLink ? { webLink } : {}),
  };
}
