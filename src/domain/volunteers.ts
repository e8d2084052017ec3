// The career centre's volunteer records: list-field mapping, validation, CSV, monthly load and the booking funnel.
import { addressKey } from "./person";

/** How a volunteer prefers to meet students (the list's choice column). */
export type PreferredFormat = "Teams" | "In person" | "Either";

/** The choices of the PreferredFormat column, in the list's order. */
export const PREFERRED_FORMATS: readonly PreferredFormat[] = ["Teams", "In person", "Either"];

/** What an advisor types or imports for one volunteer. */
export interface VolunteerDraft {
  name: string;
  email: string;
  organisation: string;
  industry: string;
  occupation: string;
  topics: string[];
  languages: string[];
  preferredFormat: PreferredFormat | null;
  /** Conversations a month the volunteer agreed to; null means no cap was set. */
  monthlyCapacity: number | null;
  active: boolean;
  advisorNotes: string;
  /** The Entra ID user id when the volunteer was picked from the directory. */
  directoryId: string | null;
}

/** One row of the Volunteers list as the advisor tab edits it. */
export interface VolunteerRecord extends VolunteerDraft {
  itemId: string;
  /** The row's concurrency token: every edit is sent with it (If-Match). */
  etag: string | null;
}

/** An empty form. */
export const EMPTY_VOLUNTEER: VolunteerDraft = {
  name: "",
  email: "",
  organisation: "",
  industry: "",
  occupation: "",
  topics: [],
  languages: [],
  preferredFormat: null,
  monthlyCapacity: null,
  active: true,
  advisorNotes: "",
  directoryId: null,
};

/** The Volunteers list's internal column names, in the order the tab reads them. */
export const VOLUNTEER_FIELD_NAMES = [
  "Title",
  "Email",
  "Organisation",
  "Industry",
  "Occupation",
  "Topics",
  "Languages",
  "PreferredFormat",
  "MonthlyCapacity",
  "Active",
  "AdvisorNotes",
  "DirectoryId",
] as const;

