// What `npm run provision` builds on the career centre's site: each list with its exact columns
// (internal names, Graph columnDefinition types, indexes) and the permissions SharePoint keeps it
// under. The app reads these internal names; a list built by hand with others rejects writes.
import type { CentreListKey, OptionalCentreListKey } from "../../src/domain/config";

/** A column as Graph's columnDefinition (api-reference/v1.0/resources/columndefinition.md). */
export type ColumnSpec = { name: string; displayName: string; indexed?: boolean } & (
  | { text: { allowMultipleLines?: boolean } }
  | { number: { decimalPlaces: "none" } }
  | { boolean: Record<string, never> }
  | { dateTime: { format: "dateTime" } }
  | { choice: { choices: string[] } }
);

/** How the list is protected: inherited, advisors only, or everyone's own items. */
export type ListPermissions = "inherit" | "advisorsOnly" | "ownItems";

/** One list of the career centre's site. */
export interface ListSpec {
  key: CentreListKey | OptionalCentreListKey;
  displayName: string;
  description: string;
  /** Besides Title, which every list has. */
  columns: ColumnSpec[];
  permissions: ListPermissions;
}

const text = (name: string, displayName: string, indexed = false): ColumnSpec => ({
  name,
  displayName,
  text: {},
  ...(indexed ? { indexed } : {}),
});
const lines = (name: string, displayName: string): ColumnSpec => ({
  name,
  displayName,
  text: { allowMultipleLines: true },
});
const whole = (name: string, displayName: string, indexed = false): ColumnSpec => ({
  name,
  displayName,
  number: { decimalPlaces: "none" },
  ...(indexed ? { indexed } : {}),
});

/** The lists, in the order they are made (the optional ones last: older sites lack them). */
export const CENTRE_LISTS: readonly ListSpec[] = [
  {
    key: "volunteers",
    displayName: "Volunteers",
    description: "Professionals willing to talk with students (public columns only).",
    columns: [
      text("Email", "Email", true),
      text("Organisation", "Organisation"),
      text("Industry", "Industry"),
      text("Occupation", "Occupation"),
      lines("Topics", "Topics"),
      text("Languages", "Languages"),
      {
        name: "PreferredFormat",
        displayName: "Preferred format",
        choice: { choices: ["Teams", "In person", "Either"] },
      },
      whole("MonthlyCapacity", "Monthly capacity"),
      { name: "Active", displayName: "Active", boolean: {} },
      text("DirectoryId", "Directory id"),
      // Written by advisors' tab only: students see capacity without reading the bookings.
      whole("BookedThisMonth", "Booked this month"),
      {
        name: "BookedCountedAt",
        displayName: "Booked counted at",
        dateTime: { format: "dateTime" },
      },
    ],
    permissions: "inherit",
  },
  {
    key: "volunteerNotes",
    displayName: "VolunteerNotes",
    description: "Advisors' private notes on volunteers (advisors only).",
    columns: [whole("VolunteerId", "Volunteer item id", true), lines("Notes", "Notes")],
    permissions: "advisorsOnly",
  },
  {
    key: "questions",
    displayName: "Questions",
    description: "The question bank, by theme.",
    columns: [
      text("TextFr", "Question (français)"),
      {
        name: "Theme",
        displayName: "Theme",
        choice: { choices: ["path", "day", "skills", "outlook", "advice", "referrals"] },
      },
      whole("SortOrder", "Sort order"),
      { name: "Retired", displayName: "Retired", boolean: {} },
      text("BankId", "Built-in question id", true),
    ],
    permissions: "inherit",
  },
  {
    key: "bookings",
    displayName: "Bookings",
    description: "Information interviews booked through the centre (each student sees their own).",
    columns: [
      text("VolunteerEmail", "Volunteer email", true),
      {
        name: "MeetingDate",
        displayName: "Meeting date",
        dateTime: { format: "dateTime" },
        indexed: true,
      },
      {
        name: "Stage",
        displayName: "Stage",
        choice: { choices: ["requested", "booked", "met", "thanked"] },
      },
      text("StudentUpn", "Student"),
    ],
    permissions: "ownItems",
  },
  {
    key: "resources",
    displayName: "Resources",
    description:
      "The resource library: associations, company directories, industry outlooks and guides.",
    columns: [
      // https only; the app refuses anything else before writing (src/domain/resources.ts).
      text("Link", "Link"),
      {
        name: "Kind",
        displayName: "Kind",
        choice: { choices: ["association", "directory", "outlook", "guide"] },
      },
      // Several industries, separated by semicolons (as volunteers' topics are).
      text("Industries", "Industries"),
      text("Organisation", "Organisation"),
      {
        name: "Language",
        displayName: "Language",
        choice: { choices: ["en", "fr", "both"] },
      },
    ],
    // Everyone reads (Visitors), advisors (Members) edit: the site's own permissions.
    permissions: "inherit",
  },
  {
    key: "takeawayCounts",
    displayName: "TakeawayCounts",
    description:
      "How many takeaways each sharing student noted per theme: numbers only, never their words.",
    columns: [
      // One column per theme of "What I've learned" (src/domain/takeawayCounts.ts, THEME_COLUMNS).
      whole("Path", "The path into the role"),
      whole("Day", "A typical day"),
      whole("Skills", "Skills and education"),
      whole("Outlook", "The industry's outlook"),
      whole("Advice", "Advice"),
      whole("Referrals", "Who else to talk to"),
      whole("Own", "Own questions"),
      whole("Conversations", "Conversations"),
      // A one-way key of the student's id, so their app finds its own row with an indexed filter.
      text("StudentKey", "Student key", true),
      { name: "CountedAt", displayName: "Counted at", dateTime: { format: "dateTime" } },
    ],
    // Each student reads and edits only the row they made; advisors read them all.
    permissions: "ownItems",
  },
];
