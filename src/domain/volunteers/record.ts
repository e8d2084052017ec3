// A volunteer as the advisor tab keeps one: the draft, the list row, and reading its columns.

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
  /** Advisors' private notes: kept in the advisors-only VolunteerNotes list, never in Volunteers. */
  advisorNotes: string;
  /** The Entra ID user id when the volunteer was picked from the directory. */
  directoryId: string | null;
}

/** One row of the Volunteers list as the advisor tab edits it. */
export interface VolunteerRecord extends VolunteerDraft {
  itemId: string;
  /** The row's concurrency token: every edit is sent with it (If-Match). */
  etag: string | null;
  /** This month's bookings as the advisors' tab last counted them (what students see); null: never. */
  bookedThisMonth: number | null;
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

/**
 * The Volunteers list's internal column names, in the order the tab reads them. Public columns
 * only: every student may read this list, and SharePoint has no column-level read permission.
 */
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
  "DirectoryId",
  "BookedThisMonth",
] as const;

/** A list cell as trimmed text: a number spelled out, anything else (null, lookups) empty. */
export function fieldText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

/** Splits a semicolon-separated column (commas and line breaks are accepted too). */
export function splitList(value: unknown): string[] {
  const parts = Array.isArray(value)
    ? value.map(fieldText)
    : fieldText(value)
        .split(/[;\n]/u)
        .map((part) => part.trim());
  return [...new Set(parts.filter((part) => part !== ""))];
}

/** The PreferredFormat choice a cell names (any case), or null for none or an unknown one. */
export function formatOf(value: unknown): PreferredFormat | null {
  const wanted = fieldText(value).toLowerCase();
  return PREFERRED_FORMATS.find((format) => format.toLowerCase() === wanted) ?? null;
}

function capacityOf(value: unknown): number | null {
  const n =
    typeof value === "number" ? value : fieldText(value) === "" ? NaN : Number(fieldText(value));
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : null;
}

/** Whether an Active cell means active: only an explicit no (in English or French) does not. */
export function activeOf(value: unknown): boolean {
  // An unset Active column means the row predates the column: treat it as active, as the find list does.
  if (value === false || value === 0) return false;
  return !/^(no|false|0|non)$/iu.test(fieldText(value));
}

/** Reads a list row; rows without a name are not volunteers and come back null. */
export function volunteerFromFields(
  itemId: string,
  etag: string | null,
  fields: Record<string, unknown>,
): VolunteerRecord | null {
  const name = fieldText(fields.Title);
  if (!name) return null;
  return {
    itemId,
    etag,
    name,
    email: fieldText(fields.Email),
    organisation: fieldText(fields.Organisation),
    industry: fieldText(fields.Industry),
    occupation: fieldText(fields.Occupation),
    topics: splitList(fields.Topics),
    languages: splitList(fields.Languages),
    preferredFormat: formatOf(fields.PreferredFormat),
    monthlyCapacity: capacityOf(fields.MonthlyCapacity),
    active: activeOf(fields.Active),
    // Filled from the notes list, for advisors only.
    advisorNotes: "",
    directoryId: fieldText(fields.DirectoryId) || null,
    bookedThisMonth: capacityOf(fields.BookedThisMonth),
  };
}

/**
 * The Volunteers fields to write for a draft (every public column, so an edit never leaves a
 * stale value); the notes go to the notes list (see notesToFields).
 */
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
    DirectoryId: draft.directoryId ?? "",
  };
}

/** The editable part of a record. */
export function draftOf(record: VolunteerRecord): VolunteerDraft {
  const draft: VolunteerDraft &
    Partial<Pick<VolunteerRecord, "itemId" | "etag" | "bookedThisMonth">> = { ...record };
  delete draft.itemId;
  delete draft.etag;
  delete draft.bookedThisMonth;
  return draft;
}