function text(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

/** Splits a semicolon-separated column (commas and line breaks are accepted too). */
export function splitList(value: unknown): string[] {
  const parts = Array.isArray(value)
    ? value.map(text)
    : text(value)
        .split(/[;\n]/u)
        .map((part) => part.trim());
  return [...new Set(parts.filter((part) => part !== ""))];
}

function formatOf(value: unknown): PreferredFormat | null {
  const wanted = text(value).toLowerCase();
  return PREFERRED_FORMATS.find((format) => format.toLowerCase() === wanted) ?? null;
}

function capacityOf(value: unknown): number | null {
  const n = typeof value === "number" ? value : text(value) === "" ? NaN : Number(text(value));
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : null;
}

function activeOf(value: unknown): boolean {
  // An unset Active column means the row predates the column: treat it as active, as the find list does.
  if (value === false || value === 0) return false;
  return !/^(no|false|0|non)$/iu.test(text(value));
}

/** Reads a list row; rows without a name are not volunteers and come back null. */
export function volunteerFromFields(
  itemId: string,
  etag: string | null,
  fields: Record<string, unknown>,
): VolunteerRecord | null {
  const name = text(fields.Title);
  if (!name) return null;
  return {
    itemId,
    etag,
    name,
    email: text(fields.Email),
    organisation: text(fields.Organisation),
    industry: text(fields.Industry),
    occupation: text(fields.Occupation),
    topics: splitList(fields.Topics),
    languages: splitList(fields.Languages),
    preferredFormat: formatOf(fields.PreferredFormat),
    monthlyCapacity: capacityOf(fields.MonthlyCapacity),
    active: activeOf(fields.Active),
    advisorNotes: typeof fields.AdvisorNotes === "string" ? fields.AdvisorNotes.trim() : "",
    directoryId: text(fields.DirectoryId) || null,
  };
}

/** The list fields to write for a draft (every column, so an edit never leaves a stale value). */
export function volunteerToFields(draft: VolunteerDraft): Record<string, unknown> {
  return {
    Title: draft.name.trim(),
    Email: draft.email.trim(),
    Organisation: draft.organisation.trim(),
    Industry: draft.industry.trim(),
    Occupation: draft.occupation.trim(),
    Topics: draft.topics.join(";"),
    Languages: draft.languages.join(";"),
    PreferredFormat: draft.preferredFormat,
    MonthlyCapacity: draft.monthlyCapacity,
    Active: draft.active,
    AdvisorNotes: draft.advisorNotes.trim(),
    DirectoryId: draft.directoryId ?? "",
  };
}

/** The editable part of a record. */
export function draftOf(record: VolunteerRecord): VolunteerDraft {
  const draft: VolunteerDraft & Partial<Pick<VolunteerRecord, "itemId" | "etag">> = { ...record };
  delete draft.itemId;
  delete draft.etag;
  return draft;
}

/** Which form field a problem belongs to. */
export type VolunteerField = "name" | "email" | "monthlyCapacity" | "preferredFormat";

/** Why a draft cannot be saved; the UI words each code. */
export type VolunteerProblemCode =
  | "name-required"
  | "email-required"
  | "email-invalid"
  | "email-duplicate"
  | "capacity-invalid"
  | "format-invalid";

/** One problem with a draft. */
export interface VolunteerProblem {
  field: VolunteerField;
  code: VolunteerProblemCode;
}

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/u;

/** Largest cap the form accepts: more than one conversation a day is surely a typo. */
export const MAX_MONTHLY_CAPACITY = 31;

/**
 * Checks a draft. `takenEmails` are the addresses (addressKey) of the other volunteers: the find
 * list merges people by address, so two rows for one address would double a volunteer's load.
 */
export function validateVolunteer(
  draft: VolunteerDraft,
  takenEmails: ReadonlySet<string> = new Set(),
): VolunteerProblem[] {
  const problems: VolunteerProblem[] = [];
  if (draft.name.trim() === "") problems.push({ field: "name", code: "name-required" });
  const email = draft.email.trim();
  if (email === "") problems.push({ field: "email", code: "email-required" });
  else if (!EMAIL.test(email)) problems.push({ field: "email", code: "email-invalid" });
  else if (takenEmails.has(addressKey(email)))
    problems.push({ field: "email", code: "email-duplicate" });
  const cap = draft.monthlyCapacity;
  if (cap !== null && (!Number.isInteger(cap) || cap < 0 || cap > MAX_MONTHLY_CAPACITY))
    problems.push({ field: "monthlyCapacity", code: "capacity-invalid" });
  if (draft.preferredFormat !== null && !PREFERRED_FORMATS.includes(draft.preferredFormat))
    problems.push({ field: "preferredFormat", code: "format-invalid" });
  return problems;
}

/** Filters for the volunteer list. */
export interface VolunteerFilter {
  text?: string;
  industry?: string;
  /** When false (default), deactivated volunteers are hidden. */
  includeInactive?: boolean;
}

function fold(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Volunteers matching every word of `text` (name, email, organisation, occupation, topics, languages). */
export function filterVolunteers<T extends VolunteerDraft>(
  volunteers: readonly T[],
  filter: VolunteerFilter,
): T[] {
  const words = fold(filter.text ?? "")
    .split(/\s+/u)
    .filter(Boolean);
  return volunteers.filter((v) => {
    if (!filter.includeInactive && !v.active) return false;
    if (filter.industry && v.industry !== filter.industry) return false;
    const haystack = fold(
      [v.name, v.email, v.organisation, v.industry, v.occupation, ...v.topics, ...v.languages].join(
        " ",
      ),
    );
    return words.every((word) => haystack.includes(word));
  });
}

// ---- CSV -------------------------------------------------------------------------------------

/** CSV column headers, in export order; import accepts them in any order. */
export const VOLUNTEER_CSV_HEADERS = [
  "Name",
  "Email",
  "Organisation",
  "Industry",
  "Occupation",
  "Topics",
  "Languages",
  "Preferred format",
  "Monthly capacity",
  "Active",
  "Advisor notes",
] as const;

type CsvHeader = (typeof VOLUNTEER_CSV_HEADERS)[number];

/** One parsed CSV record with the line it started on (1-based, for error messages). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Parses RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks; CRLF or LF; a
 * leading byte-order mark (Excel writes one) is dropped. Blank lines are skipped. An unterminated
 * quote is reported on the line it opened.
 */
export function parseCsv(
  source: string,
): { ok: true; records: CsvRecord[] } | { ok: false; line: number } {
  const input = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let touched = false;
  const endRecord = () => {
    cells.push(cell);
    if (touched || cells.length > 1 || cell !== "") records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
    touched = false;
  };
  for (let i = 0; i < input.length; i += 1) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === "\n") line += 1;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === "") {
      quoted = true;
      quoteLine = line;
      touched = true;
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
      touched = true;
    } else if (ch === "\r" && input[i + 1] === "\n") {
      // The \n completes the record on the next step.
    } else if (ch === "\n" || ch === "\r") {
      endRecord();
      line += 1;
      recordLine = line;
    } else cell += ch;
  }
  if (quoted) return { ok: false, line: quoteLine };
  if (cell !== "" || cells.length > 0 || touched) endRecord();
  return { ok: true, records };
}

