// The volunteer export: a CSV file with one row per volunteer, every cell kept inert for Excel.
import { inertCell, serialiseCsv } from "../csv";
import type { VolunteerDraft } from "./record";

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
