// The prep sheet on a booked event: questions, research summary, reminders, and the takeaways,
// with the three-way merge that keeps both devices' edits when the extension is rewritten.
import type { EncodeResult } from "./interview";
import { EXTENSION_NAME, capPayload, isObject, parseJsonArray, parseJsonObject } from "./interview";

/** How the conversation happens. */
export type MeetingFormat = "teams" | "in-person";

/** Etiquette reminders shown on the prep sheet (never in the invitation); the UI words them. */
export type ReminderCode =
  | "arrive-early"
  | "dress-business-casual"
  | "join-early"
  | "check-audio-video"
  | "quiet-place"
  | "watch-the-time"
  | "no-resume"
  | "ask-for-referrals"
  | "thank-you-within-a-day";

/** A question for this meeting; `asked` is ticked during the conversation. */
export interface PrepQuestion {
  id: string;
  text: string;
  asked?: boolean;
  /** Kept for older sheets; new answers live in `takeaways.answers`. */
  answer?: string;
}

/** Someone the contact suggested talking to. */
export interface Referral {
  name: string;
  email?: string;
  note?: string;
}

/** What the user took away from the conversation. */
export interface Takeaways {
  notes: string;
  /** Answer text by question id. */
  answers: Record<string, string>;
  referrals: Referral[];
}

/** Everything attached to one booked event for the user's eyes only. */
export interface PrepSheet {
  contactId: string;
  researchSummary: string;
  questions: PrepQuestion[];
  reminders: ReminderCode[];
  takeaways: Takeaways;
  format: MeetingFormat;
  location?: string;
}

/** Takeaways with nothing in them yet. */
export function emptyTakeaways(): Takeaways {
  return { notes: "", answers: {}, referrals: [] };
}

/**
 * The reminders for a format. In person: arrive a few minutes early, dress business casual.
 * On Teams: join early, check sound and camera, find a quiet place. Always: mind the time, no
 * resume unless asked, ask who else to talk to, thank them within a day.
 */
export function remindersFor(format: MeetingFormat): ReminderCode[] {
  const specific: ReminderCode[] =
    format === "in-person"
      ? ["arrive-early", "dress-business-casual"]
      : ["join-early", "check-audio-video", "quiet-place"];
  return [
    ...specific,
    "watch-the-time",
    "no-resume",
    "ask-for-referrals",
    "thank-you-within-a-day",
  ];
}

/** Starts a prep sheet for a booking from the interview's research notes and chosen questions. */
export function createPrepSheet(input: {
  contactId: string;
  researchNotes: string;
  questions: ReadonlyArray<{ id: string; text: string }>;
  format: MeetingFormat;
  location?: string;
  summaryChars?: number;
}): PrepSheet {
  const sheet: PrepSheet = {
    contactId: input.contactId,
    researchSummary: summariseResearch(input.researchNotes, input.summaryChars ?? 600),
    questions: input.questions.map((q) => ({ id: q.id, text: q.text })),
    reminders: remindersFor(input.format),
    takeaways: emptyTakeaways(),
    format: input.format,
  };
  if (input.location?.trim()) sheet.location = input.location.trim();
  return sheet;
}

/**
 * A short version of the research notes for the prep sheet: blank lines and bullet marks
 * dropped, lines kept, cut at a sentence or word boundary within `maxChars` with an ellipsis.
 */