/** Quotes a cell when it holds a comma, quote or line break. */
function quoteCell(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/**
 * Spreadsheet programs run a cell starting with = + - @ (or a tab/CR) as a formula; an apostrophe
 * keeps such text inert when the export is opened in Excel (OWASP's CSV-injection advice).
 */
function inertCell(value: string): string {
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}

/** Writes rows as CSV with CRLF line ends (what Excel and RFC 4180 expect). */
export function serialiseCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCell).join(",")).join("\r\n") + "\r\n";
}

/** The export: a header row, then one row per volunteer; lists joined with semicolons. */
export function volunteersToCsv(volunteers: readonly VolunteerDraft[]): string {
  const rows = volunteers.map((v) =>
    [
      v.name,
      v.email,
      v.organisation,
      v.industry,
      v.occupation,
      v.topics.join(";"),
      v.languages.join(";"),
      v.preferredFormat ?? "",
      v.monthlyCapacity === null ? "" : String(v.monthlyCapacity),
      v.active ? "Yes" : "No",
      v.advisorNotes,
    ].map(inertCell),
  );
  return serialiseCsv([[...VOLUNTEER_CSV_HEADERS], ...rows]);
}

/** Why an imported line is refused. */
export type CsvProblemCode =
  | VolunteerProblemCode
  | "unterminated-quote"
  | "missing-header"
  | "empty-file"
  | "duplicate-in-file"
  | "active-invalid";

/** One refused line (line 1 is the header). */
export interface CsvLineError {
  line: number;
  code: CsvProblemCode;
  /** The header the problem is about, when there is one. */
  column?: string;
}

/** Every row valid and ready to write, or every problem found (nothing may be written). */
export type VolunteerImport =
  { ok: true; drafts: VolunteerDraft[] } | { ok: false; errors: CsvLineError[] };

function headerKey(value: string): string {
  return fold(value).replace(/[^a-z]/gu, "");
}

const FIELD_OF_PROBLEM: Record<VolunteerField, CsvHeader> = {
  name: "Name",
  email: "Email",
  monthlyCapacity: "Monthly capacity",
  preferredFormat: "Preferred format",
};

/**
 * Reads an import file completely before anything is written: every line is checked (required
 * columns, address, capacity, duplicates in the file and against `takenEmails`), and one bad line
 * refuses the whole file, so an import never half-happens.
 */
