// Takeaway counts: the only part of "What I've learned" a career centre may see — how many answers
// a student noted per theme, never the words — as a list row, and the centre's totals over students.
import { LEARNED_THEMES, type LearnedSummary, type LearnedTheme } from "./learned";

/** How many answers per theme, and in how many conversations: numbers only. */
export interface TakeawayCounts {
  conversations: number;
  byTheme: Record<LearnedTheme, number>;
}

/** The list's number column for each theme (SharePoint internal names). */
export const THEME_COLUMNS: Readonly<Record<LearnedTheme, string>> = {
  path: "Path",
  day: "Day",
  skills: "Skills",
  outlook: "Outlook",
  advice: "Advice",
  referrals: "Referrals",
  other: "Own",
};

/** The number columns: what the advisors' totals read, and nothing that could single a student out. */
export const TAKEAWAY_NUMBER_COLUMNS: readonly string[] = [
  ...LEARNED_THEMES.map((theme) => THEME_COLUMNS[theme]),
  "Conversations",
];

/** The columns a counts row holds besides Title; nothing else is ever written or read. */
export const TAKEAWAY_COUNT_FIELD_NAMES: readonly string[] = [
  ...TAKEAWAY_NUMBER_COLUMNS,
  "StudentKey",
  "CountedAt",
];

/**
 * What the student's key is a SHA-256 digest of (hex, first 32 digits): their directory id behind a
 * fixed prefix, so the row carries no readable id, and the app can find it again on any device.
 */
export function studentKeySource(userId: string): string {
  return `information-interviews/takeaway-counts/${userId.toLowerCase()}`;
}

/** The digest's length kept as the key (128 bits: unique among a tenant's students). */
export const STUDENT_KEY_LENGTH = 32;

/** The same title on every row: a title naming the student or a contact would say more than counts. */
export const TAKEAWAY_COUNTS_TITLE = "Takeaway counts";

/**
 * Totals are shown only once this many students share: with fewer, a total is close to one
 * student's own numbers.
 */
export const MIN_STUDENTS_FOR_TOTALS = 3;

/**
 * A value above this is not a count a student could have noted (a row written by hand through
 * Graph could say anything); such a row is left out of the totals rather than allowed to skew them.
 */
export const MAX_PLAUSIBLE_COUNT = 1000;

function zeroThemes(): Record<LearnedTheme, number> {
  return Object.fromEntries(LEARNED_THEMES.map((theme) => [theme, 0])) as Record<
    LearnedTheme,
    number
  >;
}

/** The counts of a summary: answers per theme and the conversations that left any takeaway. */
export function countsOf(summary: LearnedSummary): TakeawayCounts {
  const byTheme = zeroThemes();
  for (const group of summary.groups) byTheme[group.theme] += group.answers.length;
  return { conversations: summary.meetingCount, byTheme };
}

/** True when two counts say the same (the row needs no write). */
export function sameCounts(a: TakeawayCounts, b: TakeawayCounts): boolean {
  return (
    a.conversations === b.conversations &&
    LEARNED_THEMES.every((theme) => a.byTheme[theme] === b.byTheme[theme])
  );
}

/** The row's columns: a fixed title, the numbers, the student's one-way key, and when. */
export function countFields(
  counts: TakeawayCounts,
  studentKey: string,
  now: Date,
): Record<string, unknown> {
  const fields: Record<string, unknown> = { Title: TAKEAWAY_COUNTS_TITLE };
  for (const theme of LEARNED_THEMES) fields[THEME_COLUMNS[theme]] = counts.byTheme[theme];
  fields.Conversations = counts.conversations;
  fields.StudentKey = studentKey;
  fields.CountedAt = now.toISOString();
  return fields;
}

/** A column's count: a whole number from 0 to the plausible maximum, else null. */
function countOf(value: unknown): number | null {
  // SharePoint number columns come back as numbers; a missing column reads as 0.
  if (value === undefined || value === null || value === "") return 0;
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= MAX_PLAUSIBLE_COUNT
    ? n
    : null;
}

/** A row's counts, or null when any column is not a plausible count. */
export function countsFromFields(fields: Record<string, unknown>): TakeawayCounts | null {
  const conversations = countOf(fields.Conversations);
  if (conversations === null) return null;
  const byTheme = zeroThemes();
  for (const theme of LEARNED_THEMES) {
    const n = countOf(fields[THEME_COLUMNS[theme]]);
    if (n === null) return null;
    byTheme[theme] = n;
  }
  return { conversations, byTheme };
}

/** What the advisors' tab shows: sums over the students who share, or only how many share. */
export type CentreTotals =
  | { shown: false; students: number }
  | { shown: true; students: number; conversations: number; byTheme: Record<LearnedTheme, number> };

/**
 * Sums the rows of students who share. Rows that are not plausible counts, and rows with no
 * conversation, are not counted as a student. With fewer than {@link MIN_STUDENTS_FOR_TOTALS}
 * students only the number of students is given.
 */
export function centreTotals(rows: readonly (TakeawayCounts | null)[]): CentreTotals {
  const counted = rows.filter(
    (row): row is TakeawayCounts => row !== null && row.conversations > 0,
  );
  if (counted.length < MIN_STUDENTS_FOR_TOTALS) return { shown: false, students: counted.length };
  const byTheme = zeroThemes();
  let conversations = 0;
  for (const row of counted) {
    conversations += row.conversations;
    for (const theme of LEARNED_THEMES) byTheme[theme] += row.byTheme[theme];
  }
  return { shown: true, students: counted.length, conversations, byTheme };
}