export function summariseResearch(notes: string, maxChars: number): string {
  const text = notes
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) =>
      line
        .replace(/^\s*(?:(?:[-*•]|\[[ xX]\])\s*)+/, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((line) => line.length > 0)
    .join("\n");
  if (text.length <= maxChars) return text;
  if (maxChars <= 1) return "…".slice(0, Math.max(0, maxChars));
  const room = text.slice(0, maxChars - 1);
  const sentenceEnd = Math.max(
    room.lastIndexOf(". "),
    room.lastIndexOf(".\n"),
    room.lastIndexOf("\n"),
  );
  if (sentenceEnd > maxChars / 2) return `${room.slice(0, sentenceEnd + 1).trimEnd()}…`;
  const space = room.lastIndexOf(" ");
  return `${(space > maxChars / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}

/** Written between two versions of a text that were both changed, so neither is lost. */
export const MERGE_SEPARATOR = "\n\n———\n\n";

/**
 * Three-way merge of one text. Whichever side changed from `base` wins; when both changed, a
 * side that only added to the other wins; otherwise both are kept, joined by
 * {@link MERGE_SEPARATOR}. Without a base, an empty side yields to the other.
 */
export function mergeText(server: string, local: string, base?: string): string {
  if (server === local) return server;
  if (base !== undefined) {
    if (server === base) return local;
    if (local === base) return server;
  }
  if (!server.trim()) return local;
  if (!local.trim()) return server;
  if (local.includes(server)) return local;
  if (server.includes(local)) return server;
  return `${server}${MERGE_SEPARATOR}${local}`;
}

/** Three-way merge of a single value: the side that changed wins; if both did, the local one. */
function mergeValue<T>(server: T, local: T, base: T | undefined, hasBase: boolean): T {
  if (Object.is(server, local)) return server;
  if (hasBase) {
    if (Object.is(server, base)) return local;
    if (Object.is(local, base)) return server;
  }
  return local;
}

/**
 * Merges keyed items: an item kept by both sides is merged; one added on either side is kept;
 * one removed on a side is dropped only if the other side left it as it was in `base`.
 * Order: the preferred side's order, then the other side's additions.
 */
function mergeKeyed<T>(
  server: readonly T[],
  local: readonly T[],
  base: readonly T[] | undefined,
  keyOf: (item: T) => string,
  mergeItem: (s: T, l: T, b: T | undefined) => T,
  same: (a: T, b: T) => boolean,
  preferLocalOrder: boolean,
): T[] {
  const s = new Map(server.map((x) => [keyOf(x), x]));
  const l = new Map(local.map((x) => [keyOf(x), x]));
  const b = new Map((base ?? []).map((x) => [keyOf(x), x]));
  const order = preferLocalOrder ? [...l.keys(), ...s.keys()] : [...s.keys(), ...l.keys()];
  const out: T[] = [];
  const done = new Set<string>();
  for (const key of order) {
    if (done.has(key)) continue;
    done.add(key);
    const sv = s.get(key);
    const lv = l.get(key);
    const bv = b.get(key);
    if (sv !== undefined && lv !== undefined) out.push(mergeItem(sv, lv, bv));
    else {
      const present = (sv ?? lv) as T;
      // Missing on one side: a deletion there, unless the item is new on the other side.
      const deletedUntouched = bv !== undefined && same(present, bv);
      if (!deletedUntouched) out.push(present);
    }
  }
  return out;
}

function referralKey(r: Referral): string {
  return r.email?.trim().toLowerCase() || r.name.trim().toLowerCase();
}

function sameReferral(a: Referral, b: Referral): boolean {
  return (
    a.name === b.name && (a.email ?? "") === (b.email ?? "") && (a.note ?? "") === (b.note ?? "")
  );
}

function mergeReferral(s: Referral, l: Referral, b: Referral | undefined): Referral {
  const out: Referral = { name: mergeValue(s.name, l.name, b?.name, b !== undefined) };
  const email = mergeValue(s.email ?? "", l.email ?? "", b?.email ?? "", b !== undefined);
  const note = mergeText(s.note ?? "", l.note ?? "", b ? (b.note ?? "") : undefined);
  if (email) out.email = email;
  if (note) out.note = note;
  return out;
}

/**
 * Three-way merge of takeaways, for the read-merge-write of the event's extension: `server` is
 * what was just read, `local` what this device holds, `base` what both started from (when known).
 * Notes and each answer merge as text; referrals merge by address (or name). No edit is lost.
 */
export function mergeTakeaways(server: Takeaways, local: Takeaways, base?: Takeaways): Takeaways {
  const answers: Record<string, string> = {};
  const keys = new Set([...Object.keys(server.answers), ...Object.keys(local.answers)]);
  for (const key of keys) {
    const merged = mergeText(
      server.answers[key] ?? "",
      local.answers[key] ?? "",
      base ? (base.answers[key] ?? "") : undefined,
    );
    if (merged) answers[key] = merged;
  }
  return {
    notes: mergeText(server.notes, local.notes, base?.notes),
    answers,
    referrals: mergeKeyed(
      server.referrals,
      local.referrals,
      base?.referrals,
      referralKey,
      mergeReferral,
      sameReferral,
      false,
    ),
  };
}

function sameQuestion(a: PrepQuestion, b: PrepQuestion): boolean {
  return a.text === b.text && !!a.asked === !!b.asked && (a.answer ?? "") === (b.answer ?? "");
}

function mergeQuestion(
  s: PrepQuestion,
  l: PrepQuestion,
  b: PrepQuestion | undefined,
): PrepQuestion {
  const hasBase = b !== undefined;
  const out: PrepQuestion = { id: s.id, text: mergeValue(s.text, l.text, b?.text, hasBase) };
  // Without a base, a question ticked on either device counts as asked.
  const asked = hasBase
    ? mergeValue(!!s.asked, !!l.asked, !!b.asked, true)
    : !!s.asked || !!l.asked;
  if (asked) out.asked = true;
  const answer = mergeText(s.answer ?? "", l.answer ?? "", hasBase ? (b.answer ?? "") : undefined);
  if (answer) out.answer = answer;
  return out;
}

/**
 * Three-way merge of a whole prep sheet: texts as {@link mergeText}, questions by id (in this
 * device's order, since reordering is a deliberate local act), reminders as a union, takeaways as
 * {@link mergeTakeaways}, format and place by whichever side changed them.
 */
export function mergePrepSheet(server: PrepSheet, local: PrepSheet, base?: PrepSheet): PrepSheet {
  const hasBase = base !== undefined;
  const merged: PrepSheet = {
    contactId: server.contactId || local.contactId,
    researchSummary: mergeText(
      server.researchSummary,
      local.researchSummary,
      base?.researchSummary,
    ),
    questions: mergeKeyed(
      server.questions,
      local.questions,
      base?.questions,
      (q) => q.id,
      mergeQuestion,
      sameQuestion,
      true,
    ),
    reminders: [...new Set([...server.reminders, ...local.reminders])],
    takeaways: mergeTakeaways(server.takeaways, local.takeaways, base?.takeaways),
    format: mergeValue(server.format, local.format, base?.format, hasBase),
  };
  const location = mergeValue(
    server.location ?? "",
    local.location ?? "",
    base?.location ?? "",
    hasBase,
  );
  if (location) merged.location = location;
  return merged;
}

/** Version of the prep-sheet payload. */
export const PREP_SHEET_EXTENSION_VERSION = 1;

/** The open extension as stored on the organizer's event (same fixed name as on contacts). */
export interface PrepSheetExtension {
  "@odata.type": "microsoft.graph.openTypeExtension";
  extensionName: typeof EXTENSION_NAME;
  kind: "prepSheet";
  version: number;
  contactId: string;
  researchSummary: string;
  format: MeetingFormat;
  location?: string;
  /** JSON of PrepQuestion[]. */
  questions: string;
  /** JSON of ReminderCode[]. */
  reminders: string;
  /** JSON of Takeaways. */
  takeaways: string;
}

/** Builds the event's extension payload, refusing one over the 16 KB cap. */
export function encodePrepSheetExtension(sheet: PrepSheet): EncodeResult<PrepSheetExtension> {
  const payload: PrepSheetExtension = {
    "@odata.type": "microsoft.graph.openTypeExtension",
    extensionName: EXTENSION_NAME,
    kind: "prepSheet",
    version: PREP_SHEET_EXTENSION_VERSION,
    contactId: sheet.contactId,
    researchSummary: sheet.researchSummary,
    format: sheet.format,
    questions: JSON.stringify(sheet.questions),
    reminders: JSON.stringify(sheet.reminders),
    takeaways: JSON.stringify(sheet.takeaways),
  };
  if (sheet.location) payload.location = sheet.location;
  return capPayload(payload);
}

const REMINDERS: readonly ReminderCode[] = [
  "arrive-early",
  "dress-business-casual",
  "join-early",
  "check-audio-video",
  "quiet-place",
  "watch-the-time",
  "no-resume",
  "ask-for-referrals",
  "thank-you-within-a-day",
];

/**
 * Reads a prep sheet back from an event's extension. Tolerant: damaged parts become empty
 * rather than failing. Returns null when the extension is not a prep sheet at all.
 */
export function decodePrepSheetExtension(raw: unknown): PrepSheet | null {
  if (!isObject(raw) || (raw.kind !== undefined && raw.kind !== "prepSheet")) return null;
  const format: MeetingFormat = raw.format === "in-person" ? "in-person" : "teams";
  const questions = parseJsonArray(raw.questions)
    .filter(isObject)
    .filter((q) => typeof q.id === "string" && typeof q.text === "string")
    .map((q) => {
      const question: PrepQuestion = { id: q.id as string, text: q.text as string };
      if (q.asked === true) question.asked = true;
      if (typeof q.answer === "string" && q.answer) question.answer = q.answer;
      return question;
    });
  const reminders = parseJsonArray(raw.reminders).filter((r): r is ReminderCode =>
    REMINDERS.includes(r as ReminderCode),
  );
  const sheet: PrepSheet = {
    contactId: typeof raw.contactId === "string" ? raw.contactId : "",
    researchSummary: typeof raw.researchSummary === "string" ? raw.researchSummary : "",
    questions,
    reminders: reminders.length > 0 ? reminders : remindersFor(format),
    takeaways: decodeTakeaways(raw.takeaways),
    format,
  };
  if (typeof raw.location === "string" && raw.location) sheet.location = raw.location;
  return sheet;
}

function decodeTakeaways(raw: unknown): Takeaways {
  const obj = parseJsonObject(raw) ?? {};
  const answers: Record<string, string> = {};
  if (isObject(obj.answers)) {
    for (const [key, value] of Object.entries(obj.answers)) {
      if (typeof value === "string" && value) answers[key] = value;
    }
  }
  const referrals = parseJsonArray(obj.referrals)
    .filter(isObject)
    .filter((r) => typeof r.name === "string" && r.name)
    .map((r) => {
      const referral: Referral = { name: r.name as string };
      if (typeof r.email === "string" && r.email) referral.email = r.email;
      if (typeof r.note === "string" && r.note) referral.note = r.note;
      return referral;
    });
  return { notes: typeof obj.notes === "string" ? obj.notes : "", answers, referrals };
}