export function parseVolunteerCsv(
  source: string,
  takenEmails: ReadonlySet<string> = new Set(),
): VolunteerImport {
  const parsed = parseCsv(source);
  if (!parsed.ok) return { ok: false, errors: [{ line: parsed.line, code: "unterminated-quote" }] };
  const [header, ...rows] = parsed.records;
  if (!header) return { ok: false, errors: [{ line: 1, code: "empty-file" }] };
  const index = new Map<CsvHeader, number>();
  header.cells.forEach((cell, i) => {
    const wanted = headerKey(cell.replace(/^'/u, ""));
    const match = VOLUNTEER_CSV_HEADERS.find((h) => headerKey(h) === wanted);
    if (match && !index.has(match)) index.set(match, i);
  });
  const missing = (["Name", "Email"] as const).filter((h) => !index.has(h));
  if (missing.length > 0)
    return {
      ok: false,
      errors: missing.map((column) => ({ line: header.line, code: "missing-header", column })),
    };
  if (rows.length === 0) return { ok: false, errors: [{ line: header.line, code: "empty-file" }] };
  const errors: CsvLineError[] = [];
  const drafts: VolunteerDraft[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    // Undo the export's formula guard so a round trip keeps the text as typed.
    const cell = (h: CsvHeader) => {
      const i = index.get(h);
      const raw = i === undefined ? "" : (row.cells[i] ?? "").trim();
      return /^'[=+\-@]/u.test(raw) ? raw.slice(1) : raw;
    };
    const capText = cell("Monthly capacity");
    const capNumber = capText === "" ? null : Number(capText);
    const formatText = cell("Preferred format");
    const activeText = cell("Active");
    const draft: VolunteerDraft = {
      ...EMPTY_VOLUNTEER,
      name: cell("Name"),
      email: cell("Email"),
      organisation: cell("Organisation"),
      industry: cell("Industry"),
      occupation: cell("Occupation"),
      topics: splitList(cell("Topics")),
      languages: splitList(cell("Languages")),
      preferredFormat: formatText === "" ? null : formatOf(formatText),
      monthlyCapacity: capNumber !== null && Number.isNaN(capNumber) ? -1 : capNumber,
      active: activeText === "" ? true : activeOf(activeText),
      advisorNotes: cell("Advisor notes"),
    };
    for (const problem of validateVolunteer(draft, takenEmails)) {
      errors.push({ line: row.line, code: problem.code, column: FIELD_OF_PROBLEM[problem.field] });
    }
    if (formatText !== "" && draft.preferredFormat === null)
      errors.push({ line: row.line, code: "format-invalid", column: "Preferred format" });
    if (activeText !== "" && !/^(yes|no|true|false|1|0|oui|non)$/iu.test(activeText))
      errors.push({ line: row.line, code: "active-invalid", column: "Active" });
    const key = draft.email ? addressKey(draft.email) : "";
    if (key && seen.has(key))
      errors.push({ line: row.line, code: "duplicate-in-file", column: "Email" });
    if (key) seen.add(key);
    drafts.push(draft);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, drafts };
}

// ---- Load and outcomes ------------------------------------------------------------------------

/** Stages a booking goes through, in order. */
export type BookingStage = "requested" | "booked" | "met" | "thanked";

/** The funnel's stages, in order. */
export const BOOKING_STAGES: readonly BookingStage[] = ["requested", "booked", "met", "thanked"];

/** One row of the Bookings list. */
export interface BookingRecord {
  itemId: string;
  volunteerEmail: string;
  meetingDate: Date | null;
  stage: BookingStage | null;
  studentUpn: string;
}

/** The Bookings list's columns this tab reads. */
export const BOOKING_FIELD_NAMES = [
  "VolunteerEmail",
  "MeetingDate",
  "Stage",
  "StudentUpn",
] as const;

/** Reads a Bookings row; an unreadable date or stage stays null rather than guessed. */
export function bookingFromFields(itemId: string, fields: Record<string, unknown>): BookingRecord {
  const date = text(fields.MeetingDate);
  const when = date ? new Date(date) : null;
  const stage = text(fields.Stage).toLowerCase();
  return {
    itemId,
    volunteerEmail: text(fields.VolunteerEmail),
    meetingDate: when && !Number.isNaN(when.getTime()) ? when : null,
    stage: BOOKING_STAGES.includes(stage as BookingStage) ? (stage as BookingStage) : null,
    studentUpn: text(fields.StudentUpn),
  };
}

/** "YYYY-MM" of an instant on the wall calendar of `timeZone` (IANA). */
export function calendarMonth(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
  }).formatToParts(instant);
  const year = parts.find((p) => p.type === "year")?.value ?? "";
  const month = parts.find((p) => p.type === "month")?.value ?? "";
  return `${year}-${month}`;
}

/** A volunteer's bookings this month against their cap. */
export interface VolunteerLoad {
  itemId: string;
  name: string;
  booked: number;
  capacity: number | null;
  /** True when this month's bookings reached the cap (a cap of 0 means "not this month"). */
  full: boolean;
}

/**
 * Counts each volunteer's bookings whose meeting falls in the calendar month of `now` in the
 * centre's `timeZone` — a meeting at 23:30 on the 31st in Toronto is that month's, even though it
 * is next month in UTC. Every stage counts: a request already asks for the volunteer's time.
 */
export function volunteerLoads(
  volunteers: readonly VolunteerRecord[],
  bookings: readonly BookingRecord[],
  now: Date,
  timeZone: string,
): VolunteerLoad[] {
  const month = calendarMonth(now, timeZone);
  const counts = new Map<string, number>();
  for (const booking of bookings) {
    if (!booking.volunteerEmail || !booking.meetingDate) continue;
    if (calendarMonth(booking.meetingDate, timeZone) !== month) continue;
    const key = addressKey(booking.volunteerEmail);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return volunteers.map((v) => {
    const booked = v.email ? (counts.get(addressKey(v.email)) ?? 0) : 0;
    return {
      itemId: v.itemId,
      name: v.name,
      booked,
      capacity: v.monthlyCapacity,
      full: v.monthlyCapacity !== null && booked >= v.monthlyCapacity,
    };
  });
}

/** How many bookings reached each stage. */
export type FunnelCounts = Record<BookingStage, number>;

/**
 * The centre's funnel: a booking at a later stage has passed the earlier ones, so "met" counts
 * towards "requested" and "booked" too. Rows without a known stage are left out.
 */
export function funnelCounts(bookings: readonly BookingRecord[]): FunnelCounts {
  const counts: FunnelCounts = { requested: 0, booked: 0, met: 0, thanked: 0 };
  for (const booking of bookings) {
    if (!booking.stage) continue;
    const reached = BOOKING_STAGES.indexOf(booking.stage);
    for (let i = 0; i <= reached; i += 1) {
      const stage = BOOKING_STAGES[i];
      if (stage) counts[stage] += 1;
    }
  }
  return counts;
}
